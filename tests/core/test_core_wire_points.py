"""The wire points that must come out byte for byte the same on all four transports.

Each test runs on every flavour (urllib3, aiohttp, and a user's httpx client sync and async) and
asserts on what the loopback server received: the raw request target, the headers as sent, the
body bytes. The expected bytes are those the TypeScript SDK (openapi-fetch over fetch) sends.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

import pytest
from support.clients import TOKEN, Api
from support.loopback import LoopbackServer, Reply, ndjson_lines

from prisma_management_api import APIConnectionError, RetryPolicy

GET_PROJECT = "/v1/projects/{id}"
ROTATE = "/v1/connections/{id}/rotate"
LOGS = "/v1/deployments/{deploymentId}/logs"
BUILD_LOGS = "/v1/builds/{buildId}/logs"
PATCH_PROJECT = "/v1/projects/{id}"


def project(project_id: object) -> dict[str, Any]:
    return {"path": {"id": project_id}}


# --- Accept -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "params"),
    [(LOGS, {"path": {"deploymentId": "d"}}), (BUILD_LOGS, {"path": {"buildId": "b"}})],
)
async def test_accept_is_ndjson_for_the_log_operations(
    api: Api, server: LoopbackServer, path: str, params: dict[str, Any]
) -> None:
    server.answer(Reply.ndjson(ndjson_lines([])))
    result = await api.call("GET", path, params=params)
    async for _ in api.records(result.data):
        pass
    assert server.last.header("Accept") == "application/x-ndjson"


async def test_accept_is_json_elsewhere_and_a_per_call_accept_wins(api: Api, server: LoopbackServer) -> None:
    await api.call("GET", GET_PROJECT, params=project("p"))
    assert server.last.header("Accept") == "application/json"
    server.answer(Reply.ndjson(ndjson_lines([])))
    result = await api.call("GET", LOGS, params={"path": {"deploymentId": "d"}}, headers={"accept": "*/*"})
    async for _ in api.records(result.data):
        pass
    assert server.last.header("Accept") == "*/*"


# --- the URL ----------------------------------------------------------------------------------


async def test_the_url_built_is_the_url_sent_byte_for_byte(api: Api, server: LoopbackServer) -> None:
    await api.call("GET", GET_PROJECT, params=project("a/b c?d#e&f"))
    assert server.last.target == "/v1/projects/a%2Fb%20c%3Fd%23e%26f"
    await api.request("GET", "/v1/projects", params={"query": {"q": "@:$,;", "r": "!*'()~", "s": "%2F"}})
    # encodeURIComponent's rules: !*'()~ stay, everything else reserved is escaped, % included.
    assert server.last.target == "/v1/projects?q=%40%3A%24%2C%3B&r=!*'()~&s=%252F"


@pytest.mark.parametrize(
    ("value", "written"),
    [(1.0, "1"), (1e-7, "1e-7"), (1.5, "1.5"), (-0.0, "0"), (1e21, "1e%2B21"), (123456789, "123456789")],
)
async def test_numbers_in_path_and_query_are_written_as_json_writes_them(
    api: Api, server: LoopbackServer, value: float, written: str
) -> None:
    await api.call("GET", GET_PROJECT, params={"path": {"id": value}, "query": {"n": value, "m": [value]}})
    assert server.last.target == f"/v1/projects/{written}?n={written}&m={written}"


@pytest.mark.parametrize("value", [float("nan"), float("inf"), -float("inf")])
async def test_a_number_json_cannot_write_is_refused_before_sending(
    api: Api, server: LoopbackServer, value: float
) -> None:
    with pytest.raises(ValueError, match=r"'id'.*finite"):
        await api.call("GET", GET_PROJECT, params=project(value))
    with pytest.raises(ValueError, match=r"'limit'.*finite"):
        await api.request("GET", "/v1/projects", params={"query": {"limit": value}})
    assert server.requests == []


async def test_object_query_params_are_deep_objects(api: Api, server: LoopbackServer) -> None:
    query = {"q": {"a": 1, "b": "x y", "c": None, "d": True}, "plain": "v"}
    await api.request("GET", "/v1/projects", params={"query": query})
    # deepObject as openapi-fetch writes it, q[a]=1&q[b]=x%20y, with the brackets percent-encoded:
    # urllib3 re-encodes raw brackets, and all transports must send the same bytes.
    assert server.last.query_string == "q%5Ba%5D=1&q%5Bb%5D=x%20y&q%5Bd%5D=true&plain=v"
    assert server.last.query == [("q[a]", "1"), ("q[b]", "x y"), ("q[d]", "true"), ("plain", "v")]


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ({"q": {"a": {"nested": 1}}}, "query parameter 'q[a]'"),
        ({"q": {1, 2}}, "query parameter 'q'"),
        ({"when": object()}, "query parameter 'when'"),
        ({"tags": ["a", ["b"]]}, "query parameter 'tags'"),
    ],
)
async def test_an_unserializable_query_value_is_a_type_error_naming_the_parameter(
    api: Api, server: LoopbackServer, query: dict[str, Any], named: str
) -> None:
    with pytest.raises(TypeError, match=re.escape(named)):
        await api.request("GET", "/v1/projects", params={"query": query})
    assert server.requests == []


# --- headers ----------------------------------------------------------------------------------


async def test_a_per_call_header_set_to_none_removes_the_clients(
    apis: Callable[..., Api], server: LoopbackServer
) -> None:
    api = apis(token=TOKEN, base_url=server.base_url, headers={"X-Team": "a"})
    await api.call(
        "GET", GET_PROJECT, params=project("p"), headers={"x-team": None, "User-Agent": None, "X-New": None}
    )
    names = {name.lower() for name, _ in server.last.headers}
    assert "x-team" not in names and "x-new" not in names
    # The HTTP library may add its own User-Agent; the SDK's is gone.
    assert not (server.last.header("User-Agent") or "").startswith("prisma-management-api-python")
    await api.call("GET", GET_PROJECT, params=project("p"))
    assert server.last.header("X-Team") == "a"


@pytest.mark.parametrize("value", ["a\r\nX-Injected: 1", "line\n", "nul\x00", "snow ☃", "emoji 🎉"], ids=repr)
async def test_a_bad_header_value_is_a_value_error_naming_the_header_on_every_transport(
    api: Api, server: LoopbackServer, value: str
) -> None:
    with pytest.raises(ValueError, match="'X-Trace'") as caught:
        await api.call("GET", GET_PROJECT, params=project("p"), headers={"X-Trace": value})
    assert value not in str(caught.value)
    assert server.requests == []


async def test_a_bad_header_parameter_is_refused_too(api: Api, server: LoopbackServer) -> None:
    path = "/v1/projects/{projectId}/branches/{branchId}/alchemy-state/lease"
    params = {"path": {"projectId": "p", "branchId": "b"}, "header": {"alchemy-state-lease-id": "l\r\n"}}
    with pytest.raises(ValueError, match="'alchemy-state-lease-id'"):
        await api.call("DELETE", path, params=params)
    assert server.requests == []


@pytest.mark.parametrize("name", ["Bad Name", "X:Colon", "", "Ünï"])
async def test_a_bad_header_name_is_a_value_error(api: Api, server: LoopbackServer, name: str) -> None:
    with pytest.raises(ValueError, match="header name"):
        await api.call("GET", GET_PROJECT, params=project("p"), headers={name: "v"})
    assert server.requests == []


# --- bodies -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path"), [("POST", ROTATE), ("PATCH", PATCH_PROJECT), ("GET", GET_PROJECT)]
)
async def test_no_content_type_without_a_body_and_the_same_headers_everywhere(
    api: Api, server: LoopbackServer, method: str, path: str
) -> None:
    await api.call(method, path, params=project("x"))
    sent = server.last
    assert (sent.method, sent.body, sent.header("Content-Type")) == (method, b"", None)
    # Every transport sends the same headers (httpx also says Connection: keep-alive, which is
    # HTTP/1.1's default anyway); a body-less POST or PATCH says Content-Length: 0, as fetch does.
    names = {name.lower() for name, _ in sent.headers} - {"connection"}
    expected = {"host", "user-agent", "accept", "accept-encoding", "authorization"}
    assert names == (expected | {"content-length"} if method != "GET" else expected)
    if method != "GET":
        assert sent.header("Content-Length") == "0"


async def test_a_merge_patch_content_type_sends_json_under_that_type(
    api: Api, server: LoopbackServer
) -> None:
    await api.call(
        "PATCH",
        PATCH_PROJECT,
        params=project("p"),
        body={"name": "renamed"},
        headers={"Content-Type": "application/merge-patch+json"},
    )
    assert server.last.header("Content-Type") == "application/merge-patch+json"
    assert server.last.body == b'{"name":"renamed"}'


async def test_a_form_content_type_sends_a_form_encoded_body(api: Api, server: LoopbackServer) -> None:
    body = {"grant": "x y", "scope": ["a", "b"], "n": 1.0, "skip": None, "odd": "~*&="}
    await api.request(
        "POST", "/v1/form", body=body, headers={"content-type": "application/x-www-form-urlencoded"}
    )
    assert server.last.header("Content-Type") == "application/x-www-form-urlencoded"
    assert server.last.body == b"grant=x+y&scope=a&scope=b&n=1&odd=%7E*%26%3D"


@pytest.mark.parametrize(
    ("body", "named"),
    [
        ({"name": "x", "size": float("nan")}, "body.size"),
        ({"items": [1, float("inf")]}, r"body.items\[1\]"),
        ({"name": "bad \ud800 text"}, "body.name"),
        ([{"ok": 1}, {"v": -float("inf")}], r"body\[1\].v"),
    ],
)
async def test_a_json_body_json_cannot_carry_is_a_value_error_naming_the_field(
    api: Api, server: LoopbackServer, body: Any, named: str
) -> None:
    with pytest.raises(ValueError, match=named):
        await api.request("POST", "/v1/projects", body=body)
    assert server.requests == []


async def test_a_json_body_is_compact_utf8(api: Api, server: LoopbackServer) -> None:
    await api.call("POST", "/v1/projects", body={"name": "démo ✓", "region": "eu-west-3"})
    assert (
        server.last.body
        == json.dumps(
            {"name": "démo ✓", "region": "eu-west-3"}, separators=(",", ":"), ensure_ascii=False
        ).encode()
    )


# --- honest attempt counts --------------------------------------------------------------------

FAST = RetryPolicy(max_retries=2, initial_delay=0.01, max_delay=0.01, jitter=0)


@pytest.mark.parametrize("drop", ["reset", "hang_up"])
async def test_a_get_whose_connection_drops_is_sent_exactly_max_retries_plus_one_times(
    apis: Callable[..., Api], server: LoopbackServer, drop: str
) -> None:
    api = apis(token=TOKEN, base_url=server.base_url, max_retries=FAST)
    server.answer(Reply(reset=drop == "reset", hang_up=drop == "hang_up"))
    with pytest.raises(APIConnectionError):
        await api.call("GET", GET_PROJECT, params=project("p"))
    assert len(server.requests) == 3


async def test_retries_counts_every_re_send(apis: Callable[..., Api], server: LoopbackServer) -> None:
    api = apis(token=TOKEN, base_url=server.base_url, max_retries=FAST)
    answers = iter([Reply(hang_up=True), Reply(hang_up=True), Reply(204)])
    server.reset(lambda _request: next(answers))
    result = await api.call("DELETE", GET_PROJECT, params=project("p"))
    assert (result.status, result.retries, len(server.requests)) == (204, 2, 3)
