"""Bad input: each gives its exit code and one line on stderr, never a traceback."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import click
import pytest

from prisma_management_api import create_management_api_client
from prisma_management_api._cli import cli
from prisma_management_api._cli._output import emit_object
from prisma_management_api.testing import FakePrismaPlatform

from .cli_support import Cli


def _one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    assert "Traceback" not in text
    return lines[0]


def test_unknown_project_is_an_api_error(run_cli: Cli) -> None:
    run = run_cli("projects", "get", "proj_nope")
    assert run.exit_code == 1
    assert _one_line(run.stderr) == "error: [resource-not-found] Project 'proj_nope' was not found."
    run = run_cli("databases", "create", "--project", "proj_nope", "--name", "x")
    assert run.exit_code == 1
    assert "[resource-not-found]" in run.stderr.strip().splitlines()[-1]


def test_invalid_region_is_a_usage_error(run_cli: Cli) -> None:
    run = run_cli("databases", "create", "--project", "proj_x", "--name", "x", "--region", "mars-1")
    assert run.exit_code == 2
    line = _one_line(run.stderr)
    assert line.startswith("error: Invalid value for '--region': 'mars-1' is not one of")
    assert line.endswith("(see `prisma-management databases create --help`)")


def test_malformed_data_is_a_usage_error(run_cli: Cli, fake: FakePrismaPlatform) -> None:
    run = run_cli("api", "POST", "/v1/projects", "-d", "{name: oops}")
    assert run.exit_code == 2
    assert _one_line(run.stderr).startswith("error: -d is not valid JSON: Expecting property name")
    assert fake.counters.hits("POST /v1/projects") == 0


def test_missing_data_file(run_cli: Cli, tmp_path: Path) -> None:
    run = run_cli("api", "POST", "/v1/projects", "-d", f"@{tmp_path / 'missing.json'}")
    assert run.exit_code == 2
    assert _one_line(run.stderr).startswith("error: cannot read -d @")


def test_unknown_path_and_method(run_cli: Cli) -> None:
    run = run_cli("api", "GET", "/v1/projectz")
    assert run.exit_code == 2
    assert (
        _one_line(run.stderr)
        == "error: /v1/projectz is not a path of the Management API (see https://api.prisma.io/v1/doc)"
    )
    run = run_cli("api", "PUT", "/v1/projects/proj_1")
    assert run.exit_code == 2
    assert (
        _one_line(run.stderr)
        == "error: PUT is not an operation of /v1/projects/proj_1 (it has DELETE, GET, PATCH)"
    )


def test_bad_query_parameter(run_cli: Cli) -> None:
    run = run_cli("api", "GET", "/v1/projects", "-q", "limit")
    assert run.exit_code == 2
    assert _one_line(run.stderr) == "error: -q takes key=value, got 'limit'"


def test_missing_token_means_login_required(fake: FakePrismaPlatform, tmp_path: Path) -> None:
    run_cli = Cli(fake, tmp_path / "home", token=False)
    run = run_cli("projects", "list")
    assert run.exit_code == 3
    assert _one_line(run.stderr) == (
        "error: not logged in: run `prisma-management login`, set PRISMA_SERVICE_TOKEN or pass --token"
    )
    assert fake.counters.hits("GET /v1/projects") == 0


def test_rejected_token_means_login_required(run_cli: Cli) -> None:
    run = run_cli("projects", "list", "--token", "pst_not_valid")
    assert run.exit_code == 3
    assert _one_line(run.stderr).startswith("error: [unauthorized]") or "error: [" in run.stderr


def test_wait_timeout_is_exit_4(run_cli: Cli, fake: FakePrismaPlatform) -> None:
    project_id = run_cli.project()
    fake.state.provisioning_delay = 3600
    run = run_cli("databases", "create", "--project", project_id, "--name", "slow", "--timeout", "0.3")
    assert run.exit_code == 4
    assert "still 'provisioning' after" in run.stderr.strip().splitlines()[-1]


def test_unreachable_api_is_an_error_line(run_cli: Cli) -> None:
    run = run_cli("projects", "list", "--api-url", "http://127.0.0.1:9")
    assert run.exit_code == 1
    assert _one_line(run.stderr).startswith("error: could not connect for GET http://127.0.0.1:9/v1/projects")


def test_malformed_api_url(run_cli: Cli) -> None:
    run = run_cli("projects", "list", "--api-url", "api.prisma.io")
    assert run.exit_code == 2
    assert _one_line(run.stderr).startswith("error: base_url must be an http:// or https:// URL")


def test_unknown_command_and_option(run_cli: Cli) -> None:
    run = run_cli("databasez", "list")
    assert run.exit_code == 2 and _one_line(run.stderr).startswith("error: No such command 'databasez'")
    run = run_cli("projects", "list", "--colour")
    assert run.exit_code == 2 and _one_line(run.stderr).startswith("error: No such option '--colour'")


def test_ctrl_c_is_130(run_cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("prisma_management_api._cli._resources.emit_list", interrupted)
    run = run_cli("projects", "list")
    assert run.exit_code == 130
    assert _one_line(run.stderr) == "Interrupted."


def test_the_connection_string_is_not_in_an_error(run_cli: Cli, fake: FakePrismaPlatform) -> None:
    fake.faults.inject_status(500, "GET /v1/databases/{databaseId}", times=10)
    project_id = run_cli.project()
    run = run_cli("databases", "create", "--project", project_id, "--name", "x", "--timeout", "30")
    assert run.exit_code == 1
    # The strings are data, on stdout (the database exists: they are shown this once, see
    # test_cli_kept_credentials); never in the error or the messages.
    assert "postgres://" not in run.stderr and "DATABASE_URL  postgres://" in run.stdout


def test_query_and_body_are_checked_against_the_spec(run_cli: Cli, fake: FakePrismaPlatform) -> None:
    run = run_cli("api", "GET", "/v1/projects", "-q", "limt=2")
    assert run.exit_code == 2
    assert _one_line(run.stderr) == (
        "error: unknown query parameter 'limt' for GET /v1/projects (it takes cursor, limit, logicalId)"
    )
    run = run_cli("api", "GET", "/v1/projects", "-d", "{}")
    assert run.exit_code == 2
    assert _one_line(run.stderr) == "error: GET /v1/projects takes no body (-d)"
    assert fake.counters.hits("GET /v1/projects") == 0


# --- failures nobody foresaw: commands of this module's own, on the real CLI group ------------

SECRET = "postgres://user:hunter2@db.example/prod"


@click.command("broken")
@click.argument("kind")
def broken(kind: str) -> None:
    """Fails as a bug would: a ValueError of the CLI's own code, or any other exception."""
    if kind == "value":
        raise ValueError(f"cannot parse {SECRET}")
    if kind == "sdk":  # what the user typed, refused by the SDK: a usage error
        create_management_api_client(token="t", base_url="api.prisma.io")
    raise RuntimeError(f"unexpected {SECRET}")


