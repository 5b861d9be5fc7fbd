"""create_database_with_credentials / get_or_create_database: a ready database with its
connection strings as plain strings, on both clients, against the fake."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from prisma_management_api import (
    DatabaseCredentials,
    DatabaseProgress,
    ResourceFailedError,
    WaitTimeoutError,
    connection_urls,
    create_async_management_api_client,
    create_database_with_credentials,
    create_management_api_client,
    get_or_create_database,
)
from prisma_management_api.testing import FakePrismaPlatform


@pytest.fixture
def slow_fake() -> Iterator[FakePrismaPlatform]:
    """Databases provision until a progress callback sees it (:func:`ready_once_seen`): a delay
    would let a loaded machine's first read come after it, and never see ``provisioning``."""
    with FakePrismaPlatform(provisioning_delay=3600) as platform:
        yield platform


def ready_once_seen(fake: FakePrismaPlatform, progress: DatabaseProgress) -> None:
    if progress.stage == "provisioning" and progress.database_id is not None:
        fake.state.databases[progress.database_id].ready_at = 0.0  # a monotonic instant long past


def _project(fake: FakePrismaPlatform) -> str:
    with create_management_api_client(token=fake.service_token, base_url=fake.api_url) as client:
        return client.projects.create(name="ci", create_database=False).id


def _works(fake: FakePrismaPlatform, credentials: DatabaseCredentials) -> None:
    assert credentials.pooled_url.startswith("postgres://")
    assert credentials.direct_url.startswith("postgres://")
    assert credentials.pooled_url != credentials.direct_url  # pooled goes through the pooler host
    assert credentials.env() == {"DATABASE_URL": credentials.pooled_url, "DIRECT_URL": credentials.direct_url}
    connection = fake.state.connections[credentials.connection_id]
    assert connection.database_id == credentials.database.id


def test_create_waits_until_ready_and_returns_both_strings(slow_fake: FakePrismaPlatform) -> None:
    project_id = _project(slow_fake)
    seen: list[DatabaseProgress] = []
    with create_management_api_client(token=slow_fake.service_token, base_url=slow_fake.api_url) as client:
        credentials = create_database_with_credentials(
            client,
            project_id=project_id,
            name="pr-42",
            poll_interval=0.05,
            on_progress=lambda progress: (seen.append(progress), ready_once_seen(slow_fake, progress)),
        )
    assert credentials.created
    assert credentials.database.status == "ready" and credentials.database.name == "pr-42"
    _works(slow_fake, credentials)
    stages = [p.stage for p in seen]
    assert stages[0] == "creating" and stages[-1] == "ready"
    assert "provisioning" in stages
    assert all(p.elapsed >= 0 for p in seen)
    assert seen[-1].database_id == credentials.database.id


def test_secrets_stay_out_of_the_repr(fake: FakePrismaPlatform) -> None:
    with create_management_api_client(token=fake.service_token, base_url=fake.api_url) as client:
        credentials = create_database_with_credentials(client, project_id=_project(fake), name="db")
    text = repr(credentials)
    assert credentials.pooled_url not in text and credentials.direct_url not in text
    assert "postgres" not in text and credentials.database.id in text


def test_no_wait_returns_at_once(slow_fake: FakePrismaPlatform) -> None:
    with create_management_api_client(token=slow_fake.service_token, base_url=slow_fake.api_url) as client:
        credentials = create_database_with_credentials(
            client, project_id=_project(slow_fake), name="x", wait=False
        )
    assert credentials.database.status == "provisioning"
    _works(slow_fake, credentials)


def _kept_in_the_error(fake: FakePrismaPlatform, error: WaitTimeoutError) -> DatabaseCredentials:
    """The strings the API showed once are in the timeout, and nowhere in its text."""
    credentials = error.credentials
    assert credentials is not None and credentials.created
    assert credentials.database.id == error.resource_id and credentials.database.status == "provisioning"
    _works(fake, credentials)
    for shown in (str(error), repr(error), repr(credentials)):
        assert credentials.pooled_url not in shown and credentials.direct_url not in shown
    assert "connection strings are in the error's credentials" in str(error)
    return credentials


def test_timeout_is_a_wait_timeout_error_that_keeps_the_strings(slow_fake: FakePrismaPlatform) -> None:
    with create_management_api_client(token=slow_fake.service_token, base_url=slow_fake.api_url) as client:
        with pytest.raises(WaitTimeoutError, match="still 'provisioning'") as info:
            create_database_with_credentials(
                client, project_id=_project(slow_fake), name="x", timeout=0.3, poll_interval=0.05
            )
        credentials = _kept_in_the_error(slow_fake, info.value)
        slow_fake.advance(3601)  # the database gets ready later: the strings serve then
        ready = client.databases.wait_until_ready(credentials.database.id, timeout=30)
        assert ready.default_connection_id == credentials.connection_id


def test_get_or_create_keeps_the_strings_of_what_it_created(slow_fake: FakePrismaPlatform) -> None:
    with (
        create_management_api_client(token=slow_fake.service_token, base_url=slow_fake.api_url) as client,
        pytest.raises(WaitTimeoutError) as info,
    ):
        get_or_create_database(
            client, project_id=_project(slow_fake), name="x", timeout=0.3, poll_interval=0.05
        )
    _kept_in_the_error(slow_fake, info.value)


