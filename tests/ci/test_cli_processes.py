"""``prisma-management`` as real processes against ``prisma-fake serve --json``; output on a
terminal (a pty) and off it; what ``--help`` imports."""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .fake_server import ServedFake

ANSI = "\x1b["


@pytest.fixture(scope="module")
def served() -> Iterator[dict[str, Any]]:
    fake = ServedFake("--token", "pst_cli_process_token", "--provisioning-delay", "0")
    try:
        yield fake.wait_ready()
    finally:
        fake.close()


def _env(served: dict[str, Any], home: Path, **extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PRISMA_", "ACTIONS_", "GITHUB_", "NO_COLOR"))
    }
    env.update(
        HOME=str(home),
        PRISMA_MANAGEMENT_API_URL=served["apiUrl"],
        PRISMA_SERVICE_TOKEN=served["serviceToken"],
    )
    env.update(extra)
    return env


def cli(served: dict[str, Any], home: Path, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "prisma_management_api", *args],
        env=_env(served, home, **extra),
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_database_per_pull_request_as_processes(served: dict[str, Any], tmp_path: Path) -> None:
    project = cli(served, tmp_path, "projects", "create", "--name", "proc", "--no-database", "--json")
    assert project.returncode == 0, project.stderr
    project_id = json.loads(project.stdout)["id"]
    output = tmp_path / "out"
    created = cli(
        served,
        tmp_path,
        "databases",
        "create",
        "--project",
        project_id,
        "--name",
        "pr-1",
        "-o",
        "github",
        GITHUB_OUTPUT=str(output),
    )
    assert created.returncode == 0, created.stderr
    values = dict(line.split("=", 1) for line in output.read_text().splitlines())
    assert created.stdout.count("::add-mask::") == 2
    listed = json.loads(cli(served, tmp_path, "databases", "list", "--project", project_id, "--json").stdout)
    assert [d["id"] for d in listed] == [values["DATABASE_ID"]]
    deleted = cli(served, tmp_path, "databases", "delete", "--project", project_id, "--name", "pr-1", "--yes")
    assert deleted.returncode == 0, deleted.stderr


def test_whoami_and_api_as_processes(served: dict[str, Any], tmp_path: Path) -> None:
    me = cli(served, tmp_path, "whoami", "--json")
    assert me.returncode == 0 and json.loads(me.stdout)["workspace"]["id"] == served["workspaceId"]
    answer = cli(served, tmp_path, "api", "GET", "/v1/regions/postgres")
    assert answer.returncode == 0 and json.loads(answer.stdout)["data"]


def test_errors_as_processes(served: dict[str, Any], tmp_path: Path) -> None:
    missing = cli(served, tmp_path, "projects", "list", PRISMA_SERVICE_TOKEN="")
    assert missing.returncode == 3 and missing.stderr.count("\n") == 1 and "Traceback" not in missing.stderr
    bad = cli(served, tmp_path, "api", "POST", "/v1/projects", "-d", "{")
    assert bad.returncode == 2 and bad.stderr.startswith("error: -d is not valid JSON")
    unknown = cli(served, tmp_path, "projects", "get", "proj_nope")
    assert (
        unknown.returncode == 1
        and unknown.stderr == "error: [resource-not-found] Project 'proj_nope' was not found.\n"
    )
    assert ANSI not in missing.stderr + bad.stderr + unknown.stderr


def _on_a_terminal(served: dict[str, Any], home: Path, *args: str, **extra: str) -> tuple[int, str]:
    """Run with stdin, stdout and stderr on a pseudo-terminal; what it drew, and its exit code."""
    controller, terminal = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "prisma_management_api", *args],
        env=_env(served, home, TERM="xterm-256color", COLUMNS="160", **extra),
        stdin=terminal,
        stdout=terminal,
        stderr=terminal,
        close_fds=True,
    )
    os.close(terminal)
    chunks: list[bytes] = []
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        ready, _, _ = select.select([controller], [], [], 0.5)
        if ready:
            try:
                data = os.read(controller, 65536)
            except OSError:  # the terminal closed: the process is gone
                break
            if not data:
                break
            chunks.append(data)
        elif process.poll() is not None:
            break
    os.close(controller)
    return process.wait(timeout=60), b"".join(chunks).decode(errors="replace")


def test_colour_on_a_terminal_and_none_with_no_color(served: dict[str, Any], tmp_path: Path) -> None:
    code, drawn = _on_a_terminal(served, tmp_path, "regions", "list")
    assert code == 0 and "eu-central-1" in drawn
    assert ANSI in drawn  # Rich drew the table (a bold header)
    code, plain = _on_a_terminal(served, tmp_path, "regions", "list", NO_COLOR="1")
    assert code == 0 and "eu-central-1" in plain
    assert ANSI not in plain


def test_names_with_brackets_are_drawn_as_they_are(served: dict[str, Any], tmp_path: Path) -> None:
    # Rich reads "[/]" as markup unless told not to: a name must never break the table or spinner.
    name = "odd [/] [bold]name"
    project = cli(served, tmp_path, "projects", "create", "--name", name, "--no-database", "--json")
    assert project.returncode == 0, project.stderr
    project_id = json.loads(project.stdout)["id"]
    code, drawn = _on_a_terminal(served, tmp_path, "projects", "list")
    assert code == 0 and name in drawn, drawn
    code, drawn = _on_a_terminal(
        served, tmp_path, "databases", "create", "--project", project_id, "--name", name
    )
    assert code == 0 and "DATABASE_URL" in drawn, drawn


def test_help_imports_neither_the_sdk_nor_rich(tmp_path: Path) -> None:
    probe = (
        "import sys, runpy\n"
        "sys.argv = ['prisma-management', '--help']\n"
        "try:\n    runpy.run_module('prisma_management_api', run_name='__main__')\n"
        "except SystemExit as exit:\n    assert exit.code == 0, exit.code\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('pydantic', 'rich', 'urllib3', 'aiohttp')"
        " or m.startswith('prisma_management_api._generated'))\n"
        "print('HEAVY', heavy, file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "HEAVY []" in done.stderr
    assert "databases" in done.stdout and "Exit codes: 0 ok, 1 API error" in done.stdout


def test_the_console_script_is_declared() -> None:
    # Read as text: tomllib is not in Python 3.10.
    text = (Path(__file__).resolve().parents[2] / "pyproject.toml").read_text()
    assert 'prisma-management = "prisma_management_api._cli:main"' in text
    assert 'cli = ["click>=8.1", "rich>=13"]' in text
