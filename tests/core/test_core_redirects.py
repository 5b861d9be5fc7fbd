"""Redirects as fetch follows them, on every transport, over real HTTP on loopback.

A second loopback server stands for another origin (another port is another origin): what it
receives is what a redirect would hand to a stranger.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import urllib3
from support.clients import TOKEN, Api
from support.loopback import LoopbackServer, RecordedRequest, Reply, ndjson_lines

from prisma_management_api import ApiSuccess, FetchError, create_management_api_client
from prisma_management_api._core import PreparedRequest, RawResponse
from prisma_management_api._response import Headers
from prisma_management_api._transports._urllib3 import Urllib3Transport

GET_PROJECT = "/v1/projects/{id}"
PROJECT = {
    "id": "proj_1",
    "type": "project",
    "url": "https://api.prisma.io/v1/projects/proj_1",
    "name": "moved",
    "createdAt": "2025-01-02T03:04:05Z",
    "workspace": {"id": "wksp_1", "url": "https://api.prisma.io/w", "name": "ws"},
}


@pytest.fixture
def other() -> Iterator[LoopbackServer]:
    with LoopbackServer() as server:
        yield server


def redirect(status: int, location: str) -> Reply:
    return Reply(status, b"", [("Location", location)])


def redirect_first(status: int, location: str, then: Reply) -> Any:
    def respond(request: RecordedRequest) -> Reply:
        return redirect(status, location) if request.path.endswith("/old") else then

    return respond


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
async def test_a_get_follows_each_redirect_status(api: Api, server: LoopbackServer, status: int) -> None:
    server.reset(redirect_first(status, "/v1/projects/new", Reply.json({"data": PROJECT})))
    result = await api.call("GET", GET_PROJECT, params={"path": {"id": "old"}})
    assert isinstance(result, ApiSuccess)
    assert result.data is not None and result.data.data.name == "moved"
    assert [(r.method, r.target) for r in server.requests] == [
        ("GET", "/v1/projects/old"),
        ("GET", "/v1/projects/new"),
    ]
    assert result.response.url == f"{server.base_url}/v1/projects/new"
    assert server.requests[1].header("Authorization") == f"Bearer {TOKEN}"  # same origin: kept
    assert result.retries == 0


@pytest.mark.parametrize("status", [301, 302, 303])
async def test_a_post_redirected_by_301_302_303_becomes_a_get_without_body(
    api: Api, server: LoopbackServer, status: int
) -> None:
    server.reset(redirect_first(status, "/v1/projects/new", Reply.json({"data": PROJECT})))
    await api.request("POST", "/v1/projects/old", body={"name": "x"})
    first, second = server.requests
    assert (first.method, first.header("Content-Type"), first.body) == (
        "POST",
        "application/json",
        b'{"name":"x"}',
    )
    assert (second.method, second.target, second.body) == ("GET", "/v1/projects/new", b"")
    assert second.header("Content-Type") is None


@pytest.mark.parametrize("status", [307, 308])
async def test_307_and_308_resend_the_method_and_body(api: Api, server: LoopbackServer, status: int) -> None:
    server.reset(redirect_first(status, "/v1/projects/new", Reply.json({"data": PROJECT}, status=201)))
    await api.request("POST", "/v1/projects/old", body={"name": "x"})
    first, second = server.requests
    assert (second.method, second.target) == ("POST", "/v1/projects/new")
    assert (second.body, second.header("Content-Type")) == (first.body, "application/json")


async def test_a_303_after_a_delete_becomes_a_get(api: Api, server: LoopbackServer) -> None:
    server.reset(redirect_first(303, "/v1/status", Reply.json({"ok": True})))
    await api.request("DELETE", "/v1/projects/old")
    assert [r.method for r in server.requests] == ["DELETE", "GET"]


async def test_a_cross_origin_redirect_arrives_without_the_token_or_credential_headers(
    api: Api, server: LoopbackServer, other: LoopbackServer
) -> None:
    other.answer(Reply.json({"data": PROJECT}))
    server.reset(redirect_first(307, f"{other.base_url}/v1/projects/elsewhere?x=1", Reply(500)))
    headers = {"Cookie": "sid=1", "X-Api-Key": "k", "Proxy-Authorization": "Basic eA==", "X-Trace": "t"}
    result = await api.request("GET", "/v1/projects/old", headers=headers)
    assert result.status == 200
    assert server.requests[0].header("Authorization") == f"Bearer {TOKEN}"
    arrived = other.last
    assert arrived.target == "/v1/projects/elsewhere?x=1"
    names = {name.lower() for name, _ in arrived.headers}
    assert names.isdisjoint({"authorization", "cookie", "x-api-key", "proxy-authorization"})
    assert TOKEN.encode() not in repr(arrived).encode()
    assert arrived.header("X-Trace") == "t"  # not a credential: kept


async def test_the_token_stays_dropped_when_a_redirect_comes_back_to_the_first_origin(
    api: Api, server: LoopbackServer, other: LoopbackServer
) -> None:
    other.answer(redirect(302, f"{server.base_url}/v1/back"))
    server.reset(redirect_first(302, f"{other.base_url}/v1/away", Reply.json({})))
    await api.request("GET", "/v1/old")
    assert server.requests[-1].target == "/v1/back"
    assert server.requests[-1].header("Authorization") is None


async def test_more_than_five_redirects_is_a_fetch_error(api: Api, server: LoopbackServer) -> None:
    server.answer(redirect(302, "/v1/loop"))
    with pytest.raises(FetchError, match="more than 5 redirects"):
        await api.request("GET", "/v1/loop")
    assert len(server.requests) == 6


async def test_a_redirect_without_location_is_the_answer(api: Api, server: LoopbackServer) -> None:
    server.answer(Reply(302))
    result = await api.request("GET", "/v1/projects")
    assert (result.status, len(server.requests)) == (302, 1)


async def test_a_redirect_to_another_scheme_is_refused(api: Api, server: LoopbackServer) -> None:
    server.answer(redirect(302, "ftp://127.0.0.1/file"))
    with pytest.raises(FetchError, match="ftp"):
        await api.request("GET", "/v1/projects")


@pytest.mark.parametrize("location", ["http://127.0.0.1:99999/v1/x", "http://[::1/v1/x"])
async def test_a_location_that_is_not_a_url_is_a_fetch_error(
    api: Api, server: LoopbackServer, location: str
) -> None:
    # A port out of range, a broken IPv6 literal: the server's fault, so a FetchError, not the
    # ValueError urllib.parse raises (httpx refuses the broken IPv6 Location itself).
    server.answer(redirect(302, location))
    with pytest.raises(FetchError, match=r"not a valid URL|RemoteProtocolError"):
        await api.request("GET", "/v1/projects")
    assert len(server.requests) == 1


class HttpsFrontTransport:
    """A transport double at the network edge for ``https://api.test``, the only way to get an
    https answer without a certificate: it answers a 302 to the plain-http loopback server, and
    sends any other URL for real."""

    def __init__(self, location: str) -> None:
        self.location = location
        self.real = Urllib3Transport(urllib3.PoolManager())
        self.sent: list[str] = []

    def send(self, request: PreparedRequest) -> RawResponse:
        self.sent.append(request.url)
        if request.url.startswith("https://api.test/"):
            return RawResponse(302, Headers([("Location", self.location)]), b"")
        return self.real.send(request)

    def close(self) -> None:
        self.real.close()


def test_https_to_http_is_never_followed(server: LoopbackServer) -> None:
    front = HttpsFrontTransport(f"{server.base_url}/v1/projects")
    with (
        create_management_api_client(token=TOKEN, base_url="https://api.test", http_client=front) as client,
        pytest.raises(FetchError, match="https:// to http://") as caught,
    ):
        client.GET("/v1/projects")
    assert TOKEN not in str(caught.value)
    assert front.sent == ["https://api.test/v1/projects"]
    assert server.requests == []


async def test_a_redirected_log_stream_is_read_from_where_it_moved(api: Api, server: LoopbackServer) -> None:
    record = {"type": "log", "text": "hi\n", "byteStart": 0, "byteEnd": 3}

    def respond(request: RecordedRequest) -> Reply:
        if request.path.endswith("/old/logs"):
            # A streamed redirect answer: its connection is freed before the next request.
            return Reply(307, headers=[("Location", "/v1/deployments/new/logs")], chunks=iter([b"moved"]))
        return Reply.ndjson(ndjson_lines([record]))

    server.reset(respond)
    result = await api.call(
        "GET", "/v1/deployments/{deploymentId}/logs", params={"path": {"deploymentId": "old"}}
    )
    records = [item async for item in api.records(result.unwrap())]
    assert [r.text for r in records] == ["hi\n"]
    assert [r.target for r in server.requests] == ["/v1/deployments/old/logs", "/v1/deployments/new/logs"]
    assert server.requests[1].header("Accept") == "application/x-ndjson"
