"""``databases create`` when the wait fails after the create: the connection strings, which the
API shows once, are still emitted in the chosen output, then the error and a non-zero exit."""

from __future__ import annotations

import _thread
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.waiting import wait_for

from prisma_management_api.testing import FakePrismaPlatform
from prisma_management_api.testing._api_connections import DIRECT_HOST, POOLED_HOST, connection_string

from .cli_support import Cli

POLL = "GET /v1/databases/{databaseId}"


@pytest.fixture
def slow_fake() -> Iterator[FakePrismaPlatform]:
    with FakePrismaPlatform(provisioning_delay=3600) as platform:
        yield platform


@pytest.fixture
def slow_cli(slow_fake: FakePrismaPlatform, tmp_path: Path) -> Cli:
    return Cli(slow_fake, tmp_path / "home")


def _issued(fake: FakePrismaPlatform) -> tuple[str, str]:
    """(pooled, direct) of the one database's default connection, as the fake issued them."""
    [database] = fake.state.databases.values()
    assert database.default_connection_id is not None
    connection = fake.state.connections[database.default_connection_id]
    return connection_string(connection, POOLED_HOST), connection_string(connection, DIRECT_HOST)


def test_a_timeout_still_prints_the_strings_as_json(slow_cli: Cli, slow_fake: FakePrismaPlatform) -> None:
    project_id = slow_cli.project()
    run = slow_cli(
        "databases", "create", "--project", project_id, "--name", "pr-1", "--timeout", "0.5", "--json"
    )
    assert run.exit_code == 4, run.stderr
    pooled, direct = _issued(slow_fake)
    data = run.json()
    assert (data["databaseUrl"], data["directUrl"]) == (pooled, direct)
    assert data["created"] is True and data["status"] == "provisioning"
    assert f"Database {data['id']} was created but is not ready (provisioning)" in run.stderr
    assert "store them now" in run.stderr
    error = run.stderr.splitlines()[-1]
    assert error.startswith("error: database ") and "still 'provisioning'" in error
    assert "error's credentials" not in run.stderr and pooled not in run.stderr and direct not in run.stderr


@pytest.mark.parametrize("output", ["env", "dotenv", "table"])
def test_an_api_error_while_waiting_still_prints_the_strings(
    slow_cli: Cli, slow_fake: FakePrismaPlatform, output: str
) -> None:
    project_id = slow_cli.project()
    slow_fake.faults.inject_status(503, POLL, times=None, retry_after=0)
    run = slow_cli("databases", "create", "--project", project_id, "--name", "pr-2", "-o", output)
    assert run.exit_code == 1, run.stderr
    pooled, direct = _issued(slow_fake)
    assert pooled in run.stdout and direct in run.stdout
    assert run.stderr.splitlines()[-1].startswith("error: [internal-server-error] service unavailable")
    assert "was created but is not ready" in run.stderr and pooled not in run.stderr


def test_a_github_output_gets_the_strings_masked_when_the_wait_fails(
    slow_cli: Cli, slow_fake: FakePrismaPlatform, tmp_path: Path
) -> None:
    output = tmp_path / "github_output"
    project_id = slow_cli.project()
    slow_fake.faults.inject_status(404, POLL, times=None)
    run = slow_cli(
        "databases", "create", "--project", project_id, "--name", "pr-3", "-o", "github",
        GITHUB_OUTPUT=str(output),
    )  # fmt: skip
    assert run.exit_code == 1, run.stderr
    pooled, direct = _issued(slow_fake)
    written = dict(line.split("=", 1) for line in output.read_text().splitlines())
    assert (written["DATABASE_URL"], written["DIRECT_URL"]) == (pooled, direct)
    assert run.stdout.splitlines() == [f"::add-mask::{pooled}", f"::add-mask::{direct}"]
    assert "in $GITHUB_OUTPUT (masked)" in run.stderr


def test_ctrl_c_while_waiting_still_prints_the_strings(slow_cli: Cli, slow_fake: FakePrismaPlatform) -> None:
    project_id = slow_cli.project()

    def press_ctrl_c() -> None:  # once the waiting began (the strings were handed over before it)
        if wait_for(lambda: slow_fake.counters.hits(POLL) >= 1, timeout=120):
            _thread.interrupt_main()

    presser = threading.Thread(target=press_ctrl_c)
    presser.start()
    try:
        run = slow_cli("databases", "create", "--project", project_id, "--name", "pr-4", "-o", "dotenv")
    finally:
        presser.join()
    assert run.exit_code == 130, run.stderr
    pooled, direct = _issued(slow_fake)
    assert run.stdout.splitlines() == [f"DATABASE_URL='{pooled}'", f"DIRECT_URL='{direct}'"]
    assert run.stderr.splitlines()[-1] == "Interrupted."
