"""Hostile answers on every client flavour, against servers written byte by byte on loopback: bodies
larger than ``max_response_size``, gzip bombs, a server trickling its answer past the call's
deadline, a TLS handshake that fails, and headers the HTTP library refuses to send."""

from __future__ import annotations

import gzip
import json
import math
import socket
import threading
import time
import tracemalloc
import zlib
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from support.clients import Api, make_api
from support.hostile import Answer, RawServer, TlsServer, chunk, head
from support.loopback import LoopbackServer

from prisma_management_api import (
    APIConnectionError,
    APITimeoutError,
    AsyncManagementApiClient,
    FetchError,
    ManagementApiClient,
    ResponseParseError,
    ResponseTooLargeError,
    RetryPolicy,
    Timeout,
    create_async_management_api_client,
    create_management_api_client,
)
from prisma_management_api._core import PreparedRequest
from prisma_management_api._pipeline import Flow, FlowFactory, Middleware

KB = 1024
MB = 1024 * KB


def json_body(size: int) -> bytes:
    """A JSON document of exactly ``size`` bytes: ``{"data":"xxx..."}``."""
    return b'{"data":"' + b"x" * (size - 11) + b'"}'


def answer_with(body: bytes, *, chunked: bool = False, encoding: str | None = None) -> Answer:
    extra = (("Content-Encoding", encoding),) if encoding else ()
    # Made here, not in the server's thread: a copy of the body made while a test measures the
    # client's memory would be counted too, for as long as that thread happens to keep it.
    whole = head(200, (*extra, ("Content-Length", str(len(body))))) + body

    def answer(conn: socket.socket, stopping: threading.Event) -> None:
        if not chunked:
            conn.sendall(whole)
            return
        conn.sendall(head(200, (*extra, ("Transfer-Encoding", "chunked"))))
        for start in range(0, len(body), 64 * KB):
            conn.sendall(chunk(body[start : start + 64 * KB]))
        conn.sendall(b"0\r\n\r\n")

    return answer


def clone(api: Api, **options: object) -> Api:
    """``api`` through ``client.with_options(**options)`` (sharing its connections)."""
    return Api(api.flavour, api.client.with_options(**options), None)  # type: ignore[arg-type]


# --- item 11: the size of an answer --------------------------------------------------------------


@pytest.mark.parametrize("framing", ["content-length", "chunked"])
async def test_a_body_over_max_response_size_is_a_typed_error_and_not_retried(
    apis: Callable[..., Api], framing: str
) -> None:
    with RawServer(answer_with(json_body(300 * KB), chunked=framing == "chunked")) as server:
        api = apis(base_url=server.base_url, max_response_size=100 * KB, max_retries=2)
        with pytest.raises(ResponseTooLargeError) as caught:
            await api.request("GET", "/v1/untyped", params={"query": {"secret": "q"}})
    error = caught.value
    assert isinstance(error, FetchError) and not isinstance(error, APIConnectionError)
    assert error.limit == 100 * KB
    assert (
        str(error)
        == f"the answer to GET {server.base_url}/v1/untyped is larger than max_response_size=102400 bytes"
    )
    assert server.requests == 1  # a too-large answer is not asked for again


async def test_a_body_at_the_limit_is_read_whole_and_the_client_goes_on(apis: Callable[..., Api]) -> None:
    body = json_body(100 * KB)
    with RawServer(answer_with(body, chunked=True)) as server:
        api = apis(base_url=server.base_url, max_response_size=len(body))
        result = await api.request("GET", "/v1/untyped")
        assert result.response.content == body
        assert result.data == json.loads(body)
    with RawServer(answer_with(json_body(len(body) + 1))) as server:
        api = apis(base_url=server.base_url, max_response_size=len(body))
        with pytest.raises(ResponseTooLargeError):
            await api.request("GET", "/v1/untyped")
    with RawServer(answer_with(b"{}")) as server:
        api = apis(base_url=server.base_url, max_response_size=len(body))
        assert (await api.request("GET", "/v1/untyped")).data == {}


