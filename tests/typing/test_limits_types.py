"""Static type tests of the answer-size limit and the call deadline (checked by mypy and pyright
with the rest of ``tests/typing``; nothing here runs)."""

from __future__ import annotations

from typing_extensions import assert_type

from prisma_management_api import (
    AsyncManagementApiClient,
    ManagementApiClient,
    ResponseTooLargeError,
    Timeout,
    create_async_management_api_client,
    create_management_api_client,
)


def check_limits(error: ResponseTooLargeError) -> None:
    client = create_management_api_client(token="t", max_response_size=1024, timeout=Timeout(5, total=30))
    assert_type(client.max_response_size, "int | None")
    assert_type(client.with_options(max_response_size=None), ManagementApiClient)
    assert_type(client.with_options(max_response_size=10, timeout=Timeout(total=1)), ManagementApiClient)
    aclient = create_async_management_api_client(token="t", max_response_size=None)
    assert_type(aclient.with_options(max_response_size=2048), AsyncManagementApiClient)
    assert_type(Timeout(10, total=60).total, "float | None")
    assert_type(error.limit, int)
    create_management_api_client(token="t", max_response_size="1MB")  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