async def test_async_timeout_keeps_the_strings(slow_fake: FakePrismaPlatform) -> None:
    async with create_async_management_api_client(
        token=slow_fake.service_token, base_url=slow_fake.api_url
    ) as client:
        with pytest.raises(WaitTimeoutError) as info:
            await create_database_with_credentials(
                client, project_id=_project(slow_fake), name="x", timeout=0.3, poll_interval=0.05
            )
    _kept_in_the_error(slow_fake, info.value)


def test_a_plain_wait_timeout_has_no_credentials(slow_fake: FakePrismaPlatform) -> None:
    with create_management_api_client(token=slow_fake.service_token, base_url=slow_fake.api_url) as client:
        database = client.databases.create(project_id=_project(slow_fake), name="x")
        with pytest.raises(WaitTimeoutError) as info:
            client.databases.wait_until_ready(database.id, timeout=0.2, poll_interval=0.05)
    assert info.value.credentials is None and "credentials" not in str(info.value)


def test_get_or_create_creates_then_reuses_by_name(fake: FakePrismaPlatform) -> None:
    project_id = _project(fake)
    with create_management_api_client(token=fake.service_token, base_url=fake.api_url) as client:
        first = get_or_create_database(client, project_id=project_id, name="pr-7")
        second = get_or_create_database(client, project_id=project_id, name="pr-7")
        assert len(list(client.databases.list(project_id=project_id))) == 1
        third = get_or_create_database(client, project_id=project_id, name="pr-7")
        connections = list(client.connections.list(database_id=first.database.id))
    assert first.created and not second.created and not third.created
    assert second.database.id == first.database.id
    # Strings exist only at creation: a connection of the helper's own is made once, then rotated,
    # so that a push per minute does not leave a connection per push.
    assert second.connection_id != first.connection_id
    assert third.connection_id == second.connection_id
    assert fake.state.connections[second.connection_id].name == "prisma-management-api"
    assert len(connections) == 2  # the database's default one and the helper's
    _works(fake, third)
    assert len({first.pooled_url, second.pooled_url, third.pooled_url}) == 3


def test_get_or_create_by_logical_id(fake: FakePrismaPlatform) -> None:
    project_id = _project(fake)
    with create_management_api_client(token=fake.service_token, base_url=fake.api_url) as client:
        first = get_or_create_database(client, project_id=project_id, name="a", logical_id="pr-9")
        again = get_or_create_database(client, project_id=project_id, logical_id="pr-9", connection_name="ci")
    assert first.created and not again.created
    assert again.database.id == first.database.id and again.database.logical_id == "pr-9"
    assert fake.state.connections[again.connection_id].name == "ci"


def test_ambiguous_names_are_refused(fake: FakePrismaPlatform) -> None:
    project_id = _project(fake)
    with create_management_api_client(token=fake.service_token, base_url=fake.api_url) as client:
        client.databases.create(project_id=project_id, name="dup")
        client.databases.create(project_id=project_id, name="dup")
        with pytest.raises(ValueError, match="2 databases named 'dup'"):
            get_or_create_database(client, project_id=project_id, name="dup")


def test_bad_arguments_are_value_errors(fake: FakePrismaPlatform) -> None:
    with create_management_api_client(token=fake.service_token, base_url=fake.api_url) as client:
        with pytest.raises(ValueError, match="name or a logical_id"):
            get_or_create_database(client, project_id="proj_x")
        with pytest.raises(ValueError, match="project_id"):
            create_database_with_credentials(client, project_id="", name="x")
    assert fake.counters.hits("POST /v1/databases") == 0


def test_a_failed_provisioning_is_a_resource_failed_error(slow_fake: FakePrismaPlatform) -> None:
    from prisma_management_api import NotFoundError

    with (
        create_management_api_client(token=slow_fake.service_token, base_url=slow_fake.api_url) as client,
        pytest.raises(NotFoundError),
    ):
        create_database_with_credentials(client, project_id="proj_missing", name="x")
    assert ResourceFailedError  # the wait raises it for status 'failure' (see tests/resources)


async def test_async_client_gets_the_same(slow_fake: FakePrismaPlatform) -> None:
    project_id = _project(slow_fake)
    stages: list[str] = []

    async def record(progress: DatabaseProgress) -> None:
        stages.append(progress.stage)
        ready_once_seen(slow_fake, progress)

    async with create_async_management_api_client(
        token=slow_fake.service_token, base_url=slow_fake.api_url
    ) as client:
        created = await create_database_with_credentials(
            client, project_id=project_id, name="a", poll_interval=0.05, on_progress=record
        )
        again = await get_or_create_database(client, project_id=project_id, name="a", on_progress=record)
    assert created.created and not again.created and again.database.id == created.database.id
    assert stages[0] == "creating" and "ready" in stages
    assert stages[stages.index("found") :] == ["found", "ready", "connecting"]
    _works(slow_fake, again)


def test_connection_urls_reads_a_created_connection(fake: FakePrismaPlatform) -> None:
    with create_management_api_client(token=fake.service_token, base_url=fake.api_url) as client:
        created = client.databases.create(project_id=_project(fake), name="x")
        pooled, direct = connection_urls(created)
        connection = client.connections.create(database_id=created.id, name="more")
        pooled2, direct2 = connection_urls(connection)
    assert "pooled." in pooled and "pooled." not in direct
    assert pooled2 != pooled and direct2.startswith("postgres://")