async def test_with_options_sets_the_limit_per_call_and_none_lifts_it(apis: Callable[..., Api]) -> None:
    body = json_body(300 * KB)
    with RawServer(answer_with(body, chunked=True)) as server:
        api = apis(base_url=server.base_url, max_response_size=100 * KB)
        unlimited = clone(api, max_response_size=None)
        assert (await unlimited.request("GET", "/v1/untyped")).response.content == body
        with pytest.raises(ResponseTooLargeError) as caught:
            await clone(unlimited, max_response_size=1000).request("GET", "/v1/untyped")
        assert caught.value.limit == 1000
        with pytest.raises(ResponseTooLargeError):
            await api.request("GET", "/v1/untyped")  # the original keeps its own limit
    assert api.client.max_response_size == 100 * KB
    assert unlimited.client.max_response_size is None


async def test_an_error_answer_to_a_streamed_call_is_read_within_the_limit(apis: Callable[..., Api]) -> None:
    """A log stream is not capped in total, but an error answer to it is read whole: capped."""

    def huge_error(conn: socket.socket, stopping: threading.Event) -> None:
        conn.sendall(head(500, (("Transfer-Encoding", "chunked"),)))
        for _ in range(5):
            conn.sendall(chunk(b" " * (64 * KB)))
        conn.sendall(chunk(b'{"error": {"code": "x", "message": "y"}}') + b"0\r\n\r\n")

    logs = "/v1/deployments/{deploymentId}/logs"
    with RawServer(huge_error) as server:
        api = apis(base_url=server.base_url, max_response_size=100 * KB)
        with pytest.raises(ResponseTooLargeError):
            await api.call("GET", logs, params={"path": {"deploymentId": "dep_1"}})
        lifted = clone(api, max_response_size=None)
        result = await lifted.call("GET", logs, params={"path": {"deploymentId": "dep_1"}})
    assert result.response.status == 500 and result.error.error.code == "x"


@pytest.mark.parametrize("bad", [0, -1, 1.5, "1MB", True])
def test_the_default_limit_is_32_mib_and_bad_limits_are_refused(bad: object) -> None:
    for create in (create_management_api_client, create_async_management_api_client):
        assert create(token="t").max_response_size == 32 * MB
        with pytest.raises(ValueError, match="max_response_size must be a positive number of bytes"):
            create(token="t", max_response_size=bad)  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="max_response_size"):
            create(token="t").with_options(max_response_size=bad)  # type: ignore[arg-type]


def test_memory_is_at_most_three_times_the_body() -> None:
    """Peak Python memory of a 20 MB answer read through ``request()``: the body, its parsed
    value, and one transient copy (json decodes the bytes to a str before parsing)."""
    body = json_body(20 * MB)
    with RawServer(answer_with(body)) as server:
        client = create_management_api_client(base_url=server.base_url, max_retries=0)
        client.request("GET", "/warm-up")  # imports and pools outside the measurement
        tracemalloc.start()
        try:
            result = client.request("GET", "/v1/untyped")
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        client.close()
    assert len(result.data["data"]) == len(body) - 11
    assert peak < 3.2 * len(body), f"peak {peak / len(body):.2f}x the body"


# --- item 12: compression ------------------------------------------------------------------------


async def test_gzip_is_advertised_and_decoded(apis: Callable[..., Api], server: LoopbackServer) -> None:
    api = apis(base_url=server.base_url)
    await api.request("GET", "/v1/untyped")
    assert server.last.header("Accept-Encoding") == "gzip"
    document = {"data": [{"id": f"proj_{n}"} for n in range(2000)]}
    packed = gzip.compress(json.dumps(document).encode())
    for framing in ("content-length", "chunked"):
        with RawServer(answer_with(packed, chunked=framing == "chunked", encoding="gzip")) as raw:
            result = await apis(base_url=raw.base_url).request("GET", "/v1/untyped")
        assert result.data == document
        assert result.response.content == json.dumps(document).encode()  # decoded, as the library would


