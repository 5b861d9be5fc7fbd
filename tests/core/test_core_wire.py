"""The wire rules of the typed client, over real HTTP on loopback.

Every test runs on each client flavour (sync and async, each over its default transport and over
a user-supplied httpx client) against the same recording server, so a rule that one flavour
breaks fails by name.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

import aiohttp
import httpx
import pytest
import urllib3
from support.clients import TOKEN, Api
from support.loopback import LoopbackServer, Reply, closed_port, ndjson_lines

from prisma_management_api import (
    APIConnectionError,
    APITimeoutError,
    FetchError,
    ResponseParseError,
    __version__,
    create_async_management_api_client,
    create_management_api_client,
)
from prisma_management_api.types import (
    Database,
    ErrorResponse,
    GetDatabaseResponse,
    GetDeploymentLogsEventLog,
    GetDeploymentLogsEventTerminal,
    GetProjectResponse,
)

from .answers import GET_PROJECT, LOGS, PROJECT

DATABASE = {
    "id": "db_cl0000000000000000000000",
    "type": "database",
    "url": "https://api.prisma.io/v1/databases/db_cl0000000000000000000000",
    "name": "main",
    "status": "ready",
    "createdAt": "2025-01-02T03:04:05Z",
    "isDefault": True,
    "defaultConnectionId": None,
    "connections": [],
    "project": {"id": "proj_cl0000000000000000000000", "url": "https://api.prisma.io/p", "name": "demo"},
    "region": None,
    "source": None,
    "branchId": None,
    "logicalId": None,
}
NOT_FOUND = {"error": {"code": "not-found", "message": "Project not found", "hint": "Check the id"}}
LOG_RECORD = {"type": "log", "text": "hello\n", "byteStart": 0, "byteEnd": 6}
TERMINAL_RECORD = {
    "type": "terminal",
    "kind": "end",
    "code": "eof",
    "message": "end of log",
    "retryable": False,
    "cursor": "c1",
}


def project_params(project_id: str = "proj_1") -> dict[str, Any]:
    return {"path": {"id": project_id}}


# --- authentication and headers ---------------------------------------------------------------


async def test_token_is_sent_as_a_bearer_authorization_header(api: Api, server: LoopbackServer) -> None:
    server.answer(Reply.json({"data": PROJECT}))
    await api.call("GET", GET_PROJECT, params=project_params())
    assert server.last.header("Authorization") == f"Bearer {TOKEN}"


@pytest.mark.parametrize("name", ["Authorization", "authorization", "AUTHORIZATION"])
async def test_an_explicit_authorization_header_wins_over_the_token(
    apis: Callable[..., Api], server: LoopbackServer, name: str
) -> None:
    api = apis(token=TOKEN, base_url=server.base_url, headers={name: "Basic dXNlcjpwdw=="})
    server.answer(Reply.json({"data": PROJECT}))
    await api.call("GET", GET_PROJECT, params=project_params())
    # RecordedRequest.header() also asserts the header went out once, not once per spelling.
    assert server.last.header("Authorization") == "Basic dXNlcjpwdw=="


async def test_a_per_call_authorization_header_wins_over_the_clients(
    api: Api, server: LoopbackServer
) -> None:
    await api.request("GET", "/v1/me", headers={"authorization": "Bearer per-call"})
    assert server.last.header("Authorization") == "Bearer per-call"


async def test_per_call_headers_are_sent_and_override_client_headers(
    apis: Callable[..., Api], server: LoopbackServer
) -> None:
    api = apis(token=TOKEN, base_url=server.base_url, headers={"X-Client": "c", "X-Both": "client"})
    await api.call("GET", GET_PROJECT, params=project_params(), headers={"x-both": "call", "X-Call": "k"})
    last = server.last
    assert (last.header("X-Client"), last.header("X-Both"), last.header("X-Call")) == ("c", "call", "k")
    await api.call("GET", GET_PROJECT, params=project_params())
    assert server.last.header("X-Call") is None, "a per-call header leaked into the next call"
    assert server.last.header("X-Both") == "client"


async def test_user_agent_names_the_sdk_and_its_version(api: Api, server: LoopbackServer) -> None:
    await api.call("GET", GET_PROJECT, params=project_params())
    assert server.last.header("User-Agent") == f"prisma-management-api-python/{__version__}"
    assert server.last.header("Accept") == "application/json"


# --- URLs -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("suffix", "expected"),
    [
        ("", "/v1/projects"),
        ("/", "/v1/projects"),
        ("/api", "/api/v1/projects"),
        ("/api/", "/api/v1/projects"),
    ],
)
async def test_base_url_with_or_without_a_trailing_slash(
    apis: Callable[..., Api], server: LoopbackServer, suffix: str, expected: str
) -> None:
    api = apis(token=TOKEN, base_url=server.base_url + suffix)
    await api.call("GET", "/v1/projects")
    assert server.last.target == expected


@pytest.mark.parametrize(
    ("value", "encoded"),
    [
        ("a/b", "a%2Fb"),
        ("a b", "a%20b"),
        ("café-ü", "caf%C3%A9-%C3%BC"),
        ("x?y#z", "x%3Fy%23z"),
        ("100%", "100%25"),
        ("a..b", "a..b"),
        ("...", "..."),
    ],
)
async def test_path_params_are_percent_encoded_as_whole_segments(
    api: Api, server: LoopbackServer, value: str, encoded: str
) -> None:
    await api.call("GET", GET_PROJECT, params=project_params(value))
    assert server.last.target == f"/v1/projects/{encoded}"


@pytest.mark.parametrize("value", ["", ".", ".."])
async def test_a_path_param_that_would_change_the_route_is_refused(
    api: Api, server: LoopbackServer, value: str
) -> None:
    with pytest.raises(ValueError, match="'id'"):
        await api.call("GET", GET_PROJECT, params=project_params(value))
    assert server.requests == [], "the request was sent anyway"


@pytest.mark.parametrize("params", [None, {}, {"path": {}}, {"path": {"projectId": "proj_1"}}])
async def test_a_missing_path_param_is_refused(api: Api, server: LoopbackServer, params: Any) -> None:
    with pytest.raises(ValueError, match="'id'"):
        await api.call("GET", GET_PROJECT, params=params)
    assert server.requests == []


async def test_an_unknown_params_key_is_refused(api: Api, server: LoopbackServer) -> None:
    with pytest.raises(ValueError, match="body"):
        await api.call("GET", GET_PROJECT, params={"path": {"id": "proj_1"}, "body": {"name": "x"}})
    assert server.requests == []


async def test_query_drops_none_explodes_lists_and_spells_booleans(api: Api, server: LoopbackServer) -> None:
    query = {"cursor": None, "tag": ["a", "b c"], "on": True, "off": False, "limit": 10, "name": "é&="}
    await api.request("GET", "/v1/projects", params={"query": query})
    assert server.last.path == "/v1/projects"
    assert server.last.query_string == "tag=a&tag=b%20c&on=true&off=false&limit=10&name=%C3%A9%26%3D"
    assert server.last.query == [
        ("tag", "a"),
        ("tag", "b c"),
        ("on", "true"),
        ("off", "false"),
        ("limit", "10"),
        ("name", "é&="),
    ]


async def test_typed_query_params(api: Api, server: LoopbackServer) -> None:
    await api.call("GET", "/v1/projects", params={"query": {"cursor": None, "limit": 5}})
    assert server.last.target == "/v1/projects?limit=5"


async def test_header_params_are_sent_as_headers(api: Api, server: LoopbackServer) -> None:
    server.answer(Reply(204))
    path = "/v1/projects/{projectId}/branches/{branchId}/alchemy-state/lease"
    params = {
        "path": {"projectId": "proj_1", "branchId": "br_1"},
        "header": {"alchemy-state-lease-id": "lease-42"},
    }
    result = await api.call("DELETE", path, params=params)
    assert result.status == 204
    assert server.last.method == "DELETE"
    assert server.last.path == "/v1/projects/proj_1/branches/br_1/alchemy-state/lease"
    assert server.last.header("alchemy-state-lease-id") == "lease-42"


# --- bodies -----------------------------------------------------------------------------------


async def test_a_json_body_is_sent_with_its_content_type(api: Api, server: LoopbackServer) -> None:
    body = {"name": "démo ✓", "region": "eu-west-3", "createDatabase": False}
    await api.call("POST", "/v1/projects", body=body)
    assert server.last.method == "POST"
    assert server.last.header("Content-Type") == "application/json"
    assert server.last.json() == body
    assert int(server.last.header("Content-Length") or -1) == len(server.last.body)


@pytest.mark.parametrize("body", [{"when": object()}, {"ids": {1, 2}}, b"raw"])
async def test_a_body_that_is_not_json_serializable_raises_type_error(
    api: Api, server: LoopbackServer, body: Any
) -> None:
    with pytest.raises(TypeError, match="JSON"):
        await api.call("POST", "/v1/projects", body=body)
    assert server.requests == []


# --- answers ----------------------------------------------------------------------------------


async def test_a_json_answer_is_parsed_into_the_operations_model(api: Api, server: LoopbackServer) -> None:
    server.answer(Reply.json({"data": PROJECT}))
    result = await api.call("GET", GET_PROJECT, params=project_params())
    assert isinstance(result.data, GetProjectResponse)
    assert result.error is None and result.response.ok and result.status == 200
    assert result.data.data.name == "demo"
    assert result.data.data.created_at == datetime.fromisoformat("2025-01-02T03:04:05+00:00")
    assert result.data.data.workspace.id == "wksp_cl0000000000000000000000"


@pytest.mark.parametrize("status", [400, 401, 404, 409, 429, 500, 503])
async def test_an_http_error_status_is_a_result_not_an_exception(
    api: Api, server: LoopbackServer, status: int
) -> None:
    server.answer(Reply.json(NOT_FOUND, status=status))
    result = await api.call("GET", GET_PROJECT, params=project_params())
    assert result.data is None
    assert isinstance(result.error, ErrorResponse)
    assert result.error.error.code == "not-found"
    assert result.error.error.message == "Project not found"
    assert result.error.error.hint == "Check the id"
    assert (result.response.ok, result.status) == (False, status)


async def test_a_204_answer_has_neither_data_nor_error(api: Api, server: LoopbackServer) -> None:
    server.answer(Reply(204))
    result = await api.call("DELETE", GET_PROJECT, params=project_params())
    assert (result.data, result.error, result.status, result.response.ok) == (None, None, 204, True)
    assert server.last.method == "DELETE"


async def test_models_keep_unknown_fields_and_accept_unknown_enum_values(
    api: Api, server: LoopbackServer
) -> None:
    payload = {"data": {**DATABASE, "status": "hibernating", "brandNew": {"nested": [1, 2]}}, "meta": 7}
    server.answer(Reply.json(payload))
    result = await api.call("GET", "/v1/databases/{databaseId}", params={"path": {"databaseId": "db_1"}})
    assert isinstance(result.data, GetDatabaseResponse)
    database = result.data.data
    assert isinstance(database, Database)
    assert database.status == "hibernating"  # an enum value this SDK does not know yet
    assert (database.model_extra or {})["brandNew"] == {"nested": [1, 2]}
    assert (result.data.model_extra or {})["meta"] == 7
    # The rest of the model is still typed.
    assert isinstance(database.created_at, datetime)
    assert database.is_default is True
    # And the raw JSON is always at hand.
    assert result.response.json() == payload


async def test_raw_json_is_reachable_through_the_response(api: Api, server: LoopbackServer) -> None:
    server.answer(Reply.json({"data": PROJECT}, headers=[("X-Request-Id", "req-9")]))
    result = await api.call("GET", GET_PROJECT, params=project_params())
    assert result.response.json() == {"data": PROJECT}
    assert json.loads(result.response.text) == {"data": PROJECT}
    assert result.response.headers["x-request-id"] == "req-9"
    assert result.response.method == "GET"
    assert result.response.url == f"{server.base_url}/v1/projects/proj_1"


async def test_an_error_answer_without_a_json_body_becomes_a_typed_error(
    api: Api, server: LoopbackServer
) -> None:
    html = b"<html><body><h1>502 Bad Gateway</h1></body></html>"
    server.answer(Reply(502, html, [("Content-Type", "text/html")]))
    result = await api.call("GET", GET_PROJECT, params=project_params())
    assert result.data is None
    assert isinstance(result.error, ErrorResponse)
    assert result.error.error.code == "unexpected-response"
    assert "502" in result.error.error.message
    assert result.response.text == html.decode()


async def test_an_error_answer_with_an_empty_body_becomes_a_typed_error(
    api: Api, server: LoopbackServer
) -> None:
    server.answer(Reply(503))
    result = await api.call("GET", GET_PROJECT, params=project_params())
    assert isinstance(result.error, ErrorResponse)
    assert result.error.error.code == "unexpected-response"


@pytest.mark.parametrize("body", [b"not json {", b"<html>ok</html>", b'{"data": '])
async def test_a_2xx_answer_that_is_not_json_raises_response_parse_error(
    api: Api, server: LoopbackServer, body: bytes
) -> None:
    server.answer(Reply(200, body, [("Content-Type", "application/json")]))
    with pytest.raises(ResponseParseError) as caught:
        await api.call("GET", GET_PROJECT, params=project_params())
    assert isinstance(caught.value.__cause__, ValueError)
    assert "/v1/projects/proj_1" in str(caught.value)


async def test_a_path_outside_the_spec_is_callable_and_answers_untyped_json(
    api: Api, server: LoopbackServer
) -> None:
    server.answer(Reply.json({"hello": ["world"], "n": 1}))
    result = await api.request("GET", "/v1/unknown", params={"query": {"q": "x"}})
    assert server.last.target == "/v1/unknown?q=x"
    assert server.last.header("Authorization") == f"Bearer {TOKEN}"
    assert result.data == {"hello": ["world"], "n": 1}
    assert type(result.data) is dict
    server.answer(Reply.json({"error": "nope"}, status=418))
    failed = await api.request("POST", "/v1/unknown/thing", body={"a": 1})
    assert (failed.data, failed.error, failed.status) == (None, {"error": "nope"}, 418)


# --- NDJSON -----------------------------------------------------------------------------------


async def test_ndjson_records_are_read_lazily_as_they_arrive(api: Api, server: LoopbackServer) -> None:
    first_consumed = threading.Event()
    waited: list[bool] = []

    def chunks() -> Any:
        yield json.dumps(LOG_RECORD).encode() + b"\n"
        # The rest is sent only once the test holds the first record: a client that buffered the
        # whole body would still be waiting here, and `waited` would record the timeout.
        waited.append(first_consumed.wait(timeout=5))
        yield json.dumps(TERMINAL_RECORD).encode()[:20]  # a record split across chunks
        yield json.dumps(TERMINAL_RECORD).encode()[20:] + b"\n"

    server.answer(Reply.ndjson(chunks()))
    result = await api.call("GET", LOGS, params={"path": {"deploymentId": "dep_1"}})
    assert result.error is None and result.status == 200
    records = api.records(result.data)
    first = await anext(records)
    assert waited == [], "the first record arrived only after the whole body"
    assert isinstance(first, GetDeploymentLogsEventLog)
    assert (first.text, first.byte_end) == ("hello\n", 6)
    first_consumed.set()
    rest = [record async for record in records]
    assert waited == [True]
    assert len(rest) == 1 and isinstance(rest[0], GetDeploymentLogsEventTerminal)
    assert rest[0].cursor == "c1"


async def test_an_ndjson_record_of_an_unknown_type_passes_through_as_a_dict(
    api: Api, server: LoopbackServer
) -> None:
    future = {"type": "metrics", "cpu": 0.5}
    server.answer(Reply.ndjson(ndjson_lines([LOG_RECORD, future, TERMINAL_RECORD])))
    result = await api.call("GET", LOGS, params={"path": {"deploymentId": "dep_1"}})
    records = [record async for record in api.records(result.data)]
    assert [type(r) for r in records] == [GetDeploymentLogsEventLog, dict, GetDeploymentLogsEventTerminal]
    assert records[1] == future


async def test_an_error_answer_to_an_ndjson_operation_is_a_typed_error(
    api: Api, server: LoopbackServer
) -> None:
    server.answer(Reply.json(NOT_FOUND, status=404))
    result = await api.call("GET", LOGS, params={"path": {"deploymentId": "dep_1"}})
    assert result.data is None
    assert isinstance(result.error, ErrorResponse)
    assert result.error.error.code == "not-found"


# --- failures without an HTTP answer ----------------------------------------------------------


async def test_connection_refused_raises_api_connection_error(apis: Callable[..., Api]) -> None:
    api = apis(token=TOKEN, base_url=f"http://127.0.0.1:{closed_port()}")
    with pytest.raises(APIConnectionError) as caught:
        await api.call("POST", "/v1/projects", body={"name": "x"})
    error = caught.value
    assert isinstance(error, FetchError) and not isinstance(error, APITimeoutError)
    assert error.request_sent is False, "a refused connection provably sent nothing"
    assert isinstance(error.__cause__, Exception), "the original exception must be the __cause__"
    assert type(error.__cause__).__module__.split(".")[0] in ("urllib3", "aiohttp", "httpx")
    assert (error.method, error.url.endswith("/v1/projects")) == ("POST", True)
    assert TOKEN not in str(error) and TOKEN not in repr(error)


@pytest.mark.parametrize("method", ["GET", "POST"])
async def test_a_reset_connection_raises_api_connection_error(
    api: Api, server: LoopbackServer, method: str
) -> None:
    server.answer(Reply(reset=True))
    with pytest.raises(APIConnectionError) as caught:
        if method == "POST":
            await api.call("POST", "/v1/projects", body={"name": "x"})
        else:
            await api.call("GET", GET_PROJECT, params=project_params())
    assert not isinstance(caught.value, APITimeoutError)
    assert isinstance(caught.value.__cause__, Exception)
    assert caught.value.request_sent is True, "the request left: it may have been acted on"
    if method == "POST":
        # Never re-sent behind the caller's back. (aiohttp itself re-sends an idempotent GET once
        # on a dropped connection, as RFC 9112 allows, so the GET count is not asserted.)
        assert len(server.requests) == 1


async def test_a_read_timeout_raises_api_timeout_error(api: Api, server: LoopbackServer) -> None:
    server.answer(Reply(200, b"{}", delay=30))  # cut short when the server stops
    started = time.monotonic()
    with pytest.raises(APITimeoutError) as caught:
        await api.call("GET", GET_PROJECT, params=project_params(), timeout=0.2)
    assert time.monotonic() - started < 20, "the per-call timeout was not applied"
    assert isinstance(caught.value, APIConnectionError)
    assert isinstance(caught.value.__cause__, BaseException)


# --- secrets and transport security -----------------------------------------------------------


async def test_reprs_never_contain_the_token(api: Api, server: LoopbackServer) -> None:
    server.answer(Reply.json({"data": PROJECT}))
    result = await api.call("GET", GET_PROJECT, params=project_params())
    server.answer(Reply.json(NOT_FOUND, status=404))
    failed = await api.call("GET", GET_PROJECT, params=project_params())
    for shown in (api.client, result, failed, result.response, failed.response, result.response.headers):
        assert TOKEN not in repr(shown) and TOKEN not in str(shown)
    assert server.base_url in repr(api.client)


@pytest.mark.parametrize(
    ("base_url", "kwargs"),
    [
        ("http://api.example.com", {"token": TOKEN}),
        ("http://10.1.2.3:8080", {"token": TOKEN}),
        ("http://api.example.com", {"headers": {"authorization": "Bearer x"}}),
    ],
)
@pytest.mark.parametrize("factory", [create_management_api_client, create_async_management_api_client])
def test_credentials_over_plain_http_to_another_host_are_refused(
    factory: Callable[..., Any], base_url: str, kwargs: dict[str, Any]
) -> None:
    # Refused in the constructor: no request is needed (nor possible) to see it.
    with pytest.raises(ValueError, match="allow_insecure_http") as caught:
        factory(base_url=base_url, **kwargs)
    assert TOKEN not in str(caught.value)


@pytest.mark.parametrize(
    ("base_url", "kwargs"),
    [
        ("http://api.example.com", {"token": TOKEN, "allow_insecure_http": True}),
        ("http://api.example.com", {}),
        ("https://api.example.com", {"token": TOKEN}),
        ("http://localhost:4000", {"token": TOKEN}),
        ("http://127.0.0.1:4000", {"token": TOKEN}),
        ("http://[::1]:4000", {"token": TOKEN}),
    ],
)
async def test_plain_http_is_allowed_for_loopback_without_credentials_or_when_asked(
    apis: Callable[..., Api], base_url: str, kwargs: dict[str, Any]
) -> None:
    api = apis(base_url=base_url, **kwargs)
    assert api.client.base_url == base_url


# --- HTTP clients the user brings -------------------------------------------------------------


def test_a_user_urllib3_pool_manager_is_used_and_not_closed(server: LoopbackServer) -> None:
    pool = urllib3.PoolManager()
    server.answer(Reply.json({"data": PROJECT}))
    with create_management_api_client(token=TOKEN, base_url=server.base_url, http_client=pool) as client:
        result = client.GET(GET_PROJECT, params={"path": {"id": "proj_1"}})
        assert isinstance(result.data, GetProjectResponse)
    assert len(pool.pools) == 1, "the client cleared the user's pool"
    assert pool.request("GET", f"{server.base_url}/after").status == 200
    assert server.last.path == "/after"
    pool.clear()


def test_a_user_httpx_client_is_used_and_not_closed(server: LoopbackServer) -> None:
    with httpx.Client(trust_env=False) as http:
        server.answer(Reply.json({"data": PROJECT}))
        with create_management_api_client(token=TOKEN, base_url=server.base_url, http_client=http) as client:
            result = client.GET(GET_PROJECT, params={"path": {"id": "proj_1"}})
            assert isinstance(result.data, GetProjectResponse)
        assert not http.is_closed
        assert http.get(f"{server.base_url}/after").status_code == 200


async def test_a_user_aiohttp_session_is_used_and_not_closed(server: LoopbackServer) -> None:
    async with aiohttp.ClientSession() as session:
        server.answer(Reply.json({"data": PROJECT}))
        async with create_async_management_api_client(
            token=TOKEN, base_url=server.base_url, http_client=session
        ) as client:
            result = await client.GET(GET_PROJECT, params={"path": {"id": "proj_1"}})
            assert isinstance(result.data, GetProjectResponse)
        assert not session.closed
        async with session.get(f"{server.base_url}/after") as response:
            assert response.status == 200


async def test_a_user_httpx_async_client_is_used_and_not_closed(server: LoopbackServer) -> None:
    async with httpx.AsyncClient(trust_env=False) as http:
        server.answer(Reply.json({"data": PROJECT}))
        async with create_async_management_api_client(
            token=TOKEN, base_url=server.base_url, http_client=http
        ) as client:
            result = await client.GET(GET_PROJECT, params={"path": {"id": "proj_1"}})
            assert isinstance(result.data, GetProjectResponse)
        assert not http.is_closed
        assert (await http.get(f"{server.base_url}/after")).status_code == 200
