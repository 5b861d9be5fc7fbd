"""create_database_with_credentials / get_or_create_database: a ready database with its
connection strings as plain strings, on both clients, against the fake."""

from __future__ import annotations

import asyncio
import logging
import pickle
import threading
import traceback
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from prisma_management_api import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    DatabaseCreatedError,
    DatabaseCredentials,
    DatabaseProgress,
    InternalServerError,
    NotFoundError,
    RateLimitError,
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
    assert isinstance(error, DatabaseCreatedError) and error.credentials is credentials
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


# --- whatever ends the call after the create, the strings the API showed once are kept ----------

POLL = "GET /v1/databases/{databaseId}"


class StopWaiting(Exception):
    """A caller's own exception, raised by its progress callback."""


@pytest.fixture(params=["sync", "async"])
def client_kind(request: pytest.FixtureRequest) -> str:
    kind: str = request.param
    return kind


def _issued(fake: FakePrismaPlatform, connection_id: str) -> tuple[str, str, str]:
    """(pooled, direct, password) of a connection, as the fake issued them."""
    from prisma_management_api.testing._api_connections import DIRECT_HOST, POOLED_HOST, connection_string

    connection = fake.state.connections[connection_id]
    pooled = connection_string(connection, POOLED_HOST)
    return pooled, connection_string(connection, DIRECT_HOST), connection.password


def _create(fake: FakePrismaPlatform, kind: str, client_options: dict[str, Any], **call: Any) -> object:
    """create_database_with_credentials with the sync or the async client: its answer or its error."""
    call = {"project_id": _project(fake), "name": "pr-1", "poll_interval": 0.05, **call}
    if kind == "sync":
        with create_management_api_client(
            token=fake.service_token, base_url=fake.api_url, **client_options
        ) as client:
            try:
                return create_database_with_credentials(client, **call)
            except Exception as error:
                return error

    async def run() -> object:
        async with create_async_management_api_client(
            token=fake.service_token, base_url=fake.api_url, **client_options
        ) as client:
            try:
                return await create_database_with_credentials(client, **call)
            except Exception as error:
                return error

    return asyncio.run(run())


class Issued:
    """``on_created``: records the credentials it is handed, and what the fake issued then (a
    test may delete the database from its hook, and the fake's record with it)."""

    def __init__(
        self, fake: FakePrismaPlatform, then: Callable[[DatabaseCredentials], object] | None = None
    ) -> None:
        self.fake = fake
        self.then = then
        self.handed: list[DatabaseCredentials] = []
        self.strings: tuple[str, str, str] = ("", "", "")

    def __call__(self, credentials: DatabaseCredentials) -> None:
        self.handed.append(credentials)
        self.strings = _issued(self.fake, credentials.connection_id)
        if self.then is not None:
            self.then(credentials)


def _kept(issued: Issued, error: object, expected: type[BaseException]) -> DatabaseCredentials:
    """``error`` is still an ``expected`` and a DatabaseCreatedError holding the exact strings the
    fake issued, which appear in none of its texts (message, args, repr, formatted traceback)."""
    assert isinstance(error, expected), error
    assert isinstance(error, DatabaseCreatedError)
    credentials = error.credentials
    pooled, direct, password = issued.strings
    assert (credentials.pooled_url, credentials.direct_url) == (pooled, direct) != ("", "")
    assert credentials.created and [c.pooled_url for c in issued.handed] == [pooled]
    texts = [
        str(error),
        repr(error),
        repr(error.args),
        repr(credentials),
        repr(credentials.database),
        "".join(traceback.format_exception(type(error), error, error.__traceback__)),
    ]
    for text in texts:
        assert pooled not in text and direct not in text and password not in text
    assert f"database {credentials.database.id} was created" in str(error)
    assert "connection strings are in the error's credentials" in str(error)
    return credentials


def test_a_connection_drop_while_waiting_keeps_the_strings(
    slow_fake: FakePrismaPlatform, client_kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="prisma_management_api")
    slow_fake.faults.inject_reset(POLL, times=None)
    issued = Issued(slow_fake)
    error = _create(slow_fake, client_kind, {"max_retries": 0}, on_created=issued)
    credentials = _kept(issued, error, APIConnectionError)
    assert credentials.database.status == "provisioning"  # as the create answered: no read worked
    assert issued.strings[0] not in caplog.text and issued.strings[2] not in caplog.text


def test_a_server_error_after_retries_keeps_the_strings(
    slow_fake: FakePrismaPlatform, client_kind: str
) -> None:
    slow_fake.faults.inject_status(503, POLL, times=None, retry_after=0)
    issued = Issued(slow_fake)
    error = _create(slow_fake, client_kind, {"max_retries": 1}, on_created=issued)
    _kept(issued, error, InternalServerError)
    assert slow_fake.counters.hits(POLL) == 2  # retried once, then given up


