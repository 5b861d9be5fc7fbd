"""Static type tests of result narrowing: every way of telling success from failure narrows.

Checked by mypy --strict and pyright (``test_typecheck.py`` runs both on this module and on
``readme_typed_client.py``, the README's snippet verbatim). Nothing here runs but the last test,
which keeps that snippet identical to the README's.
"""

# pyright: reportUnnecessaryTypeIgnoreComment=error

from __future__ import annotations

import re
from pathlib import Path
from typing import Final, NoReturn

from typing_extensions import assert_type

from prisma_management_api import (
    ApiFailure,
    ApiResult,
    ApiSuccess,
    AsyncManagementApiClient,
    AsyncNdjsonStream,
    ManagementApiClient,
    NdjsonStream,
    Response,
)
from prisma_management_api.types import (
    Connection,
    ConnectionEndpoint,
    ErrorResponse,
    GetAlchemyStateVersionResponse,
    GetDeploymentLogsEvent,
    GetProjectResponse,
    Project,
)

PROJECT: Final = "/v1/projects/{id}"
VERSION: Final = "/v1/projects/{projectId}/branches/{branchId}/alchemy-state/version"


def check_error_is_none(result: ApiResult[GetProjectResponse, ErrorResponse]) -> None:
    if result.error is None:
        assert_type(result, ApiSuccess[GetProjectResponse])
        assert_type(result.data, GetProjectResponse)
        assert_type(result.data.data, Project)
    else:
        assert_type(result, ApiFailure[ErrorResponse])
        assert_type(result.error, ErrorResponse)
        assert_type(result.data, None)
    if result.error is not None:
        assert_type(result.error.error.code, str)
    else:
        assert_type(result.data.data.name, str)


def check_data_is_not_none(result: ApiResult[GetProjectResponse, ErrorResponse]) -> None:
    if result.data is not None:
        assert_type(result, ApiSuccess[GetProjectResponse])
        assert_type(result.data.data, Project)
    else:
        assert_type(result, ApiFailure[ErrorResponse])
        assert_type(result.error.error.message, str)


def check_match(result: ApiResult[GetProjectResponse, ErrorResponse]) -> None:
    match result:
        case ApiSuccess(data):
            assert_type(data, GetProjectResponse)
        case ApiFailure(error):
            assert_type(error, ErrorResponse)
    match result:
        case ApiSuccess(data=data):
            assert_type(data.data, Project)
        case ApiFailure(error=error, response=response):
            assert_type(error.error.code, str)
            assert_type(response, Response)


def check_isinstance(result: ApiResult[GetProjectResponse, ErrorResponse]) -> None:
    if isinstance(result, ApiSuccess):
        assert_type(result.data, GetProjectResponse)
    else:
        assert_type(result.error, ErrorResponse)


def check_unwrap(result: ApiResult[GetProjectResponse, ErrorResponse]) -> None:
    assert_type(result.unwrap(), GetProjectResponse)
    if isinstance(result, ApiFailure):
        assert_type(result.unwrap(), NoReturn)


def check_common_fields(result: ApiResult[GetProjectResponse, ErrorResponse]) -> None:
    assert_type(result.data, GetProjectResponse | None)
    assert_type(result.error, ErrorResponse | None)
    assert_type(result.response, Response)
    assert_type(result.retries, int)
    assert_type(result.status, int)


def check_a_204(client: ManagementApiClient) -> None:
    deleted = client.DELETE(PROJECT, params={"path": {"id": "x"}})
    assert_type(deleted, ApiResult[None, ErrorResponse])
    if deleted.error is None:
        assert_type(deleted.data, None)
    else:
        assert_type(deleted.error.error.code, str)
    assert_type(deleted.unwrap(), None)


def check_an_operation_without_documented_errors(client: ManagementApiClient) -> None:
    # Errors the spec does not list still come as an ErrorResponse, so narrowing works here too.
    version = client.GET(VERSION, params={"path": {"projectId": "p", "branchId": "b"}})
    assert_type(version, ApiResult[GetAlchemyStateVersionResponse, ErrorResponse])
    if version.error is None:
        assert_type(version.data, GetAlchemyStateVersionResponse)


def check_sync_narrowing(client: ManagementApiClient) -> None:
    result = client.GET(PROJECT, params={"path": {"id": "x"}})
    if result.error is None:
        assert_type(result.data.data.name, str)
    if result.data is not None:
        assert_type(result.data.data.name, str)
    match result:
        case ApiSuccess(data):
            assert_type(data.data.name, str)
        case ApiFailure(error):
            assert_type(error.error.code, str)
    assert_type(result.unwrap().data, Project)

    logs = client.GET("/v1/deployments/{deploymentId}/logs", params={"path": {"deploymentId": "d"}})
    if logs.error is None:
        assert_type(logs.data, NdjsonStream[GetDeploymentLogsEvent])
    assert_type(logs.unwrap(), NdjsonStream[GetDeploymentLogsEvent])


async def check_async_narrowing(client: AsyncManagementApiClient) -> None:
    result = await client.GET(PROJECT, params={"path": {"id": "x"}})
    if result.error is None:
        assert_type(result.data.data.name, str)
    else:
        assert_type(result.error.error.code, str)
    if result.data is not None:
        assert_type(result.data.data.name, str)
    match result:
        case ApiSuccess(data):
            assert_type(data.data.name, str)
        case ApiFailure(error):
            assert_type(error.error.code, str)
    assert_type(result.unwrap().data, Project)

    logs = await client.GET("/v1/deployments/{deploymentId}/logs", params={"path": {"deploymentId": "d"}})
    if logs.data is not None:
        assert_type(logs.data, AsyncNdjsonStream[GetDeploymentLogsEvent])


def check_header_removal(client: ManagementApiClient) -> None:
    # A header given as None removes the client's header of that name.
    removed = client.GET(PROJECT, params={"path": {"id": "x"}}, headers={"User-Agent": None})
    assert_type(removed, ApiResult[GetProjectResponse, ErrorResponse])
    client.with_options(headers={"X-Team": None})


def check_humane_model_types(connection: Connection) -> None:
    pooled = connection.endpoints.pooled
    if pooled is not None:
        assert_type(pooled, ConnectionEndpoint)
        assert_type(pooled.port, int | float)


# --- lines that must NOT type-check -----------------------------------------------------------


def check_rejections(result: ApiResult[GetProjectResponse, ErrorResponse]) -> None:
    print(result.data.data)  # type: ignore[union-attr]
    if result.error is None:
        print(result.error.error)  # type: ignore[attr-defined]


# --- the README's snippet stays the one checked ---------------------------------------------------


def test_the_readme_typed_snippet_is_checked_verbatim() -> None:
    root = Path(__file__).resolve().parents[2]
    readme = (root / "README.md").read_text(encoding="utf-8")
    section = readme.split("## The typed client", 1)[1]
    found = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert found is not None, "the README's typed client section lost its python example"
    checked = (Path(__file__).with_name("readme_typed_client.py")).read_text(encoding="utf-8")
    assert found.group(1) in checked
