"""Static type tests of the resource namespaces (``client.projects.retrieve(...)``): mypy --strict
and pyright (strict) check this module; ``tests/resources/test_resource_typing.py`` runs both.

Nothing here is meant to run (the functions are ``check_*``, not ``test_*``).

Negative checks: each line marked ``# type: ignore[code]`` MUST fail to type-check. If one ever
stops failing, the comment becomes unused, which mypy reports under ``--strict``
(``warn_unused_ignores``) and pyright reports as ``reportUnnecessaryTypeIgnoreComment``, so the
negative check fails too.
"""

# pyright: reportUnnecessaryTypeIgnoreComment=error

from __future__ import annotations

from typing import Any

from typing_extensions import assert_type

from prisma_management_api import (
    ApiResult,
    AsyncManagementApiClient,
    AsyncNdjsonStream,
    AsyncPager,
    ManagementApiClient,
    NdjsonStream,
    RetryPolicy,
    SyncPager,
)
from prisma_management_api.types import (
    App,
    Build,
    Connection,
    CreateConnectionResult,
    CreateProjectResult,
    Database,
    DatabaseBackup,
    Deployment,
    Domain,
    ErrorResponse,
    GetDatabaseUsageResponse,
    GetDeploymentLogsEvent,
    GetProjectResponse,
    ListDatabaseBackupsResponse,
    ListDatabasesResponse,
    ListProjectsResponse,
    ListWorkspacesResponse,
    PostgresRegion,
    Project,
    Region,
    StartDeploymentResult,
    Workspace,
)


def check_sync_returns(client: ManagementApiClient) -> None:
    # A `{"data": ...}` answer gives its payload.
    assert_type(client.projects.retrieve("p"), Project)
    assert_type(client.projects.create(name="demo", region="eu-west-3"), CreateProjectResult)
    assert_type(client.databases.retrieve("db"), Database)
    assert_type(client.connections.rotate("con"), CreateConnectionResult)
    assert_type(client.deployments.start("dep"), StartDeploymentResult)
    # An empty answer (204) gives None.
    assert_type(client.databases.delete("db"), None)
    assert_type(client.projects.transfer("p", recipient_access_token="tok"), None)
    # A body that is not an envelope is returned whole.
    assert_type(client.databases.usage.retrieve("db"), GetDatabaseUsageResponse)
    # An unpaginated list is a list.
    assert_type(client.regions.list(), list[Region])
    assert_type(client.regions.postgres.list(), list[PostgresRegion])
    # Paginated lists are pagers: items when iterated, the page models from iter_pages().
    workspaces = client.workspaces.list(limit=10)
    assert_type(workspaces, SyncPager[Workspace, ListWorkspacesResponse])
    for workspace in workspaces:
        assert_type(workspace, Workspace)
    for page in workspaces.iter_pages():
        assert_type(page, ListWorkspacesResponse)
    assert_type(client.projects.databases.list("p"), SyncPager[Database, ListDatabasesResponse])
    backups = client.databases.backups.list("db")
    assert_type(backups, SyncPager[DatabaseBackup, ListDatabaseBackupsResponse])
    # NDJSON logs are a stream of typed events.
    logs = client.deployments.logs("dep", tail=10)
    assert_type(logs, NdjsonStream[GetDeploymentLogsEvent])
    # The raw view gives the ApiResult of the whole body.
    raw = client.projects.with_raw_response.retrieve("p")
    assert_type(raw, ApiResult[GetProjectResponse, ErrorResponse])
    assert_type(raw.retries, int)
    assert_type(client.projects.with_raw_response.delete("p"), ApiResult[None, ErrorResponse])
    # Waiters return the resource.
    assert_type(client.databases.wait_until_ready("db", timeout=60), Database)
    assert_type(client.builds.wait_until_succeeded("b", on_progress=print), Build)
    assert_type(client.domains.wait_until_active("d"), Domain)
    assert_type(client.deployments.wait_until_running("dep"), Deployment)
    # Options, and a copy of the client with others.
    client.projects.create(name="x", idempotent=True, timeout=5, extra_headers={"X-Trace": "1"})
    assert_type(client.with_options(max_retries=5, timeout=10), ManagementApiClient)
    assert_type(client.with_options(max_retries=RetryPolicy(max_retries=1)), ManagementApiClient)
    assert_type(client.max_retries, int)
    # Optional body properties take None (send null) as well as a value, where the API allows null.
    client.branches.update("b", is_default=None)
    client.databases.update("db", branch_id=None, name="renamed")
    # Header parameters are keywords: alchemy-state-lease-id is lease_id.
    client.projects.branches.alchemy_state.lease.release("p", "b", lease_id="l")
    stacks = client.projects.branches.alchemy_state.stacks.list("p", "b")
    assert_type(stacks, list[str])