@pytest.fixture(scope="module")
def gzip_bomb() -> bytes:
    """200 MiB of zeros in about 200 KB of gzip."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    zeros = bytes(MB)
    return b"".join([packer.compress(zeros) for _ in range(200)]) + packer.flush()


@pytest.mark.parametrize("asked", ["gzip", "identity"])
async def test_a_gzip_bomb_stops_at_the_limit_whatever_was_asked(
    apis: Callable[..., Api], gzip_bomb: bytes, asked: str
) -> None:
    assert len(gzip_bomb) < 300 * KB
    with RawServer(answer_with(gzip_bomb, chunked=True, encoding="gzip")) as server:
        api = apis(base_url=server.base_url, max_response_size=MB)
        tracemalloc.start()
        try:
            with pytest.raises(ResponseTooLargeError) as caught:
                # identity: the server compresses anyway, and urllib3 would decode it unbounded.
                await api.request("GET", "/v1/untyped", headers={"Accept-Encoding": asked})
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert caught.value.limit == MB
    assert peak < 16 * MB, f"decoding the bomb took {peak / MB:.0f} MiB"


@pytest.mark.parametrize(
    ("encoding", "body", "message"),
    [
        ("br", b"\x1b\x00", "answered with Content-Encoding 'br', which the SDK does not decode"),
        (
            "gzip",
            b"\x1f\x8b\x08\x00garbage-not-deflate",
            "answered with a gzip body that could not be decoded",
        ),
        ("gzip", gzip.compress(b'{"data": 1}')[:-12], "answered with a gzip body that could not be decoded"),
    ],
    ids=["unknown-coding", "corrupt", "truncated"],
)
async def test_a_body_that_cannot_be_decoded_is_a_parse_error(
    apis: Callable[..., Api], encoding: str, body: bytes, message: str
) -> None:
    with RawServer(answer_with(body, encoding=encoding)) as server:
        api = apis(base_url=server.base_url, max_retries=2)
        with pytest.raises(ResponseParseError, match=message):
            await api.request("GET", "/v1/untyped")
    assert server.requests == 1


# --- item 14: a deadline for the whole call ------------------------------------------------------


def trickle(conn: socket.socket, stopping: threading.Event) -> None:
    """A valid answer, one byte every 0.2 s: no read ever times out."""
    conn.sendall(head(200, (("Content-Length", "1000"),)))
    for _ in range(1000):
        conn.sendall(b" ")
        if stopping.wait(0.2):
            return


async def test_a_trickling_server_is_cut_off_at_the_deadline_and_not_retried(
    apis: Callable[..., Api],
) -> None:
    with RawServer(trickle) as server:
        api = apis(base_url=server.base_url, timeout=Timeout(60, total=1.0), max_retries=2)
        started = time.monotonic()
        with pytest.raises(
            APITimeoutError, match=r"did not complete within its deadline \(Timeout total=1 s\)"
        ):
            await api.request("GET", "/v1/untyped")
        elapsed = time.monotonic() - started
    assert 1.0 <= elapsed < 30.0  # read timeouts of 60 s never fire; the deadline does
    assert server.requests == 1


async def test_the_deadline_is_per_call_and_covers_retries_and_backoff(apis: Callable[..., Api]) -> None:
    def unavailable(conn: socket.socket, stopping: threading.Event) -> None:
        conn.sendall(head(503, (("Retry-After", "0.6"), ("Content-Length", "2"))) + b"{}")

    with RawServer(unavailable) as server:
        api = apis(base_url=server.base_url, max_retries=50)
        bounded = clone(api, timeout=Timeout(5, total=1.5))
        started = time.monotonic()
        try:
            result = await bounded.request("GET", "/v1/untyped")
        except APITimeoutError:
            # On a loaded machine the last attempt itself can run into the deadline: still ended
            # by the deadline, which is the point.
            result = None
        elapsed = time.monotonic() - started
    # Waits of 0.6 s: a third would end after the deadline, so the last 503 comes back at once
    # (not after the fifty retries asked for, 30 s of waits; the bound leaves a loaded machine
    # time for its round trips).
    assert elapsed < 15.0
    assert 1 <= server.requests <= 3
    if result is not None:
        assert result.response.status == 503
        assert server.requests == result.retries + 1


@pytest.mark.parametrize("bad", [0, -1.0, math.nan, math.inf, "1"])
def test_a_total_timeout_must_be_positive_and_finite(bad: object) -> None:
    with pytest.raises(ValueError, match="timeout total must be a positive, finite number of seconds"):
        Timeout(10, total=bad)  # type: ignore[arg-type]


def test_a_number_as_a_per_call_timeout_keeps_the_clients_deadline() -> None:
    client = create_management_api_client(token="t", timeout=Timeout(10, total=30))
    before = time.monotonic()
    request = client._config.prepare("GET", "/v1/untyped", None, None, None, 5)
    after = time.monotonic()
    assert request.timeout == Timeout(5, total=30)
    assert request.deadline is not None and before + 30 <= request.deadline <= after + 30
    assert client._config.prepare("GET", "/v1/untyped", None, None, None, None).deadline is not None
    assert (
        create_management_api_client(token="t")._config.prepare("GET", "/", None, None, None, None).deadline
        is None
    )


# --- item 16: what failed before anything was sent ---------------------------------------------


async def test_a_failed_tls_handshake_was_not_sent_so_even_a_post_is_retried(flavour: str) -> None:
    with TlsServer() as server:
        api = make_api(
            flavour, token="t", base_url=server.base_url, max_retries=RetryPolicy(1, initial_delay=0.01)
        )
        try:
            with pytest.raises(APIConnectionError) as caught:
                await api.request("POST", "/v1/untyped", body={"name": "x"})
        finally:
            await api.close()
    assert caught.value.request_sent is False
    assert not isinstance(caught.value, APITimeoutError)
    assert server.connections == 2  # the POST was tried again: it had provably not left


def silent(conn: socket.socket, stopping: threading.Event) -> None:
    """Never reached: the client's TLS hello has no end of headers, so the server waits for more."""


