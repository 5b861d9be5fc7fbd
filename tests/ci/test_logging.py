"""PRISMA_LOG=debug|info: method, path, status, elapsed, retries; never a secret."""

from __future__ import annotations

import logging
import subprocess
import sys
import textwrap

import pytest

from prisma_management_api import RetryPolicy, create_management_api_client
from prisma_management_api.testing import FakePrismaPlatform

FAST = RetryPolicy(max_retries=2, initial_delay=0.001, max_delay=0.005, jitter=0)


def test_info_logs_one_line_per_call_with_status_elapsed_and_retries(
    fake: FakePrismaPlatform, caplog: pytest.LogCaptureFixture
) -> None:
    fake.faults.inject_status(503, "GET /v1/projects", times=1)
    caplog.set_level(logging.INFO, logger="prisma_management_api")
    with create_management_api_client(token=fake.service_token, base_url=fake.api_url, max_retries=FAST) as c:
        c.GET("/v1/projects", params={"query": {"limit": 5}})
    lines = [r.getMessage() for r in caplog.records if r.name == "prisma_management_api"]
    assert len(lines) == 1, lines
    assert lines[0].startswith("GET /v1/projects -> 200 in ")
    assert lines[0].endswith("ms (retries: 1)")
    assert "limit" not in lines[0]  # no query string: it may carry a secret


def test_debug_adds_one_line_per_attempt(fake: FakePrismaPlatform, caplog: pytest.LogCaptureFixture) -> None:
    fake.faults.inject_status(503, "GET /v1/projects", times=1)
    caplog.set_level(logging.DEBUG, logger="prisma_management_api")
    with create_management_api_client(token=fake.service_token, base_url=fake.api_url, max_retries=FAST) as c:
        c.GET("/v1/projects")
    lines = [r.getMessage() for r in caplog.records if r.name == "prisma_management_api"]
    attempts = [line for line in lines if line.startswith("attempt GET /v1/projects")]
    assert [a.split(" -> ")[1].split()[0] for a in attempts] == ["503", "200"]


def test_nothing_is_logged_when_off(fake: FakePrismaPlatform, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="prisma_management_api")
    with create_management_api_client(token=fake.service_token, base_url=fake.api_url) as c:
        c.GET("/v1/me")
    assert not [r for r in caplog.records if r.name == "prisma_management_api"]


_SCRIPT = textwrap.dedent(
    """
    import sys
    from prisma_management_api import create_management_api_client
    client = create_management_api_client(token=sys.argv[1], base_url=sys.argv[2])
    database = client.databases.create(project_id=sys.argv[3], name="logged")
    list(client.connections.list(database_id=database.id))
    print("done")
    """
)


@pytest.mark.parametrize("level", ["debug", "info", "DEBUG"])
def test_prisma_log_turns_the_logger_on_without_secrets(fake: FakePrismaPlatform, level: str) -> None:
    with create_management_api_client(token=fake.service_token, base_url=fake.api_url) as c:
        project = c.projects.create(name="logs", create_database=False)
    env = {"PRISMA_LOG": level, "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, fake.service_token, fake.api_url, project.id],
        env={**env, "PYTHONPATH": ":".join(sys.path)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "POST /v1/databases -> 201 in " in done.stderr
    assert "GET /v1/connections -> 200 in " in done.stderr
    # The service token and the connection strings the API returned are never in the log.
    assert fake.service_token not in done.stderr
    assert "postgres://" not in done.stderr and "postgresql://" not in done.stderr
    assert ("attempt POST /v1/databases" in done.stderr) == (level.lower() == "debug")


def test_a_bad_prisma_log_value_is_a_clear_error() -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "from prisma_management_api import create_management_api_client as c; c(token='t')",
        ],
        env={"PRISMA_LOG": "verbose", "PYTHONPATH": ":".join(sys.path), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert "PRISMA_LOG must be 'debug' or 'info', got 'verbose'" in done.stderr
