"""Every command of ``prisma-management`` in-process against the fake, its ``--json`` output
parsed and checked against the fake's state."""

from __future__ import annotations

import datetime
import io
import json
from pathlib import Path

import pytest
from dotenv import dotenv_values

from prisma_management_api._cli._databases import dotenv_quote
from prisma_management_api.testing import FakePrismaPlatform

from .cli_support import Cli

ANSI = "\x1b["


def test_whoami(run_cli: Cli, fake: FakePrismaPlatform) -> None:
    data = run_cli("whoami", "--json").json()
    assert data["workspace"]["id"] == fake.workspace.id
    assert data["credential"]["type"] == "service_token"
    table = run_cli("whoami")
    assert table.exit_code == 0
    assert f"workspace id     {fake.workspace.id}" in table.stdout
    assert ANSI not in table.stdout + table.stderr


def test_workspaces_list(run_cli: Cli, fake: FakePrismaPlatform) -> None:
    assert [w["id"] for w in run_cli("workspaces", "list", "--json").json()] == [fake.workspace.id]
    assert fake.workspace.name in run_cli("workspaces", "list").stdout


def test_projects_lifecycle(run_cli: Cli, fake: FakePrismaPlatform) -> None:
    created = run_cli("projects", "create", "--name", "shop", "--region", "eu-central-1", "--json")
    assert created.exit_code == 0, created.stderr
    project = created.json()
    assert project["name"] == "shop" and project["id"] in fake.state.projects
    assert project["database"]["region"]["id"] == "eu-central-1"  # with its default database
    listed = run_cli("projects", "list", "--json").json()
    assert [p["id"] for p in listed] == [project["id"]]
    table = run_cli("projects", "list").stdout.splitlines()
    assert table[0].split() == ["ID", "NAME", "CREATED"] and table[1].split()[:2] == [project["id"], "shop"]
    assert run_cli("projects", "get", project["id"], "--json").json()["name"] == "shop"
    deleted = run_cli("projects", "delete", project["id"], "--yes", "--json")
    assert deleted.json() == {"id": project["id"], "deleted": True}
    assert project["id"] not in fake.state.projects


def test_projects_create_without_database(run_cli: Cli, fake: FakePrismaPlatform) -> None:
    project_id = run_cli.project("bare")
    assert not [d for d in fake.state.databases.values() if d.project_id == project_id]


def test_projects_transfer(run_cli: Cli, fake: FakePrismaPlatform) -> None:
    project_id = run_cli.project()
    other = fake.add_workspace("Receiving")
    recipient = fake.create_service_token(other.id)
    moved = run_cli("projects", "transfer", project_id, "--recipient-token", recipient, "--yes", "--json")
    assert moved.exit_code == 0, moved.stderr
    assert moved.json() == {"id": project_id, "transferred": True}
    assert fake.state.projects[project_id].workspace_id == other.id


def test_databases_create_table_shows_strings_once_and_says_so(
    run_cli: Cli, fake: FakePrismaPlatform
) -> None:
    project_id = run_cli.project()
    run = run_cli("databases", "create", "--project", project_id, "--name", "pr-1")
    assert run.exit_code == 0, run.stderr
    assert "DATABASE_URL  postgres://" in run.stdout and "DIRECT_URL  postgres://" in run.stdout
    assert "shown only this once" in run.stderr
    assert ANSI not in run.stdout + run.stderr


def test_databases_create_json(run_cli: Cli, fake: FakePrismaPlatform) -> None:
    project_id = run_cli.project()
    assert run_cli("branches", "create", "--project", project_id, "--git-name", "feature/x").exit_code == 0
    data = run_cli(
        "databases",
        "create",
        "--project",
        project_id,
        "--name",
        "pr-2",
        "--region",
        "eu-west-3",
        "--branch-git-name",
        "feature/x",
        "--json",
    ).json()
    database = fake.state.databases[data["id"]]
    assert data["status"] == "ready" and data["created"] is True
    assert data["region"]["id"] == "eu-west-3"
    assert data["databaseUrl"].startswith("postgres://") and "pooled." in data["databaseUrl"]
    assert data["directUrl"].startswith("postgres://") and data["connectionId"] in fake.state.connections
    assert database.name == "pr-2"
    branch = fake.state.branches[database.branch_id] if database.branch_id else None
    assert branch is not None and branch.git_name == "feature/x"


