"""The middleware and streaming examples (examples/middleware.py, examples/save_build_log.py),
exercised against the fake platform and the recording loopback server, and run as scripts."""

from __future__ import annotations

import importlib.util
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from support.clients import TOKEN
from support.loopback import LoopbackServer, Reply, closed_port

from prisma_management_api import (
    APIConnectionError,
    RetryPolicy,
    create_async_management_api_client,
    create_management_api_client,
)
from prisma_management_api.testing import FakePrismaPlatform

ROOT = Path(__file__).resolve().parents[2]
NO_WAIT = RetryPolicy(max_retries=2, initial_delay=0, max_delay=0)


def load_example(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"example_{name}", ROOT / "examples" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def middleware_example() -> ModuleType:
    return load_example("middleware")


@pytest.fixture(scope="module")
def log_example() -> ModuleType:
    return load_example("save_build_log")


@pytest.fixture
def fake() -> Iterator[FakePrismaPlatform]:
    with FakePrismaPlatform(provisioning_delay=0) as platform:
        yield platform


# --- logging ----------------------------------------------------------------------------------


def test_the_logging_middleware_logs_each_attempt_without_secrets(
    middleware_example: ModuleType, fake: FakePrismaPlatform, caplog: pytest.LogCaptureFixture
) -> None:
    logger = logging.getLogger("test.prisma.http")
    client = create_management_api_client(
        token=fake.service_token, base_url=fake.api_url, max_retries=NO_WAIT
    )
    client.use(middleware_example.LoggingMiddleware(logger))
    fake.faults.inject_status(503, "GET /v1/projects", retry_after=0)
    with client, caplog.at_level(logging.INFO, logger=logger.name):
        client.GET("/v1/projects", params={"query": {"cursor": "private-filter-value"}})
    lines = [record.getMessage() for record in caplog.records if record.name == logger.name]
    assert len(lines) == 2
    assert "-> 503" in lines[0] and "attempt 1" in lines[0]
    assert "-> 503" not in lines[1] and "attempt 2" in lines[1]  # the fake's answer to the cursor
    assert all(f"{fake.api_url}/v1/projects " in line for line in lines)
    assert not any(fake.service_token in line or "private-filter-value" in line for line in lines)


def test_the_logging_middleware_logs_a_transport_failure(
    middleware_example: ModuleType, caplog: pytest.LogCaptureFixture
) -> None:
    logger = logging.getLogger("test.prisma.http.errors")
    client = create_management_api_client(
        token=TOKEN, base_url=f"http://127.0.0.1:{closed_port()}", max_retries=0
    )
    client.use(middleware_example.LoggingMiddleware(logger))
    with client, caplog.at_level(logging.INFO, logger=logger.name), pytest.raises(APIConnectionError):
        client.GET("/v1/regions/postgres")
    (line,) = [record for record in caplog.records if record.name == logger.name]
    assert line.levelno == logging.WARNING and "failed after" in line.getMessage()
    assert "APIConnectionError" in line.getMessage()


# --- request ids ------------------------------------------------------------------------------


def test_the_request_id_is_the_same_on_retries_and_new_per_call(
    middleware_example: ModuleType, server: LoopbackServer
) -> None:
    answers = iter([Reply.json({}, status=503), Reply.json({"data": []}), Reply.json({"data": []})])
    server.reset(lambda _request: next(answers))
    with create_management_api_client(
        token=TOKEN,
        base_url=server.base_url,
        max_retries=NO_WAIT,
        middleware=[middleware_example.RequestIdMiddleware()],
    ) as client:
        client.GET("/v1/regions/postgres")
        client.GET("/v1/regions/postgres", headers={"x-request-id": "mine"})
    first, retried, own = (request.header("X-Request-Id") for request in server.requests)
    assert first is not None and first.startswith("py-") and retried == first
    assert own == "mine", "an id the caller set is kept"


async def test_the_request_id_middleware_works_on_the_async_client(
    middleware_example: ModuleType, server: LoopbackServer
) -> None:
    server.answer(Reply.json({"data": []}))
    async with create_async_management_api_client(
        token=TOKEN, base_url=server.base_url, middleware=[middleware_example.RequestIdMiddleware("async-")]
    ) as client:
        await client.GET("/v1/regions/postgres")
        await client.GET("/v1/regions/postgres")
    ids = [request.header("X-Request-Id") for request in server.requests]
    assert all(i is not None and i.startswith("async-") for i in ids) and ids[0] != ids[1]


# --- metrics ----------------------------------------------------------------------------------


def test_the_metrics_middleware_tells_calls_from_retries(
    middleware_example: ModuleType, fake: FakePrismaPlatform
) -> None:
    with create_management_api_client(
        token=fake.service_token, base_url=fake.api_url, max_retries=NO_WAIT
    ) as client:
        client.projects.create(name="metrics")
        fake.faults.inject_status(503, "GET /v1/projects", times=2, retry_after=0)
        metrics = middleware_example.run(client)
    summary: dict[str, Any] = metrics.summary()
    listed = summary["getV1Projects"]
    assert listed == {"calls": 1, "attempts": 3, "retries": 2, "statuses": {200: 1, 503: 2}}
    assert summary["getV1ProjectsById"]["calls"] == 1
    assert len(metrics.latencies["getV1Projects"]) == 3
    assert all(seconds >= 0 for seconds in metrics.latencies["getV1Projects"])


def test_the_metrics_middleware_counts_transport_errors(middleware_example: ModuleType) -> None:
    metrics = middleware_example.MetricsMiddleware()
    port = closed_port()
    with (
        create_management_api_client(
            token=TOKEN, base_url=f"http://127.0.0.1:{port}", max_retries=NO_WAIT, middleware=[metrics]
        ) as client,
        pytest.raises(APIConnectionError),
    ):
        client.GET("/v1/regions/postgres")
    assert metrics.attempts["getV1RegionsPostgres"] == 3, "a refused GET is retried twice"
    assert metrics.retries["getV1RegionsPostgres"] == 2
    assert metrics.errors[("getV1RegionsPostgres", "APIConnectionError")] == 3


# --- parse_as="stream" to a file --------------------------------------------------------------


def test_a_build_log_is_saved_as_it_streams(
    log_example: ModuleType, fake: FakePrismaPlatform, tmp_path: Path
) -> None:
    target = tmp_path / "build.ndjson"
    with create_management_api_client(token=fake.service_token, base_url=fake.api_url) as client:
        build_id = log_example.make_fake_build(client, 150)
        written = log_example.save_build_log(client, build_id, target)
        expected = client.GET(
            "/v1/builds/{buildId}/logs", params={"path": {"buildId": build_id}}, parse_as="bytes"
        )
    assert expected.error is None
    assert target.read_bytes() == expected.data and written == len(expected.data)
    assert written > 50_000 and target.read_bytes().count(b"\n") > 150
    assert not (tmp_path / "build.ndjson.part").exists()


def test_a_failed_save_leaves_no_file(
    log_example: ModuleType, fake: FakePrismaPlatform, tmp_path: Path
) -> None:
    target = tmp_path / "missing.ndjson"
    with (
        create_management_api_client(token=fake.service_token, base_url=fake.api_url) as client,
        pytest.raises(SystemExit, match="cannot read the log of bld_missing"),
    ):
        log_example.save_build_log(client, "bld_missing", target)
    assert list(tmp_path.iterdir()) == []


# --- as scripts -------------------------------------------------------------------------------


def run_example(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    env.pop("PRISMA_SERVICE_TOKEN", None)
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False
    )


@pytest.mark.slow
def test_the_middleware_example_runs(tmp_path: Path) -> None:
    done = run_example("examples/middleware.py")
    assert done.returncode == 0, done.stderr
    assert (
        "getV1Projects: {'calls': 1, 'attempts': 2, 'retries': 1, 'statuses': {200: 1, 503: 1}}"
        in done.stdout
    )
    assert "-> 503" in done.stderr and "attempt 2" in done.stderr


@pytest.mark.slow
def test_the_save_build_log_example_runs(tmp_path: Path) -> None:
    target = tmp_path / "log.ndjson"
    done = run_example("examples/save_build_log.py", "--fake", str(target))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("saved ") and target.stat().st_size > 50_000
