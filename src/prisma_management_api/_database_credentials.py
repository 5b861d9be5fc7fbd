"""A new database's credentials, first-class: create + wait + connection strings in one call, and
get-or-create by name or ``logicalId``.

The API returns connection strings only when a database or a connection is created, three
optional levels deep (``data.connections[0].endpoints.pooled.connectionString``), and not at all
on later reads. These helpers sit on the public resource methods and hand back a
:class:`DatabaseCredentials` whose ``pooled_url`` and ``direct_url`` are plain strings. For an
existing database, a connection of its own is created once and rotated after, to obtain them.
The same names serve both clients: with an async client they return coroutines.
"""

from __future__ import annotations

import dataclasses
import inspect
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Literal, Union, overload

from ._created_error import keep_credentials
from ._exceptions import DatabaseCreatedError, ResponseParseError
from ._polling import DEFAULT_POLL_INTERVAL, DEFAULT_WAIT_TIMEOUT
from ._resource import NOT_GIVEN

if TYPE_CHECKING:
    from ._async_client import AsyncManagementApiClient
    from ._client import ManagementApiClient
    from .types import CreateConnectionResult, CreateDatabaseResult, Database

Stage = Literal["creating", "provisioning", "ready", "connecting", "found"]
DEFAULT_CONNECTION_NAME = "prisma-management-api"


@dataclasses.dataclass(frozen=True)
class DatabaseProgress:
    """What ``on_progress`` receives: the stage reached, the database and its status so far."""

    stage: Stage
    database_id: str | None
    status: str | None
    elapsed: float  # seconds since the call began


ProgressCallback = Callable[[DatabaseProgress], object]


@dataclasses.dataclass(frozen=True, repr=False)
class DatabaseCredentials:
    """A ready database and the connection strings of one of its connections.

    ``pooled_url`` goes in ``DATABASE_URL`` (through the connection pooler) and ``direct_url`` in
    ``DIRECT_URL`` (migrations); both are the direct string when the API gives no pooled one.
    ``created`` tells whether the database was made by this call. The API shows the strings only
    once: keep them. ``repr`` never shows them.
    """

    database: Database
    connection_id: str
    pooled_url: str = dataclasses.field(repr=False)
    direct_url: str = dataclasses.field(repr=False)
    created: bool

    def env(self) -> dict[str, str]:
        """``{"DATABASE_URL": pooled_url, "DIRECT_URL": direct_url}``, as Prisma ORM reads them."""
        return {"DATABASE_URL": self.pooled_url, "DIRECT_URL": self.direct_url}

    def __repr__(self) -> str:
        return (
            f"DatabaseCredentials(database_id={self.database.id!r}, name={self.database.name!r}, "
            f"connection_id={self.connection_id!r}, created={self.created}, urls='***')"
        )


# ``on_created``: called with the new database's credentials as soon as the create answered, before
# any waiting (awaited when it returns an awaitable, with the async client).
CreatedCallback = Callable[[DatabaseCredentials], object]


def connection_urls(created: CreateDatabaseResult | CreateConnectionResult) -> tuple[str, str]:
    """``(pooled, direct)`` connection strings of a just-created database or connection.

    ``ResponseParseError`` when the answer holds none (the API shows them only at creation).
    """
    endpoints: Any
    if hasattr(created, "connections"):
        connections = list(getattr(created, "connections", None) or [])
        default_id = getattr(created, "default_connection_id", None)
        chosen = next((c for c in connections if c.id == default_id), connections[0] if connections else None)
        endpoints = chosen.endpoints if chosen is not None else None
        fallback = None
    else:
        endpoints = getattr(created, "endpoints", None)
        # The deprecated top-level string, read without its deprecation warning: the same as direct.
        fallback = getattr(created, "_connection_string", None)
    direct = _string(endpoints, "direct") or fallback
    pooled = _string(endpoints, "pooled") or direct
    if not pooled or not direct:
        raise ResponseParseError("the answer holds no connection string (they are shown only at creation)")
    return pooled, direct


def _string(endpoints: Any, kind: str) -> str | None:
    endpoint = getattr(endpoints, kind, None) if endpoints is not None else None
    value = getattr(endpoint, "connection_string", None) if endpoint is not None else None
    return value if isinstance(value, str) and value else None


# --- the calls -------------------------------------------------------------------------------