def test_databases_create_env_and_dotenv(run_cli: Cli) -> None:
    project_id = run_cli.project()
    env = run_cli(
        "databases", "create", "--project", project_id, "--name", "a", "-o", "env"
    ).stdout.splitlines()
    assert [line.split("=", 1)[0] for line in env] == ["export DATABASE_URL", "export DIRECT_URL"]
    assert env[0].startswith("export DATABASE_URL='postgres://")
    dotenv = run_cli("databases", "create", "--project", project_id, "--name", "b", "-o", "dotenv").stdout
    lines = dotenv.splitlines()
    assert lines[0].startswith("DATABASE_URL='postgres://") and lines[1].startswith("DIRECT_URL='postgres://")
    parsed = dotenv_values(stream=io.StringIO(dotenv))
    assert set(parsed) == {"DATABASE_URL", "DIRECT_URL"}
    assert all(value is not None and value.startswith("postgres://") for value in parsed.values())


@pytest.mark.parametrize("password", ["pa$HOME", "it's", "back\\slash", 'quote"d', "$(id)", "a#b", "pl ain"])
def test_dotenv_values_are_read_back_literally(password: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # Single quotes: dotenv tools expand nothing in them (python-dotenv still expands a braced
    # ${NAME} in any quotes, but a connection URL percent-encodes braces).
    monkeypatch.setenv("HOME", "/home/expanded")
    url = f"postgres://user:{password}@db.example:5432/app"
    line = f"DATABASE_URL={dotenv_quote(url)}\n"
    assert dotenv_values(stream=io.StringIO(line), interpolate=True) == {"DATABASE_URL": url}


def test_databases_create_github_output_masks_first(
    run_cli: Cli, tmp_path: Path, fake: FakePrismaPlatform
) -> None:
    project_id = run_cli.project()
    output = tmp_path / "github_output"
    output.write_text("earlier=kept\n")
    run = run_cli(
        "databases",
        "create",
        "--project",
        project_id,
        "--name",
        "pr-3",
        "-o",
        "github",
        GITHUB_OUTPUT=str(output),
    )
    assert run.exit_code == 0, run.stderr
    written = dict(line.split("=", 1) for line in output.read_text().splitlines())
    assert written["earlier"] == "kept"
    assert written["DATABASE_ID"] in fake.state.databases
    # Each secret is masked on stdout, and appears nowhere else there.
    assert run.stdout.splitlines() == [
        f"::add-mask::{written['DATABASE_URL']}",
        f"::add-mask::{written['DIRECT_URL']}",
    ]
    assert written["DATABASE_URL"] not in run.stderr


def test_databases_create_github_needs_github_output(run_cli: Cli) -> None:
    run = run_cli("databases", "create", "--project", run_cli.project(), "--name", "x", "-o", "github")
    assert run.exit_code == 2
    assert run.stderr.strip() == "error: --output github needs $GITHUB_OUTPUT (set by GitHub Actions)"


def test_databases_create_if_not_exists_reuses(run_cli: Cli, fake: FakePrismaPlatform) -> None:
    project_id = run_cli.project()
    first = run_cli("databases", "create", "--project", project_id, "--name", "pr-4", "--json").json()
    again = run_cli(
        "databases", "create", "--project", project_id, "--name", "pr-4", "--if-not-exists", "--json"
    )
    assert again.exit_code == 0
    data = again.json()
    assert data["id"] == first["id"] and data["created"] is False
    assert data["connectionId"] != first["connectionId"]
    assert "Reused database" in again.stderr
    duplicate = run_cli("databases", "create", "--project", project_id, "--name", "pr-4", "--json")
    assert duplicate.exit_code == 0  # without --if-not-exists a second database of that name is made
    assert len([d for d in fake.state.databases.values() if d.name == "pr-4"]) == 2


def test_databases_create_no_wait(run_cli: Cli, fake: FakePrismaPlatform) -> None:
    fake.state.provisioning_delay = 3600
    data = run_cli(
        "databases", "create", "--project", run_cli.project(), "--name", "n", "--no-wait", "--json"
    )
    assert data.json()["status"] == "provisioning"


def test_databases_list_get_delete(run_cli: Cli, fake: FakePrismaPlatform) -> None:
    project_id = run_cli.project()
    created = run_cli("databases", "create", "--project", project_id, "--name", "pr-5", "--json").json()
    listed = run_cli("databases", "list", "--project", project_id, "--json").json()
    assert [d["id"] for d in listed] == [created["id"]]
    assert run_cli("databases", "get", created["id"], "--json").json()["name"] == "pr-5"
    assert run_cli("databases", "delete", created["id"], "--yes").exit_code == 0
    assert created["id"] not in fake.state.databases


def test_databases_delete_by_name(run_cli: Cli, fake: FakePrismaPlatform) -> None:
    project_id = run_cli.project()
    created = run_cli("databases", "create", "--project", project_id, "--name", "pr-6", "--json").json()
    run = run_cli("databases", "delete", "--project", project_id, "--name", "pr-6", "--yes", "--json")
    assert run.json() == {"id": created["id"], "deleted": True}
    gone = run_cli(
        "databases", "delete", "--project", project_id, "--name", "pr-6", "--yes", "--if-exists", "--json"
    )
    assert gone.exit_code == 0 and gone.json() == {"id": None, "deleted": False}
    missing = run_cli("databases", "delete", "--project", project_id, "--name", "pr-6", "--yes")
    assert missing.exit_code == 2 and "no database named 'pr-6'" in missing.stderr


def test_delete_asks_on_a_terminal_and_refuses_in_a_script(run_cli: Cli, fake: FakePrismaPlatform) -> None:
    project_id = run_cli.project()
    refused = run_cli("projects", "delete", project_id)
    assert refused.exit_code == 2
    assert refused.stderr.strip() == (
        f"error: refusing to delete project {project_id} and all its databases without --yes (no terminal to ask)"
    )
    assert project_id in fake.state.projects


def test_databases_prune(run_cli: Cli, fake: FakePrismaPlatform) -> None:
    project_id = run_cli.project()
    ids = {
        name: run_cli("databases", "create", "--project", project_id, "--name", name, "--json").json()["id"]
        for name in ("pr-old", "pr-new", "main-old")
    }
    old = fake.state.wall() - 8 * 86400
    for name in ("pr-old", "main-old"):
        fake.state.databases[ids[name]].created_at = old
    dry = run_cli("databases", "prune", "--name-prefix", "pr-", "--older-than", "7d", "--dry-run", "--json")
    assert dry.json() == {"dryRun": True, "matched": [ids["pr-old"]], "deleted": [], "alreadyGone": []}
    assert ids["pr-old"] in fake.state.databases
    refused = run_cli("databases", "prune", "--name-prefix", "pr-", "--older-than", "7d")
    assert refused.exit_code == 2 and "without --yes" in refused.stderr
    done = run_cli("databases", "prune", "--name-prefix", "pr-", "--older-than", "7d", "--yes", "--json")
    assert done.json() == {
        "dryRun": False,
        "matched": [ids["pr-old"]],
        "deleted": [ids["pr-old"]],
        "alreadyGone": [],
    }
    assert set(fake.state.databases) >= {ids["pr-new"], ids["main-old"]}
    assert ids["pr-old"] not in fake.state.databases


@pytest.mark.parametrize("json_output", [True, False])
def test_prune_carries_on_past_a_database_deleted_meanwhile(
    run_cli: Cli, fake: FakePrismaPlatform, json_output: bool
) -> None:
    project_id = run_cli.project()
    ids = [
        run_cli("databases", "create", "--project", project_id, "--name", f"pr-{n}", "--json").json()["id"]
        for n in range(3)
    ]
    for database_id in ids:
        fake.state.databases[database_id].created_at = fake.state.wall() - 8 * 86400
    # Another job deleted the middle one after this prune listed it: the API answers its delete 404.
    fake.faults.inject_status(404, f"DELETE /v1/databases/{ids[1]}", message="Database not found.")
    args = ["databases", "prune", "--name-prefix", "pr-", "--older-than", "7d", "--yes"]
    run = run_cli(*args, *(["--json"] if json_output else []))
    assert run.exit_code == 0, run.stderr
    assert not set(ids) & set(fake.state.databases) - {ids[1]}  # the others are deleted all the same
    if json_output:
        outcome = run.json()
        assert sorted(outcome["matched"]) == sorted(ids) and outcome["alreadyGone"] == [ids[1]]
        assert sorted(outcome["deleted"]) == sorted([ids[0], ids[2]])
    else:
        assert f"Deleted 2 database(s); 1 already gone ({ids[1]})." in run.stderr


def test_prune_confirms_at_a_terminal(
    run_cli: Cli, fake: FakePrismaPlatform, monkeypatch: pytest.MonkeyPatch
) -> None:
    import click._compat

    project_id = run_cli.project()
    database_id = run_cli("databases", "create", "--project", project_id, "--name", "pr-x", "--json").json()[
        "id"
    ]
    fake.state.databases[database_id].created_at = fake.state.wall() - 3600
    monkeypatch.setattr("prisma_management_api._cli._output._interactive", lambda stream: True)
    assert click._compat  # the prompt reads the runner's input
    kept = run_cli("databases", "prune", "--name-prefix", "pr-", "--older-than", "1h", input="n\n")
    assert kept.exit_code == 1 and "cancelled" in kept.stderr
    assert database_id in fake.state.databases
    pruned = run_cli("databases", "prune", "--name-prefix", "pr-", "--older-than", "1h", input="y\n")
    assert pruned.exit_code == 0 and database_id not in fake.state.databases


@pytest.mark.parametrize("age", ["7", "7 days", "-1d", "1y", ""])
def test_prune_rejects_bad_ages(run_cli: Cli, age: str) -> None:
    run = run_cli("databases", "prune", "--name-prefix", "pr-", "--older-than", age)
    assert run.exit_code == 2
    assert len(run.stderr.strip().splitlines()) == 1 and "is not a duration" in run.stderr


def test_connections(run_cli: Cli, fake: FakePrismaPlatform) -> None:
    project_id = run_cli.project()
    database = run_cli("databases", "create", "--project", project_id, "--name", "db", "--json").json()
    created = run_cli("connections", "create", "--database", database["id"], "--name", "app")
    assert created.exit_code == 0
    assert created.stdout.startswith("DATABASE_URL=postgres://") and "shown only this once" in created.stderr
    listed = run_cli("connections", "list", "--database", database["id"], "--json").json()
    app = next(c for c in listed if c["name"] == "app")
    rotated = run_cli("connections", "rotate", app["id"], "--yes", "--json").json()
    assert rotated["id"] == app["id"] and rotated["endpoints"]["direct"]["connectionString"].startswith(
        "postgres://"
    )
    assert run_cli("connections", "delete", app["id"], "--yes").exit_code == 0
    assert app["id"] not in fake.state.connections
    assert run_cli("connections", "list", "--json").exit_code == 0


def test_branches(run_cli: Cli, fake: FakePrismaPlatform) -> None:
    project_id = run_cli.project()
    created = run_cli(
        "branches", "create", "--project", project_id, "--git-name", "feature/a", "--json"
    ).json()
    assert created["gitName"] == "feature/a"
    listed = run_cli("branches", "list", "--project", project_id, "--json").json()
    assert [b["gitName"] for b in listed] == ["main", "feature/a"]  # a project starts with main
    assert run_cli("branches", "delete", created["id"], "--yes").exit_code == 0
    assert created["id"] not in fake.state.branches


def test_regions(run_cli: Cli) -> None:
    regions = run_cli("regions", "list", "--product", "postgres", "--json").json()
    assert "eu-central-1" in [r["id"] for r in regions]


def test_service_tokens(run_cli: Cli, fake: FakePrismaPlatform) -> None:
    created = run_cli("service-tokens", "create", "--name", "ci")
    assert created.exit_code == 0
    value = created.stdout.strip()
    assert value.startswith("pst_") and "shown only this once" in created.stderr
    listed = run_cli("service-tokens", "list", "--json").json()
    token = next(t for t in listed if t["name"] == "ci")
    assert "value" not in token
    assert run_cli("whoami", "--json", token=None, PRISMA_SERVICE_TOKEN=value).exit_code == 0
    deleted = run_cli("service-tokens", "delete", token["id"], "--workspace", fake.workspace.id, "--yes")
    assert deleted.exit_code == 0
    assert run_cli("whoami", PRISMA_SERVICE_TOKEN=value).exit_code == 3  # revoked


def test_flags_win_over_the_environment(run_cli: Cli, fake: FakePrismaPlatform) -> None:
    run = run_cli(
        "whoami", "--json", "--api-url", fake.api_url, PRISMA_MANAGEMENT_API_URL="http://127.0.0.1:9"
    )
    assert run.exit_code == 0
    bad = run_cli("whoami", "--token", "pst_wrong")
    assert bad.exit_code == 3
    # Options may come before the command, too.
    assert (
        run_cli("--json", "--token", fake.service_token, "whoami").json()["workspace"]["id"]
        == fake.workspace.id
    )


def test_api_command(run_cli: Cli, fake: FakePrismaPlatform) -> None:
    created = run_cli("api", "POST", "/v1/projects", "-d", '{"name": "via-api", "createDatabase": false}')
    assert created.exit_code == 0, created.stderr
    project = created.json()["data"]
    assert fake.state.projects[project["id"]].name == "via-api"
    fetched = run_cli("api", "get", f"/v1/projects/{project['id']}").json()
    assert fetched["data"]["id"] == project["id"]
    for index in range(3):
        run_cli("api", "POST", "/v1/projects", "-d", f'{{"name": "p{index}", "createDatabase": false}}')
    all_items = run_cli("api", "GET", "/v1/projects", "-q", "limit=2", "--paginate").json()
    assert len(all_items) == 4 and len({p["id"] for p in all_items}) == 4
    one_page = run_cli("api", "GET", "/v1/projects", "-q", "limit=2").json()
    assert len(one_page["data"]) == 2 and one_page["pagination"]["hasMore"] is True
    assert run_cli("api", "DELETE", f"/v1/projects/{project['id']}").stdout == ""


def test_api_takes_a_query_in_the_path_and_encoded_ids(run_cli: Cli, fake: FakePrismaPlatform) -> None:
    for index in range(3):
        run_cli("api", "POST", "/v1/projects", "-d", f'{{"name": "q{index}", "createDatabase": false}}')
    inline = run_cli("api", "GET", "/v1/projects?limit=2").json()
    assert len(inline["data"]) == 2 and inline["pagination"]["hasMore"] is True
    # An id typed percent-encoded is sent as typed, not encoded twice (%2561).
    missing = run_cli("api", "GET", "/v1/projects/c" + "%61" * 8)
    assert missing.exit_code == 1 and "Project 'caaaaaaaa' was not found" in missing.stderr, missing.stderr


def test_api_body_from_a_file_and_stdin(run_cli: Cli, tmp_path: Path, fake: FakePrismaPlatform) -> None:
    body = tmp_path / "body.json"
    body.write_text('{"name": "from-file", "createDatabase": false}')
    assert run_cli("api", "POST", "/v1/projects", "-d", f"@{body}").json()["data"]["name"] == "from-file"
    piped = run_cli(
        "api", "POST", "/v1/projects", "-d", "@-", input='{"name": "from-stdin", "createDatabase": false}'
    )
    assert piped.json()["data"]["name"] == "from-stdin"


def test_api_error_status(run_cli: Cli) -> None:
    run = run_cli("api", "GET", "/v1/projects/proj_missing")
    assert run.exit_code == 1
    assert run.stderr.strip() == "error: [resource-not-found] Project 'proj_missing' was not found."
    assert run.stdout == ""


def test_prune_uses_created_at_of_the_api(run_cli: Cli, fake: FakePrismaPlatform) -> None:
    # The age is the API's createdAt against this machine's clock, not the fake's internal one.
    project_id = run_cli.project()
    database_id = run_cli("databases", "create", "--project", project_id, "--name", "pr-z", "--json").json()[
        "id"
    ]
    created = datetime.datetime.fromisoformat(
        run_cli("databases", "get", database_id, "--json").json()["createdAt"].replace("Z", "+00:00")
    )
    assert abs((datetime.datetime.now(datetime.timezone.utc) - created).total_seconds()) < 600
    matched = run_cli(
        "databases", "prune", "--name-prefix", "pr-", "--older-than", "1h", "--dry-run", "--json"
    )
    assert matched.json()["matched"] == []


def test_api_streams_ndjson_logs_line_by_line(run_cli: Cli) -> None:
    build = run_cli(
        "api", "POST", "/v1/builds", "-d", '{"source": "cli", "commitSha": "abc123", "branchName": "main"}'
    )
    assert build.exit_code == 0, build.stderr
    build_id = build.json()["data"]["id"]
    run_cli("api", "PATCH", f"/v1/builds/{build_id}", "-d", '{"state": "running", "phase": "build"}')
    logs = run_cli("api", "GET", f"/v1/builds/{build_id}/logs")
    assert logs.exit_code == 0, logs.stderr
    records = [json.loads(line) for line in logs.stdout.splitlines()]
    assert records and all("cursor" in record for record in records)