def check_deprecated_still_typed(client: ManagementApiClient) -> None:
    assert_type(client.apps.retrieve("a"), App)  # pyright: ignore[reportDeprecated]


async def check_async_returns(client: AsyncManagementApiClient) -> None:
    assert_type(await client.projects.retrieve("p"), Project)
    assert_type(await client.databases.delete("db"), None)
    assert_type(await client.connections.rotate("con"), CreateConnectionResult)
    assert_type(await client.connections.retrieve("con"), Connection)
    # The async pager is made without awaiting and iterated with `async for`.
    projects = client.projects.list()
    assert_type(projects, AsyncPager[Project, ListProjectsResponse])
    async for project in projects:
        assert_type(project, Project)
    async for page in projects.iter_pages():
        assert_type(page, ListProjectsResponse)
    logs = await client.deployments.logs("dep")
    assert_type(logs, AsyncNdjsonStream[GetDeploymentLogsEvent])
    raw = await client.projects.with_raw_response.retrieve("p")
    assert_type(raw, ApiResult[GetProjectResponse, ErrorResponse])
    assert_type(await client.databases.wait_until_ready("db"), Database)

    async def report(database: Database) -> None:
        print(database.status)

    await client.databases.wait_until_ready("db", on_progress=report)
    assert_type(client.with_options(timeout=3), AsyncManagementApiClient)


# --- lines that must NOT type-check -----------------------------------------------------------


def check_sync_rejections(client: ManagementApiClient) -> None:
    # A path parameter of the wrong type.
    client.projects.retrieve(1)  # type: ignore[arg-type]
    # A required path parameter left out.
    client.projects.retrieve()  # type: ignore[call-arg]
    # Keyword arguments are keyword-only.
    client.connections.create("db", "name")  # type: ignore[call-arg]
    # A required body property left out (name).
    client.connections.create(database_id="db")  # type: ignore[call-arg]
    # A body property of the wrong type, and an enum value the API does not have.
    client.projects.create(name=1)  # type: ignore[arg-type]
    client.projects.create(region="mars-1")  # type: ignore[arg-type]
    # A wire name instead of the Python one.
    client.projects.create(logicalId="x")  # type: ignore[call-arg]
    # A query parameter of the wrong type.
    client.projects.list(limit="ten")  # type: ignore[arg-type]
    # A required header parameter left out.
    client.projects.branches.alchemy_state.lease.release("p", "b")  # type: ignore[call-arg]
    # idempotent is for POST and PATCH only.
    client.projects.retrieve("p", idempotent=True)  # type: ignore[call-arg]
    # A pager is not a list.
    client.projects.list()[0]  # type: ignore[index]
    # A non-nullable body property does not take None.
    client.projects.update("p", name=None)  # type: ignore[arg-type]
    # Results are typed: a Project's name is no int.
    count: int = client.projects.retrieve("p").name  # type: ignore[assignment]
    print(count)
    # The waiter's callback gets the resource, not something else.

    def wrong(value: int) -> None:
        print(value)

    client.databases.wait_until_ready("db", on_progress=wrong)  # type: ignore[arg-type]


async def check_async_rejections(client: AsyncManagementApiClient) -> None:
    # Not awaited: a coroutine has no .name.
    print(client.projects.retrieve("p").name)  # type: ignore[attr-defined]
    # The async pager is not awaitable: iterate it.
    await client.projects.list()  # type: ignore[misc]
    # Nor a sync iterable.
    for _ in client.projects.list():  # type: ignore[attr-defined]
        pass


def check_any_free(client: ManagementApiClient) -> Any:
    # The raw request stays available, untyped.
    return client.request("GET", "/v1/me", idempotent=False)