@pytest.mark.parametrize(("status", "expected"), [(429, RateLimitError), (401, AuthenticationError)])
def test_a_refusal_while_waiting_keeps_the_strings(
    slow_fake: FakePrismaPlatform, client_kind: str, status: int, expected: type[APIStatusError]
) -> None:
    # After the first read: the error meets a call that has seen the database provisioning.
    def refuse_later(progress: DatabaseProgress) -> None:
        if progress.stage == "provisioning":
            slow_fake.faults.inject_status(status, POLL, times=None, retry_after=0)

    issued = Issued(slow_fake)
    error = _create(slow_fake, client_kind, {"max_retries": 0}, on_created=issued, on_progress=refuse_later)
    credentials = _kept(issued, error, expected)
    assert credentials.database.status == "provisioning" and credentials.database.name == "pr-1"


def test_a_database_deleted_while_waiting_keeps_the_strings(
    slow_fake: FakePrismaPlatform, client_kind: str
) -> None:
    def delete(credentials: DatabaseCredentials) -> None:  # someone else deletes it meanwhile
        with create_management_api_client(token=slow_fake.service_token, base_url=slow_fake.api_url) as other:
            other.databases.delete(credentials.database.id)

    issued = Issued(slow_fake, then=delete)
    error = _create(slow_fake, client_kind, {}, on_created=issued)
    _kept(issued, error, NotFoundError)


def test_a_deadline_while_waiting_keeps_the_strings(slow_fake: FakePrismaPlatform, client_kind: str) -> None:
    # 2 s for each request, which a loaded machine meets for the create; a read that no timeout
    # can mistake for a slow one.
    issued = Issued(slow_fake, then=lambda _: slow_fake.faults.inject_latency(30.0, POLL, times=None))
    error = _create(slow_fake, client_kind, {"max_retries": 0, "timeout": 2.0}, on_created=issued)
    _kept(issued, error, APITimeoutError)


def test_a_failed_provisioning_keeps_the_strings(slow_fake: FakePrismaPlatform, client_kind: str) -> None:
    def fail(credentials: DatabaseCredentials) -> None:
        slow_fake.state.databases[credentials.database.id].failed = True

    issued = Issued(slow_fake, then=fail)
    error = _create(slow_fake, client_kind, {}, on_created=issued)
    credentials = _kept(issued, error, ResourceFailedError)
    assert credentials.database.status == "failure"  # as the last read saw it


def test_a_progress_callback_that_raises_keeps_the_strings(
    slow_fake: FakePrismaPlatform, client_kind: str
) -> None:
    def give_up(progress: DatabaseProgress) -> None:
        if progress.stage == "provisioning":
            raise StopWaiting("enough")

    issued = Issued(slow_fake)
    error = _create(slow_fake, client_kind, {}, on_created=issued, on_progress=give_up)
    _kept(issued, error, StopWaiting)
    assert type(error).__name__ == "StopWaiting" and str(error).startswith("enough (database ")


def test_an_on_created_hook_that_raises_keeps_the_strings(
    slow_fake: FakePrismaPlatform, client_kind: str
) -> None:
    def broken_store(credentials: DatabaseCredentials) -> None:
        raise OSError("the vault is down")

    issued = Issued(slow_fake, then=broken_store)
    error = _create(slow_fake, client_kind, {}, on_created=issued)
    _kept(issued, error, OSError)
    assert slow_fake.counters.hits(POLL) == 0  # the hook runs before any waiting


def test_the_error_pickles_with_its_credentials(slow_fake: FakePrismaPlatform) -> None:
    slow_fake.faults.inject_status(404, POLL, times=None)
    issued = Issued(slow_fake)
    error = _create(slow_fake, "sync", {}, on_created=issued)
    again = pickle.loads(pickle.dumps(error))
    assert isinstance(again, NotFoundError) and isinstance(again, DatabaseCreatedError)
    assert again.status_code == 404 and str(again) == str(error)
    assert (again.credentials.pooled_url, again.credentials.direct_url) == issued.strings[:2]


def test_ctrl_c_while_waiting_leaves_the_strings_with_on_created(slow_fake: FakePrismaPlatform) -> None:
    def interrupt(progress: DatabaseProgress) -> None:
        if progress.stage == "provisioning":
            raise KeyboardInterrupt  # what Ctrl-C raises in the waiting thread

    issued = Issued(slow_fake)
    with (
        create_management_api_client(token=slow_fake.service_token, base_url=slow_fake.api_url) as client,
        pytest.raises(KeyboardInterrupt) as info,
    ):
        create_database_with_credentials(
            client, project_id=_project(slow_fake), name="x", on_progress=interrupt, on_created=issued
        )
    assert type(info.value) is KeyboardInterrupt  # not changed: code and interpreters rely on it
    [credentials] = issued.handed
    assert (credentials.pooled_url, credentials.direct_url) == issued.strings[:2]


