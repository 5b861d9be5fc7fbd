"""Static type tests of the client options: ``parse_as`` changes the data type, middleware and
serializers are typed, ``with_options`` keeps the client's type.

Checked by mypy --strict and pyright (``test_typecheck.py`` runs both on this module); lines marked
``# type: ignore[...]`` must fail to type-check. Nothing here runs.
"""

# pyright: reportUnnecessaryTypeIgnoreComment=error

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from typing_extensions import assert_type

from prisma_management_api import (
    ApiResult,
    AsyncByteStream,
    AsyncManagementApiClient,
    AsyncMiddleware,
    AsyncNdjsonStream,
    ByteStream,
    ManagementApiClient,
    MemoryTokenStorage,
    Middleware,
    MiddlewareContext,
    NdjsonStream,
    QuerySerializerOptions,
    Request,
    Response,
    create_async_management_api_client,
    create_async_management_api_sdk,
    create_management_api_client,
    create_management_api_sdk,
)
from prisma_management_api.types import (
    CreateProjectResponse,
    ErrorResponse,
    GetDeploymentLogsEvent,
    GetProjectParams,
    GetProjectResponse,
)

PROJECT: Final = "/v1/projects/{id}"
LOGS: Final = "/v1/deployments/{deploymentId}/logs"


class RequestId(Middleware):
    def on_request(self, request: Request, context: MiddlewareContext) -> None:
        request.headers["X-Request-Id"] = context.id


class Cache(Middleware):
    def on_request(self, request: Request, context: MiddlewareContext) -> Response | None:
        return Response.from_json({"data": {}}) if context.schema_path == PROJECT else None

    def on_error(self, error: Exception, request: Request, context: MiddlewareContext) -> Exception:
        return RuntimeError(str(error))


class Signer(AsyncMiddleware):
    async def on_request(self, request: Request, context: MiddlewareContext) -> Request:
        return Request(request.method, request.url, headers=request.headers, body=request.body)


def form(body: Any) -> tuple[bytes, str]:
    return b"a=1", "application/x-www-form-urlencoded"


def signed_query(query: Mapping[str, Any]) -> str:
    return "sig=1"


def parse_as_changes_the_data_type(client: ManagementApiClient) -> None:
    params: GetProjectParams = {"path": {"id": "proj_1"}}
    assert_type(client.GET(PROJECT, params=params), ApiResult[GetProjectResponse, ErrorResponse])
    assert_type(
        client.GET(PROJECT, params=params, parse_as="json"), ApiResult[GetProjectResponse, ErrorResponse]
    )
    assert_type(client.GET(PROJECT, params=params, parse_as="text"), ApiResult[str, ErrorResponse])
    assert_type(client.GET(PROJECT, params=params, parse_as="bytes"), ApiResult[bytes, ErrorResponse])
    assert_type(client.GET(PROJECT, params=params, parse_as="stream"), ApiResult[ByteStream, ErrorResponse])
    logs = client.GET(LOGS, params={"path": {"deploymentId": "d"}})
    assert_type(logs, ApiResult[NdjsonStream[GetDeploymentLogsEvent], ErrorResponse])
    raw_logs = client.GET(LOGS, params={"path": {"deploymentId": "d"}}, parse_as="stream")
    if raw_logs.error is None:
        with raw_logs.data as stream:
            for chunk in stream:
                assert_type(chunk, bytes)
    text = client.GET(PROJECT, params=params, parse_as="text")
    if text.error is None:
        assert_type(text.data, str)
    else:
        assert_type(text.error, ErrorResponse)
    created = client.POST("/v1/projects", body={"name": "x"}, parse_as="bytes")
    assert_type(created.data, bytes | None)
    assert_type(
        client.POST("/v1/projects", body={"name": "x"}), ApiResult[CreateProjectResponse, ErrorResponse]
    )


def parse_as_is_checked(client: ManagementApiClient) -> None:
    client.GET(PROJECT, params={"path": {"id": "p"}}, parse_as="blob")  # type: ignore[call-overload]
    client.GET("/v1/not-a-path", parse_as="text")  # type: ignore[call-overload]


async def async_parse_as(client: AsyncManagementApiClient) -> None:
    params: GetProjectParams = {"path": {"id": "proj_1"}}
    assert_type(await client.GET(PROJECT, params=params, parse_as="text"), ApiResult[str, ErrorResponse])
    streamed = await client.GET(PROJECT, params=params, parse_as="stream")
    assert_type(streamed, ApiResult[AsyncByteStream, ErrorResponse])
    if streamed.error is None:
        async with streamed.data as stream:
            async for chunk in stream:
                assert_type(chunk, bytes)
    logs = await client.GET(LOGS, params={"path": {"deploymentId": "d"}})
    assert_type(logs, ApiResult[AsyncNdjsonStream[GetDeploymentLogsEvent], ErrorResponse])


def options_are_typed(client: ManagementApiClient) -> None:
    styles: QuerySerializerOptions = {"array": {"style": "pipeDelimited", "explode": False}}
    made = create_management_api_client(
        token="t", middleware=[RequestId(), Cache()], query_serializer=styles, body_serializer=form
    )
    assert_type(made, ManagementApiClient)
    client.use(RequestId(), Cache())
    client.eject(Cache())
    assert_type(client.middleware, tuple[object, ...])
    copy = client.with_options(base_url="https://example.com", middleware=[], query_serializer=signed_query)
    assert_type(copy, ManagementApiClient)
    client.GET(
        PROJECT,
        params={"path": {"id": "p"}},
        middleware=[RequestId()],
        base_url="https://eu.example.com",
        query_serializer={"object": {"style": "form"}},
    )
    client.POST("/v1/projects", body={"name": "x"}, body_serializer=form)


def the_sdk_takes_middleware_too() -> None:
    sdk = create_management_api_sdk(
        "client", "http://127.0.0.1/callback", MemoryTokenStorage(), middleware=[RequestId()]
    )
    assert_type(sdk.client.middleware, tuple[object, ...])
    create_async_management_api_sdk(
        "client", "http://127.0.0.1/callback", MemoryTokenStorage(), middleware=[Signer()]
    )


def bad_options_are_caught(client: ManagementApiClient) -> None:
    client.use(Signer())  # type: ignore[arg-type]
    client.use(object())  # type: ignore[arg-type]
    client.GET(PROJECT, params={"path": {"id": "p"}}, middleware=[Signer()])  # type: ignore[call-overload]
    create_management_api_client(query_serializer={"array": {"style": "deepObject"}})  # type: ignore[arg-type]
    client.with_options(body_serializer="json")  # type: ignore[arg-type]


async def async_middleware_is_welcome_on_the_async_client() -> None:
    async with create_async_management_api_client(token="t", middleware=[Signer(), RequestId()]) as client:
        client.use(Signer())
        assert_type(client.with_options(middleware=[Signer()]), AsyncManagementApiClient)
        await client.GET(PROJECT, params={"path": {"id": "p"}}, middleware=[Signer()])