class _Call:
    """One call's settings and progress reporting, shared by the sync and async paths."""

    def __init__(
        self,
        *,
        project_id: str,
        name: str | None,
        logical_id: str | None,
        region: str | None,
        branch_git_name: str | None,
        connection_name: str,
        wait: bool,
        timeout: float,
        poll_interval: float,
        on_progress: ProgressCallback | None,
        on_created: CreatedCallback | None,
    ) -> None:
        if not isinstance(project_id, str) or not project_id:
            raise ValueError("project_id must be a non-empty string")
        if name is None and logical_id is None:
            raise ValueError("give the database a name or a logical_id")
        if not connection_name:
            raise ValueError("connection_name must be a non-empty string")
        self.project_id = project_id
        self.name = name
        self.logical_id = logical_id
        self.region = region
        self.branch_git_name = branch_git_name
        self.connection_name = connection_name
        self.wait = wait
        self.timeout = timeout
        self.poll_interval = poll_interval
        self.on_progress = on_progress
        self.on_created = on_created
        self.started = time.monotonic()
        self.last_seen: Database | None = None  # the database as the last poll read it

    def report(self, progress: DatabaseProgress) -> None:
        if self.on_progress is not None:
            self.on_progress(progress)

    def report_poll(self, database: Database) -> None:
        self.last_seen = database
        if database.status != "ready":  # the ready one is reported once, after the wait
            self.report(self.progress("provisioning", database.id, database.status))

    def progress(self, stage: Stage, database_id: str | None, status: str | None) -> DatabaseProgress:
        return DatabaseProgress(stage, database_id, status, time.monotonic() - self.started)

    def create_arguments(self) -> dict[str, Any]:
        return {
            "project_id": self.project_id,
            "name": self.name if self.name is not None else NOT_GIVEN,
            "logical_id": self.logical_id if self.logical_id is not None else NOT_GIVEN,
            "region": self.region if self.region is not None else NOT_GIVEN,
            "branch_git_name": self.branch_git_name if self.branch_git_name is not None else NOT_GIVEN,
        }

    def list_arguments(self) -> dict[str, Any]:
        if self.logical_id is not None:
            return {"project_id": self.project_id, "logical_id": self.logical_id}
        return {"project_id": self.project_id}

    def pick(self, databases: list[Database]) -> Database | None:
        """The existing database this call means, or None; ambiguity is an error."""
        if self.logical_id is not None:
            matches = [d for d in databases if d.logical_id == self.logical_id]
        else:
            matches = [d for d in databases if d.name == self.name]
        if len(matches) > 1:
            raise ValueError(
                f"{len(matches)} databases named {self.name!r} in project {self.project_id}: "
                "pass logical_id to choose"
            )
        return matches[0] if matches else None

    def remaining(self) -> float:
        return max(0.001, self.timeout - (time.monotonic() - self.started))

    def created(self, answer: CreateDatabaseResult) -> DatabaseCredentials:
        """The credentials of the database this call just created, from the create answer."""
        pooled, direct = connection_urls(answer)
        connection_id = answer.default_connection_id or answer.connections[0].id
        return DatabaseCredentials(_as_database(answer), connection_id, pooled, direct, created=True)

    def keep(self, error: Exception, credentials: DatabaseCredentials) -> DatabaseCreatedError:
        """``error``, ending the call after the create, given the created database's credentials
        (with the database as the last poll read it, when one did)."""
        if self.last_seen is not None:
            credentials = dataclasses.replace(credentials, database=self.last_seen)
        return keep_credentials(error, credentials)


def _as_database(answer: CreateDatabaseResult) -> Database:
    """The created database as a read answers it: the same fields, without the connection strings
    the create answer holds (the credentials hold them; a ``Database`` never does)."""
    from .types import Database

    record: dict[str, Any] = answer.model_dump(mode="json", by_alias=True)
    connections: list[dict[str, Any]] = record.get("connections") or []
    for connection in connections:
        for secret in ("connectionString", "directConnection", "pass"):
            connection.pop(secret, None)
        endpoints: dict[str, dict[str, Any] | None] = connection.get("endpoints") or {}
        for endpoint in endpoints.values():
            if endpoint is not None:
                endpoint.pop("connectionString", None)
    return Database.model_validate(record)


def _is_async(client: object) -> bool:
    return inspect.iscoroutinefunction(getattr(client, "request", None))