async def test_a_cancelled_task_leaves_the_strings_with_on_created(slow_fake: FakePrismaPlatform) -> None:
    polled = asyncio.Event()
    issued = Issued(slow_fake)

    async def on_progress(progress: DatabaseProgress) -> None:
        if progress.stage == "provisioning":
            polled.set()

    async with create_async_management_api_client(
        token=slow_fake.service_token, base_url=slow_fake.api_url
    ) as client:
        task = asyncio.ensure_future(
            create_database_with_credentials(
                client,
                project_id=_project(slow_fake),
                name="x",
                poll_interval=0.05,
                on_progress=on_progress,
                on_created=issued,
            )
        )
        await asyncio.wait_for(polled.wait(), timeout=60)
        task.cancel()
        with pytest.raises(asyncio.CancelledError) as info:
            await task
    assert type(info.value) is asyncio.CancelledError
    [credentials] = issued.handed
    assert (credentials.pooled_url, credentials.direct_url) == issued.strings[:2]
    assert credentials.created and credentials.database.status == "provisioning"


async def test_an_async_on_created_is_awaited_before_waiting(slow_fake: FakePrismaPlatform) -> None:
    order: list[str] = []

    async def on_created(credentials: DatabaseCredentials) -> None:
        await asyncio.sleep(0)
        order.append(f"created {credentials.database.id}")

    async with create_async_management_api_client(
        token=slow_fake.service_token, base_url=slow_fake.api_url
    ) as client:
        credentials = await create_database_with_credentials(
            client,
            project_id=_project(slow_fake),
            name="x",
            poll_interval=0.05,
            on_created=on_created,
            on_progress=lambda p: (order.append(p.stage), ready_once_seen(slow_fake, p)),
        )
    assert order[:3] == ["creating", f"created {credentials.database.id}", "provisioning"]
    assert order[-1] == "ready" and credentials.database.status == "ready"


def test_get_or_create_hands_over_what_it_created_only(slow_fake: FakePrismaPlatform) -> None:
    issued = Issued(slow_fake)
    project_id = _project(slow_fake)
    with create_management_api_client(token=slow_fake.service_token, base_url=slow_fake.api_url) as client:
        slow_fake.faults.inject_reset(POLL, times=None)
        with pytest.raises(APIConnectionError) as info:
            get_or_create_database(
                client, project_id=project_id, name="x", on_created=issued, poll_interval=0.05
            )
        _kept(issued, info.value, APIConnectionError)
        slow_fake.faults.clear()
        slow_fake.advance(3601)
        again = get_or_create_database(client, project_id=project_id, name="x", on_created=issued)
    assert not again.created and len(issued.handed) == 1  # nothing created: nothing handed over


class Coded(Exception):
    """A caller's exception that keeps its state in ``__slots__``, not in ``__dict__``."""

    __slots__ = ("code",)

    def __init__(self, code: int) -> None:
        super().__init__(f"code {code}")
        self.code = code


def _unreadable() -> UnicodeDecodeError:
    try:
        b"\xff".decode()
    except UnicodeDecodeError as error:
        return error
    raise AssertionError("decoded")


# Exceptions whose state is outside __dict__: C fields (OSError's filename, UnicodeError's reason,
# AttributeError's name) and __slots__. Each (exception, its fields).
_OUTSIDE_DICT = [
    (FileNotFoundError(2, "No such file or directory", "vault.json"), ("errno", "strerror", "filename")),
    (_unreadable(), ("encoding", "object", "start", "end", "reason")),
    # obj does not pickle: Python's own pickling of an AttributeError leaves it out too.
    (AttributeError("no", name="vault", obj=threading.Lock()), ("name",)),
    (Coded(7), ("code",)),
]


@pytest.mark.parametrize(
    ("raised", "fields"), _OUTSIDE_DICT, ids=[type(e).__name__ for e, _ in _OUTSIDE_DICT]
)
def test_a_raised_error_keeps_its_fields_and_message(
    slow_fake: FakePrismaPlatform, raised: Exception, fields: tuple[str, ...]
) -> None:
    def broken_store(credentials: DatabaseCredentials) -> None:
        raise raised

    issued = Issued(slow_fake, then=broken_store)
    error = _create(slow_fake, "sync", {}, on_created=issued)
    _kept(issued, error, type(raised))
    again = pickle.loads(pickle.dumps(error))
    for copy in (error, again):
        assert str(copy).startswith(f"{raised} (database ")
        assert [getattr(copy, field) for field in fields] == [getattr(raised, field) for field in fields]
