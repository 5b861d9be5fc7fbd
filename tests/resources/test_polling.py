"""Waiting for resources to settle: ``wait_until_ready`` and friends."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import pytest
from support.loopback import LoopbackServer, Reply

from prisma_management_api import (
    ManagementApiClient,
    ResourceFailedError,
    WaitTimeoutError,
    create_async_management_api_client,
    create_management_api_client,
)
from prisma_management_api.testing import FakePrismaPlatform
from prisma_management_api.types import Database

GET_DATABASE = "GET /v1/databases/{databaseId}"


@pytest.fixture
def slow_fake() -> Iterator[FakePrismaPlatform]:
    """Databases provision until the test says they are ready (:func:`make_ready`): a delay would
    let a loaded machine's first read come after it, and never see ``provisioning``."""
    with FakePrismaPlatform(provisioning_delay=3600) as platform:
        yield platform


def make_ready(fake: FakePrismaPlatform, database_id: str) -> None:
    fake.state.databases[database_id].ready_at = 0.0  # a monotonic instant long past


def _client(fake: FakePrismaPlatform) -> ManagementApiClient:
    return create_management_api_client(token=fake.service_token, base_url=fake.api_url)


def test_wait_until_ready_polls_until_the_database_is_ready(slow_fake: FakePrismaPlatform) -> None:
    seen: list[str] = []
    with _client(slow_fake) as client:
        project = client.projects.create(name="p")
        database = client.databases.create(project_id=project.id, name="db")
        assert database.status == "provisioning"

        def progress(read: Database) -> None:
            seen.append(read.status)
            make_ready(slow_fake, database.id)  # seen provisioning once: ready at the next read

        ready = client.databases.wait_until_ready(database.id, poll_interval=0.05, on_progress=progress)
    assert isinstance(ready, Database)
    assert ready.status == "ready"
    assert seen == ["provisioning", "ready"]
    assert slow_fake.counters.hits(GET_DATABASE) == len(seen)


def test_the_pauses_grow(slow_fake: FakePrismaPlatform) -> None:
    with _client(slow_fake) as client:
        project = client.projects.create(name="p")
        database = client.databases.create(project_id=project.id, name="db")
        with pytest.raises(WaitTimeoutError):
            client.databases.wait_until_ready(database.id, timeout=0.6, poll_interval=0.05)
    # 0.05, 0.075, 0.11, 0.17, 0.25 s: at most 5 reads in 0.6 s (fewer on a loaded machine, where
    # each read takes longer), not the 12 of a fixed interval. A pause is never shorter than asked.
    assert 1 <= slow_fake.counters.hits(GET_DATABASE) <= 6


def test_a_resource_that_never_settles_times_out(slow_fake: FakePrismaPlatform) -> None:
    with _client(slow_fake) as client:
        project = client.projects.create(name="p")
        database = client.databases.create(project_id=project.id, name="db")
        slow_fake.state.databases[database.id].ready_at = float("inf")
        started = time.monotonic()
        with pytest.raises(WaitTimeoutError) as raised:
            client.databases.wait_until_ready(database.id, timeout=0.3, poll_interval=0.05)
    assert 0.3 <= time.monotonic() - started < 30  # it ends (a loaded machine may be slow to)
    error = raised.value
    assert (error.resource, error.resource_id, error.status) == ("database", database.id, "provisioning")
    assert isinstance(error, TimeoutError)
    assert str(error) == f"database {database.id} is still 'provisioning' after 0.3 s (waiting for 'ready')"


def test_a_terminal_failure_raises(client: ManagementApiClient) -> None:
    project = client.projects.create(name="p")
    build = client.builds.create(source="ci", commit_sha="d" * 40, branch_name="main", project_id=project.id)
    client.builds.update(build.id, state="failed", error_message="compile error")
    with pytest.raises(ResourceFailedError) as raised:
        client.builds.wait_until_succeeded(build.id, poll_interval=0.01)
    error = raised.value
    assert (error.resource, error.status) == ("build", "failed")
    assert str(error) == f"build {build.id} reached status 'failed' while waiting for 'succeeded'"