def _sync_create(client: ManagementApiClient, call: _Call) -> DatabaseCredentials:
    call.report(call.progress("creating", None, None))
    credentials = call.created(client.databases.create(**call.create_arguments()))
    # From here on the database exists and its strings will never be shown again: whatever ends
    # the call hands them over (raised outside the except block: see keep_credentials).
    try:
        if call.on_created is not None:
            call.on_created(credentials)
        database = _sync_ready(client, call, credentials.database.id)
    except Exception as error:
        kept = call.keep(error, credentials)
    else:
        return dataclasses.replace(credentials, database=database)
    raise kept


def _sync_ready(client: ManagementApiClient, call: _Call, database_id: str) -> Database:
    if not call.wait:
        database = client.databases.retrieve(database_id)
    else:
        database = client.databases.wait_until_ready(
            database_id,
            timeout=call.remaining(),
            poll_interval=call.poll_interval,
            on_progress=call.report_poll,
        )
    stage: Stage = "ready" if database.status == "ready" else "provisioning"
    call.report(call.progress(stage, database.id, database.status))
    return database


def _sync_get_or_create(client: ManagementApiClient, call: _Call) -> DatabaseCredentials:
    existing = call.pick(list(client.databases.list(**call.list_arguments())))
    if existing is None:
        return _sync_create(client, call)
    call.report(call.progress("found", existing.id, existing.status))
    database = _sync_ready(client, call, existing.id)
    call.report(call.progress("connecting", database.id, database.status))
    mine = [c for c in client.connections.list(database_id=database.id) if c.name == call.connection_name]
    connection = (
        client.connections.rotate(mine[0].id)
        if mine
        else client.connections.create(database_id=database.id, name=call.connection_name)
    )
    pooled, direct = connection_urls(connection)
    return DatabaseCredentials(database, connection.id, pooled, direct, created=False)


async def _async_report(call: _Call, progress: DatabaseProgress) -> None:
    if call.on_progress is not None:
        outcome = call.on_progress(progress)
        if inspect.isawaitable(outcome):
            await outcome


async def _async_create(client: AsyncManagementApiClient, call: _Call) -> DatabaseCredentials:
    await _async_report(call, call.progress("creating", None, None))
    credentials = call.created(await client.databases.create(**call.create_arguments()))
    try:  # as _sync_create; a cancellation is no Exception and goes through as it is
        if call.on_created is not None:
            outcome = call.on_created(credentials)
            if inspect.isawaitable(outcome):
                await outcome
        database = await _async_ready(client, call, credentials.database.id)
    except Exception as error:
        kept = call.keep(error, credentials)
    else:
        return dataclasses.replace(credentials, database=database)
    raise kept


async def _async_ready(client: AsyncManagementApiClient, call: _Call, database_id: str) -> Database:
    if not call.wait:
        database = await client.databases.retrieve(database_id)
    else:

        async def on_read(db: Database) -> None:
            call.last_seen = db
            if db.status != "ready":  # as report_poll: the ready one is reported once, below
                await _async_report(call, call.progress("provisioning", db.id, db.status))

        database = await client.databases.wait_until_ready(
            database_id, timeout=call.remaining(), poll_interval=call.poll_interval, on_progress=on_read
        )
    stage: Stage = "ready" if database.status == "ready" else "provisioning"
    await _async_report(call, call.progress(stage, database.id, database.status))
    return database


async def _async_get_or_create(client: AsyncManagementApiClient, call: _Call) -> DatabaseCredentials:
    existing = call.pick([d async for d in client.databases.list(**call.list_arguments())])
    if existing is None:
        return await _async_create(client, call)
    await _async_report(call, call.progress("found", existing.id, existing.status))
    database = await _async_ready(client, call, existing.id)
    await _async_report(call, call.progress("connecting", database.id, database.status))
    mine = [
        c async for c in client.connections.list(database_id=database.id) if c.name == call.connection_name
    ]
    connection = await (
        client.connections.rotate(mine[0].id)
        if mine
        else client.connections.create(database_id=database.id, name=call.connection_name)
    )
    pooled, direct = connection_urls(connection)
    return DatabaseCredentials(database, connection.id, pooled, direct, created=False)


