"""Static type tests of the typed client: mypy --strict and pyright (strict) check this module.

``tests/typing/test_typecheck.py`` runs both checkers on it, so a type regression fails the test
run. Nothing here is meant to run (the functions are ``check_*``, not ``test_*``).

Negative checks: each line marked ``# type: ignore[code]`` MUST fail to type-check. If one ever
stops failing, the comment becomes unused, which mypy reports under ``--strict``
(``warn_unused_ignores``) and pyright reports as ``reportUnnecessaryTypeIgnoreComment`` (made an
error for this module by the ``# pyright:`` comment below), so the negative check fails too.
"""

# pyright: reportUnnecessaryTypeIgnoreComment=error

from __future__ import annotations

from datetime import datetime
from typing import Any, Final, Literal

from typing_extensions import assert_type

from prisma_management_api import (
    ApiResult,
    AsyncManagementApiClient,
    AsyncNdjsonStream,
    ManagementApiClient,
    NdjsonStream,
    Response,
    create_async_management_api_client,
    create_management_api_client,
)
from prisma_management_api.types import (
    CreateConnectionResult,
    CreateProjectBody,
    CreateProjectBranchParams,
    CreateProjectResponse,
    Database,
    DatabaseSource,
    ErrorResponse,
    GetBranchResponse,
    GetDeploymentLogsEvent,
    GetProjectParams,
    GetProjectResponse,
    ListProjectsResponse,
    Project,
)

LEASE_PATH: Final = "/v1/projects/{projectId}/branches/{branchId}/alchemy-state/lease"


def check_factories() -> None:
    client = create_management_api_client(token="t")
    assert_type(client, ManagementApiClient)
    async_client = create_async_management_api_client(token="t", base_url="https://api.prisma.io")
    assert_type(async_client, AsyncManagementApiClient)


def check_sync_calls(client: ManagementApiClient) -> None:
    result = client.GET("/v1/projects/{id}", params={"path": {"id": "x"}})
    assert_type(result, ApiResult[GetProjectResponse, ErrorResponse])
    assert_type(result.data, GetProjectResponse | None)
    assert_type(result.error, ErrorResponse | None)
    assert_type(result.response, Response)
    assert_type(result.status, int)
    if result.data is not None:
        assert_type(result.data.data, Project)
        assert_type(result.data.data.name, str)
        assert_type(result.data.data.created_at, datetime)
        assert_type(result.data.data.logical_id, str | None)
    if result.error is not None:
        assert_type(result.error.error.code, str)
        assert_type(result.error.error.hint, str | None)

    params: GetProjectParams = {"path": {"id": "proj_1"}}
    assert_type(client.GET("/v1/projects/{id}", params=params), ApiResult[GetProjectResponse, ErrorResponse])

    listed = client.GET("/v1/projects", params={"query": {"cursor": None, "limit": 10}})
    assert_type(listed, ApiResult[ListProjectsResponse, ErrorResponse])
    assert_type(client.GET("/v1/projects"), ApiResult[ListProjectsResponse, ErrorResponse])
    if listed.data is not None:
        assert_type(listed.data.data, list[Project])
        assert_type(listed.data.pagination.has_more, bool)

    body: CreateProjectBody = {"name": "demo", "region": "eu-west-3"}
    created = client.POST("/v1/projects", body=body)
    assert_type(created, ApiResult[CreateProjectResponse, ErrorResponse])

    branch = client.POST(
        "/v1/projects/{projectId}/branches", params={"path": {"projectId": "p"}}, body={"gitName": "main"}
    )
    assert_type(branch, ApiResult[GetBranchResponse, ErrorResponse])

    deleted = client.DELETE("/v1/projects/{id}", params={"path": {"id": "x"}})
    assert_type(deleted, ApiResult[None, ErrorResponse])
    assert_type(deleted.data, None)

    released = client.DELETE(
        LEASE_PATH,
        params={"path": {"projectId": "p", "branchId": "b"}, "header": {"alchemy-state-lease-id": "l"}},
    )
    assert_type(released.error, ErrorResponse | None)

    logs = client.GET("/v1/deployments/{deploymentId}/logs", params={"path": {"deploymentId": "d"}})
    assert_type(logs, ApiResult[NdjsonStream[GetDeploymentLogsEvent], ErrorResponse])
    if logs.data is not None:
        for record in logs.data:
            assert_type(record, GetDeploymentLogsEvent)

    untyped = client.request("GET", "/v1/unknown", params={"query": {"a": 1}})
    assert_type(untyped, ApiResult[Any, Any])

    with create_management_api_client(token="t") as scoped:
        assert_type(scoped, ManagementApiClient)