@click.command("show-nested")
def show_nested() -> None:
    """A record whose fields are all nested: nothing plain to line up in a table."""
    emit_object({"endpoints": {"direct": {"host": "db.example"}}, "tags": []})


@pytest.fixture
def own_commands() -> Iterator[None]:
    for command in (broken, show_nested):
        cli.add_command(command)
    yield
    for command in (broken, show_nested):
        cli.commands.pop(str(command.name))


@pytest.mark.parametrize("kind", ["value", "runtime"])
def test_an_unexpected_exception_is_an_internal_error_without_its_text(
    run_cli: Cli, own_commands: None, kind: str
) -> None:
    run = run_cli("broken", kind)
    assert run.exit_code == 70  # not 2: nothing the user typed was wrong
    line = _one_line(run.stderr)
    assert line.startswith("error: internal error: ")
    assert ("ValueError" if kind == "value" else "RuntimeError") in line and "This is a bug" in line
    assert "hunter2" not in run.stderr + run.stdout


def test_a_value_the_sdk_refuses_is_still_a_usage_error(run_cli: Cli, own_commands: None) -> None:
    run = run_cli("broken", "sdk")
    assert run.exit_code == 2
    assert _one_line(run.stderr).startswith("error: base_url must be an http:// or https:// URL")


def test_a_record_with_only_nested_fields_is_shown(run_cli: Cli, own_commands: None) -> None:
    run = run_cli("show-nested")
    assert run.exit_code == 0, run.stderr
    assert run.json() == {"endpoints": {"direct": {"host": "db.example"}}, "tags": []}