@overload
def create_database_with_credentials(
    client: ManagementApiClient,
    *,
    project_id: str,
    name: str | None = None,
    logical_id: str | None = None,
    region: str | None = None,
    branch_git_name: str | None = None,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    on_progress: ProgressCallback | None = None,
    on_created: CreatedCallback | None = None,
) -> DatabaseCredentials: ...
@overload
def create_database_with_credentials(
    client: AsyncManagementApiClient,
    *,
    project_id: str,
    name: str | None = None,
    logical_id: str | None = None,
    region: str | None = None,
    branch_git_name: str | None = None,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    on_progress: ProgressCallback | None = None,
    on_created: CreatedCallback | None = None,
) -> Awaitable[DatabaseCredentials]: ...
def create_database_with_credentials(
    client: Union[ManagementApiClient, AsyncManagementApiClient],
    *,
    project_id: str,
    name: str | None = None,
    logical_id: str | None = None,
    region: str | None = None,
    branch_git_name: str | None = None,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    on_progress: ProgressCallback | None = None,
    on_created: CreatedCallback | None = None,
) -> DatabaseCredentials | Awaitable[DatabaseCredentials]:
    """Create a database, wait until it is ready (unless ``wait=False``), return it with its
    connection strings. ``on_progress`` gets a :class:`DatabaseProgress` at each stage and poll
    (awaited when it returns an awaitable, with the async client). ``timeout`` covers the whole
    call: :class:`WaitTimeoutError` after it; :class:`ResourceFailedError` if provisioning fails.

    The API shows the connection strings once, in the create answer, so none of them is lost:
    ``on_created`` gets the :class:`DatabaseCredentials` as soon as the database exists, before
    any waiting (the one way that also survives ``KeyboardInterrupt`` and task cancellation), and
    any exception that ends the call after that (a wait timeout, a network or API error while
    waiting, your ``on_progress`` raising) is also a :class:`DatabaseCreatedError` whose
    ``credentials`` hold them, while keeping its own type."""
    call = _Call(
        project_id=project_id,
        name=name,
        logical_id=logical_id,
        region=region,
        branch_git_name=branch_git_name,
        connection_name=DEFAULT_CONNECTION_NAME,
        wait=wait,
        timeout=timeout,
        poll_interval=poll_interval,
        on_progress=on_progress,
        on_created=on_created,
    )
    if _is_async(client):
        return _async_create(client, call)  # type: ignore[arg-type]
    return _sync_create(client, call)  # type: ignore[arg-type]


@overload
def get_or_create_database(
    client: ManagementApiClient,
    *,
    project_id: str,
    name: str | None = None,
    logical_id: str | None = None,
    region: str | None = None,
    branch_git_name: str | None = None,
    connection_name: str = DEFAULT_CONNECTION_NAME,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    on_progress: ProgressCallback | None = None,
    on_created: CreatedCallback | None = None,
) -> DatabaseCredentials: ...
@overload
def get_or_create_database(
    client: AsyncManagementApiClient,
    *,
    project_id: str,
    name: str | None = None,
    logical_id: str | None = None,
    region: str | None = None,
    branch_git_name: str | None = None,
    connection_name: str = DEFAULT_CONNECTION_NAME,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    on_progress: ProgressCallback | None = None,
    on_created: CreatedCallback | None = None,
) -> Awaitable[DatabaseCredentials]: ...
def get_or_create_database(
    client: Union[ManagementApiClient, AsyncManagementApiClient],
    *,
    project_id: str,
    name: str | None = None,
    logical_id: str | None = None,
    region: str | None = None,
    branch_git_name: str | None = None,
    connection_name: str = DEFAULT_CONNECTION_NAME,
    wait: bool = True,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    on_progress: ProgressCallback | None = None,
    on_created: CreatedCallback | None = None,
) -> DatabaseCredentials | Awaitable[DatabaseCredentials]:
    """The database of ``project_id`` with this ``logical_id`` (else this ``name``), made if
    missing, with connection strings. For an existing database (``created`` is then False) the
    strings come from its connection named ``connection_name``, rotated (so the strings it gave
    before stop working), or created if it has none: calling this on every push of a pull request
    keeps one connection, not one per push. Several databases of that name (and no
    ``logical_id``) is a ``ValueError``. When it creates the database, ``on_created`` and
    :class:`DatabaseCreatedError` keep its strings as :func:`create_database_with_credentials`
    says (``on_created`` is not called for an existing database)."""
    call = _Call(
        project_id=project_id,
        name=name,
        logical_id=logical_id,
        region=region,
        branch_git_name=branch_git_name,
        connection_name=connection_name,
        wait=wait,
        timeout=timeout,
        poll_interval=poll_interval,
        on_progress=on_progress,
        on_created=on_created,
    )
    if _is_async(client):
        return _async_get_or_create(client, call)  # type: ignore[arg-type]
    return _sync_get_or_create(client, call)  # type: ignore[arg-type]