async def check_async_calls(client: AsyncManagementApiClient) -> None:
    result = await client.GET("/v1/projects/{id}", params={"path": {"id": "x"}})
    assert_type(result, ApiResult[GetProjectResponse, ErrorResponse])
    assert_type(result.data, GetProjectResponse | None)
    assert_type(result.error, ErrorResponse | None)

    created = await client.POST("/v1/projects", body={"name": "demo"})
    assert_type(created, ApiResult[CreateProjectResponse, ErrorResponse])

    deleted = await client.DELETE("/v1/projects/{id}", params={"path": {"id": "x"}})
    assert_type(deleted, ApiResult[None, ErrorResponse])

    logs = await client.GET("/v1/deployments/{deploymentId}/logs", params={"path": {"deploymentId": "d"}})
    assert_type(logs, ApiResult[AsyncNdjsonStream[GetDeploymentLogsEvent], ErrorResponse])
    if logs.data is not None:
        async for record in logs.data:
            assert_type(record, GetDeploymentLogsEvent)

    untyped = await client.request("DELETE", "/v1/unknown")
    assert_type(untyped, ApiResult[Any, Any])

    async with create_async_management_api_client(token="t") as scoped:
        assert_type(scoped, AsyncManagementApiClient)


# --- lines that must NOT type-check -----------------------------------------------------------


def check_sync_rejections(client: ManagementApiClient) -> None:
    # A path parameter of the wrong type.
    client.GET("/v1/projects/{id}", params={"path": {"id": 1}})  # type: ignore[call-overload]
    # A path parameter under the wrong name.
    client.GET("/v1/projects/{id}", params={"path": {"projectId": "x"}})  # type: ignore[call-overload]
    # Required params left out.
    client.GET("/v1/projects/{id}")  # type: ignore[call-overload]
    # A misspelt path.
    client.GET("/v1/projcts/{id}", params={"path": {"id": "x"}})  # type: ignore[call-overload]
    # A path the method does not serve.
    client.PATCH("/v1/projects", body={})  # type: ignore[call-overload]
    # A request body without its required key (gitName).
    project: CreateProjectBranchParams = {"path": {"projectId": "p"}}
    client.POST("/v1/projects/{projectId}/branches", params=project, body={"isDefault": True})  # type: ignore[call-overload]
    # A body value of the wrong type, and an enum value the API does not have.
    client.POST("/v1/projects", body={"name": 1})  # type: ignore[call-overload]
    client.POST("/v1/projects", body={"region": "mars-1"})  # type: ignore[call-overload]
    # A query parameter of the wrong type.
    client.GET("/v1/projects", params={"query": {"limit": "ten"}})  # type: ignore[call-overload]
    # A required header parameter left out.
    client.DELETE(LEASE_PATH, params={"path": {"projectId": "p", "branchId": "b"}})  # type: ignore[call-overload]
    # data may be None: using it unchecked is an error.
    result = client.GET("/v1/projects/{id}", params={"path": {"id": "x"}})
    print(result.data.data)  # type: ignore[union-attr]
    # Model attributes are typed: a str is not an int.
    if result.data is not None:
        count: int = result.data.data.name  # type: ignore[assignment]
        print(count)


async def check_async_rejections(client: AsyncManagementApiClient) -> None:
    await client.GET("/v1/projects/{id}", params={"path": {"id": 1}})  # type: ignore[call-overload]
    await client.GET("/v1/projcts/{id}", params={"path": {"id": "x"}})  # type: ignore[call-overload]
    # Not awaited: a coroutine has no .data.
    print(client.GET("/v1/projects/{id}", params={"path": {"id": "x"}}).data)  # type: ignore[attr-defined]


def check_models(project: Project, database: Database, created: CreateConnectionResult) -> None:
    # Response models are msgspec Structs; the pydantic-style helpers keep their types.
    assert_type(project.created_at, datetime)
    assert_type(project.logical_id, str | None)
    assert_type(database.status, Literal["failure", "provisioning", "ready", "recovering"])
    assert_type(database.source, DatabaseSource | None)
    assert_type(project.model_extra, dict[str, Any] | None)
    assert_type(project.model_dump(), dict[str, Any])
    assert_type(project.model_dump(mode="json", by_alias=True), dict[str, Any])
    assert_type(project.model_dump_json(), str)
    assert_type(Project.model_validate({"id": "p"}), Project)
    assert_type(Database.model_validate_json(b"{}"), Database)
    # A deprecated field: typed, and flagged (pyright reports it; mypy with its `deprecated` code).
    assert_type(created.host, str | None)  # pyright: ignore[reportDeprecated]
    print(project.nmae)  # type: ignore[attr-defined]  # an unknown field reads only through model_extra
    project.model_dump(exclude_unset=True)  # type: ignore[call-arg]  # pydantic's, not kept
