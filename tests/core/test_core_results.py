"""What a typed call returns, at run time: a success or a failure, ``unwrap()``, ``match``.

The static side (narrowing under mypy and pyright) is in ``tests/typing/test_result_types.py``.
"""

from __future__ import annotations

from typing import Any

import pytest
from support.clients import TOKEN, Api
from support.loopback import LoopbackServer, Reply

from prisma_management_api import (
    ApiFailure,
    APIStatusError,
    ApiSuccess,
    ConflictError,
    InternalServerError,
    NotFoundError,
)
from prisma_management_api.types import ErrorResponse, GetProjectResponse

GET_PROJECT = "/v1/projects/{id}"
PARAMS: dict[str, Any] = {"path": {"id": "proj_1"}}
PROJECT = {
    "id": "proj_1",
    "type": "project",
    "url": "https://api.prisma.io/v1/projects/proj_1",
    "name": "demo",
    "createdAt": "2025-01-02T03:04:05Z",
    "workspace": {"id": "wksp_1", "url": "https://api.prisma.io/w", "name": "ws"},
}
NOT_FOUND = {"error": {"code": "not-found", "message": "Project not found", "hint": "Check the id"}}


async def test_a_2xx_is_a_success_whose_error_is_none(api: Api, server: LoopbackServer) -> None:
    server.answer(Reply.json({"data": PROJECT}))
    result = await api.call("GET", GET_PROJECT, params=PARAMS)
    assert isinstance(result, ApiSuccess)
    assert result.error is None
    assert isinstance(result.data, GetProjectResponse)
    assert result.unwrap() is result.data
    match result:
        case ApiSuccess(data):
            assert data.data.name == "demo"
        case _:
            pytest.fail("a 200 did not match ApiSuccess")


@pytest.mark.parametrize(
    ("status", "raised"),
    [(404, NotFoundError), (409, ConflictError), (500, InternalServerError), (418, APIStatusError)],
)
async def test_an_error_status_is_a_failure_and_unwrap_raises_its_typed_error(
    api: Api, server: LoopbackServer, status: int, raised: type[APIStatusError]
) -> None:
    server.answer(Reply.json(NOT_FOUND, status=status))
    result = await api.call("GET", GET_PROJECT, params=PARAMS)
    assert isinstance(result, ApiFailure)
    assert result.data is None
    assert isinstance(result.error, ErrorResponse)
    match result:
        case ApiFailure(error):
            assert error.error.code == "not-found"
        case _:
            pytest.fail(f"a {status} did not match ApiFailure")
    with pytest.raises(raised) as caught:
        result.unwrap()
    assert type(caught.value) is raised
    assert (caught.value.status_code, caught.value.code) == (status, "not-found")
    assert str(caught.value) == f"{status} not-found: Project not found (hint: Check the id)"
    assert caught.value.response is result.response


async def test_a_204_is_a_success_without_data(api: Api, server: LoopbackServer) -> None:
    server.answer(Reply(204))
    result = await api.call("DELETE", GET_PROJECT, params=PARAMS)
    assert isinstance(result, ApiSuccess)
    assert (result.data, result.error, result.unwrap()) == (None, None, None)


@pytest.mark.parametrize("body", [b"null", b" null\n"])
async def test_a_2xx_with_a_json_null_body_has_data_none(
    api: Api, server: LoopbackServer, body: bytes
) -> None:
    server.answer(Reply(200, body, [("Content-Type", "application/json")]))
    result = await api.call("GET", GET_PROJECT, params=PARAMS)
    assert isinstance(result, ApiSuccess)
    assert (result.data, result.error) == (None, None)


async def test_an_undocumented_error_of_an_operation_without_error_responses_is_an_error_response(
    api: Api, server: LoopbackServer
) -> None:
    # The alchemy version probe documents no error status; a proxy's 502 still narrows as a failure.
    server.answer(Reply(502, b"<html>bad gateway</html>", [("Content-Type", "text/html")]))
    path = "/v1/projects/{projectId}/branches/{branchId}/alchemy-state/version"
    result = await api.call("GET", path, params={"path": {"projectId": "p", "branchId": "b"}})
    assert isinstance(result, ApiFailure)
    assert isinstance(result.error, ErrorResponse)
    assert result.error.error.code == "unexpected-response"


async def test_the_repr_names_the_outcome_without_token_or_query(api: Api, server: LoopbackServer) -> None:
    server.answer(Reply.json(NOT_FOUND, status=404))
    result = await api.call("GET", GET_PROJECT, params={"path": {"id": "p"}, "query": {"secret": "q"}})
    text = repr(result)
    assert text == f"<ApiResult 404 GET {server.base_url}/v1/projects/p (error)>"
    assert TOKEN not in text and "secret" not in text