def test_a_denied_approval_raises(fake: FakePrismaPlatform, client: ManagementApiClient) -> None:
    approval = fake.state.add_agent_approval(status="denied")
    with pytest.raises(ResourceFailedError, match="'denied'"):
        client.agent_approvals.wait_until_approved(approval.id)


def test_a_database_in_failure_raises_without_leaking_it(server: LoopbackServer) -> None:
    database = {
        "id": "db_1",
        "type": "database",
        "url": "u",
        "name": "n",
        "status": "failure",
        "createdAt": "2025-01-02T03:04:05Z",
        "isDefault": True,
        "defaultConnectionId": None,
        "connections": [{"connectionString": "postgres://user:hunter2@host/db"}],
        "project": {"id": "p", "url": "u", "name": "n"},
        "region": None,
        "source": None,
        "branchId": None,
        "logicalId": None,
    }
    server.answer(Reply.json({"data": database}))
    with (
        create_management_api_client(token="t", base_url=server.base_url) as client,
        pytest.raises(ResourceFailedError) as raised,
    ):
        client.databases.wait_until_ready("db_1")
    assert raised.value.status == "failure"
    assert "hunter2" not in str(raised.value) and "hunter2" not in repr(raised.value)


@pytest.mark.parametrize("bad", [{"timeout": 0}, {"timeout": -1}, {"poll_interval": 0}])
def test_bad_wait_arguments_are_refused(client: ManagementApiClient, bad: dict[str, float]) -> None:
    with pytest.raises(ValueError, match=next(iter(bad))):
        client.databases.wait_until_ready("db_1", **bad)


async def test_async_wait_with_an_async_progress_callback(slow_fake: FakePrismaPlatform) -> None:
    seen: list[str] = []

    async def report(read: Database) -> None:
        await asyncio.sleep(0)
        seen.append(read.status)
        make_ready(slow_fake, read.id)

    async with create_async_management_api_client(
        token=slow_fake.service_token, base_url=slow_fake.api_url
    ) as client:
        project = await client.projects.create(name="p")
        database = await client.databases.create(project_id=project.id, name="db")
        ready = await client.databases.wait_until_ready(database.id, poll_interval=0.05, on_progress=report)
    assert ready.status == "ready"
    assert seen == ["provisioning", "ready"]


async def test_async_wait_is_cancellable(slow_fake: FakePrismaPlatform) -> None:
    async with create_async_management_api_client(
        token=slow_fake.service_token, base_url=slow_fake.api_url
    ) as client:
        project = await client.projects.create(name="p")
        database = await client.databases.create(project_id=project.id, name="db")
        slow_fake.state.databases[database.id].ready_at = float("inf")
        waiter = asyncio.ensure_future(client.databases.wait_until_ready(database.id, poll_interval=0.02))
        await asyncio.sleep(0.15)
        waiter.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiter
        polls = slow_fake.counters.hits(GET_DATABASE)
        await asyncio.sleep(0.5)
        # no poll after the cancellation (one sent just before it may reach a slow server after it)
        assert slow_fake.counters.hits(GET_DATABASE) <= polls + 1
        with pytest.raises(asyncio.TimeoutError):
            await asyncio.wait_for(client.databases.wait_until_ready(database.id, poll_interval=0.02), 0.1)


async def test_async_timeout_raises(slow_fake: FakePrismaPlatform) -> None:
    async with create_async_management_api_client(
        token=slow_fake.service_token, base_url=slow_fake.api_url
    ) as client:
        project = await client.projects.create(name="p")
        database = await client.databases.create(project_id=project.id, name="db")
        slow_fake.state.databases[database.id].ready_at = float("inf")
        with pytest.raises(WaitTimeoutError):
            await client.databases.wait_until_ready(database.id, timeout=0.2, poll_interval=0.05)