async def test_a_tls_handshake_that_times_out_was_not_sent_either(flavour: str) -> None:
    with RawServer(silent) as server:  # accepts, then never answers the TLS hello
        api = make_api(
            flavour,
            token="t",
            base_url=f"https://127.0.0.1:{server.port}",
            timeout=Timeout(30, connect=0.5),
            max_retries=RetryPolicy(1, initial_delay=0.01),
        )
        try:
            with pytest.raises(APITimeoutError) as caught:
                await api.request("POST", "/v1/untyped", body={"name": "x"})
        finally:
            await api.close()
    assert caught.value.request_sent is False
    assert server.connections == 2  # the POST was tried again


def add_header(name: str, value: str) -> Middleware:
    """A middleware adding a header after the client checked the call's headers."""

    def middleware(request: PreparedRequest, inner: FlowFactory) -> Flow:
        return inner(request._replace(headers={**request.headers, name: value}))

    return middleware


async def test_a_header_the_http_library_refuses_is_a_value_error_never_sent(
    flavour: str, server: LoopbackServer
) -> None:
    kwargs: dict[str, Any] = {
        "base_url": server.base_url,
        "max_retries": 2,
        "middlewares": [add_header("X-Signature", "s3cr3t-value\r\nInjected: 1")],
    }
    own: Any = None
    if flavour == "sync-httpx":
        own = kwargs["http_client"] = httpx.Client(trust_env=False)
    elif flavour == "async-httpx":
        own = kwargs["http_client"] = httpx.AsyncClient(trust_env=False)
    client = (AsyncManagementApiClient if flavour.startswith("async") else ManagementApiClient)(**kwargs)
    api = Api(flavour, client, own)
    try:
        with pytest.raises(ValueError, match="header 'X-Signature' contains a line break") as caught:
            await api.request("GET", "/v1/untyped")
    finally:
        await api.close()
    assert not isinstance(caught.value, FetchError)
    assert "s3cr3t" not in str(caught.value) and caught.value.__cause__ is None
    assert server.requests == []
