"""The fake platform's HTTP engine and fault injection, over real loopback HTTP."""

from __future__ import annotations

import asyncio
import http.client
import json
import logging
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import AsyncIterator, Iterator

import pytest
import urllib3
from urllib3.exceptions import ProtocolError

from prisma_management_api.testing._engine import (
    App,
    FakeHTTPError,
    FakeRequest,
    FakeResponse,
    ServerThread,
    empty,
    error_code_for_status,
    json_response,
    ndjson_response,
)
from prisma_management_api.testing._faults import Faults

# Lets the streaming test hold the second NDJSON record back.
_release = threading.Event()


def _echo(request: FakeRequest) -> FakeResponse:
    return json_response(
        200,
        {
            "method": request.method,
            "route": request.route,
            "params": request.path_params,
            "query": request.query,
            "body": request.body.decode(),
            "contentType": request.content_type,
            "header": request.headers.get("x-probe"),
        },
    )


def _json_body(request: FakeRequest) -> FakeResponse:
    return json_response(201, {"got": request.json()})


def _form_body(request: FakeRequest) -> FakeResponse:
    return json_response(200, request.form())


def _boom(request: FakeRequest) -> FakeResponse:
    raise RuntimeError("secret internal detail")


def _conflict(request: FakeRequest) -> FakeResponse:
    raise FakeHTTPError(409, "already exists")


async def _slow(request: FakeRequest) -> FakeResponse:
    await asyncio.sleep(0.05)
    return json_response(200, {"slow": True})


def _logs(request: FakeRequest) -> FakeResponse:
    async def records() -> AsyncIterator[object]:
        yield {"line": 1}
        while not _release.is_set():  # hold the stream open until the test says
            await asyncio.sleep(0.005)
        yield {"line": 2}

    return ndjson_response(records())


def _make_app(faults: Faults) -> App:
    app = App("api", hook=faults)
    app.add_route("GET", "/v1/projects", _echo)
    app.add_route("POST", "/v1/projects", _echo)
    app.add_route("GET", "/v1/projects/{id}", _echo)
    app.add_route("GET", "/v1/projects/special", _echo)
    app.add_route("DELETE", "/v1/projects/{id}", lambda request: empty(204))
    app.add_route("POST", "/v1/json", _json_body)
    app.add_route("POST", "/v1/form", _form_body)
    app.add_route("GET", "/v1/boom", _boom)
    app.add_route("GET", "/v1/conflict", _conflict)
    app.add_route("GET", "/v1/slow", _slow)
    app.add_route("GET", "/v1/logs", _logs)
    app.add_route("GET", "/v1/bad-header", lambda request: FakeResponse(200, {"X-Bad": "a\r\nInjected: 1"}))
    return app


@pytest.fixture
def server(faults: Faults) -> Iterator[ServerThread]:
    _release.clear()
    with ServerThread([_make_app(faults)]) as running:
        yield running
    _release.set()


def _get(
    http: urllib3.PoolManager, server: ServerThread, path: str, **kw: object
) -> urllib3.BaseHTTPResponse:
    return http.request("GET", server.url("api") + path, **kw)  # type: ignore[arg-type]


def _raw(server: ServerThread, data: bytes, *, read_until_close: bool = True) -> bytes:
    """Send raw bytes; return what comes back until the server closes."""
    with socket.create_connection(("127.0.0.1", server.port("api")), timeout=5) as sock:
        sock.sendall(data)
        chunks: list[bytes] = []
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                break
            chunks.append(chunk)
            if not read_until_close:
                break
        return b"".join(chunks)


# --------------------------------------------------------------------------
# Routing and request parsing


def test_routes_params_query_headers(http: urllib3.PoolManager, server: ServerThread) -> None:
    response = _get(
        http, server, "/v1/projects/prj%2F1?limit=5&tag=a&tag=b&empty=", headers={"X-Probe": "yes"}
    )
    assert response.status == 200
    body = response.json()
    assert body["route"] == "/v1/projects/{id}"
    assert body["params"] == {"id": "prj/1"}  # decoded after splitting on "/"
    assert body["query"] == {"limit": ["5"], "tag": ["a", "b"], "empty": [""]}
    assert body["header"] == "yes"


def test_static_segment_beats_parameter(http: urllib3.PoolManager, server: ServerThread) -> None:
    body = _get(http, server, "/v1/projects/special").json()
    assert body["route"] == "/v1/projects/special"
    assert body["params"] == {}


def test_json_and_form_bodies(http: urllib3.PoolManager, server: ServerThread) -> None:
    base = server.url("api")
    response = http.request("POST", base + "/v1/json", json={"name": "x", "n": [1, 2]})
    assert response.status == 201
    assert response.json() == {"got": {"name": "x", "n": [1, 2]}}

    response = http.request(
        "POST",
        base + "/v1/form",
        body="a=1&b=two+words&b=%26",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert response.json() == {"a": ["1"], "b": ["two words", "&"]}


def test_invalid_json_is_400(http: urllib3.PoolManager, server: ServerThread) -> None:
    response = http.request("POST", server.url("api") + "/v1/json", body=b"{not json")
    assert response.status == 400
    assert response.json()["error"]["code"] == "client-error"


def test_unknown_route_is_404(http: urllib3.PoolManager, server: ServerThread) -> None:
    response = _get(http, server, "/v1/nothing-here")
    assert response.status == 404
    error = response.json()["error"]
    assert error["code"] == "resource-not-found"
    assert "/v1/nothing-here" in error["message"]


def test_wrong_method_is_405_with_allow(http: urllib3.PoolManager, server: ServerThread) -> None:
    response = http.request("PUT", server.url("api") + "/v1/projects/prj_1")
    assert response.status == 405
    assert response.json()["error"]["code"] == "client-error"
    assert response.headers["Allow"] == "DELETE, GET"


def test_handler_exception_is_500_without_traceback(
    http: urllib3.PoolManager, server: ServerThread, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR, logger="prisma_management_api.testing"):
        response = _get(http, server, "/v1/boom")
    assert response.status == 500
    error = response.json()["error"]
    assert error["code"] == "internal-server-error"
    assert "secret internal detail" not in response.data.decode()
    assert "Traceback" not in response.data.decode()
    assert "secret internal detail" in caplog.text  # but it is logged


def test_unserializable_response_is_500(http: urllib3.PoolManager, server: ServerThread) -> None:
    response = _get(http, server, "/v1/bad-header")
    assert response.status == 500
    assert "Injected" not in response.headers
    assert _get(http, server, "/v1/projects").status == 200


def test_fake_http_error_and_async_handler(http: urllib3.PoolManager, server: ServerThread) -> None:
    response = _get(http, server, "/v1/conflict")
    assert response.status == 409
    assert response.json() == {"error": {"code": "conflict", "message": "already exists"}}
    assert _get(http, server, "/v1/slow").json() == {"slow": True}


def test_204_has_no_body_nor_length(server: ServerThread) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", server.port("api"), timeout=5)
    connection.request("DELETE", "/v1/projects/prj_1")
    response = connection.getresponse()
    assert response.status == 204
    assert response.getheader("Content-Length") is None
    assert response.read() == b""
    connection.close()


def test_error_codes_by_status() -> None:
    expected = {
        400: "client-error",
        401: "authentication-failed",
        403: "permission-denied",
        404: "resource-not-found",
        409: "conflict",
        418: "client-error",
        422: "validation-error",
        429: "rate-limit-exceeded",
        500: "internal-server-error",
        503: "internal-server-error",
    }
    assert {status: error_code_for_status(status) for status in expected} == expected


def test_route_registration_errors() -> None:
    app = App("x")
    app.add_route("GET", "/v1/projects/{id}", _echo)
    with pytest.raises(ValueError, match="duplicate"):
        app.add_route("GET", "/v1/projects/{id}", _echo)
    with pytest.raises(ValueError, match="conflicts"):
        app.add_route("GET", "/v1/projects/{projectId}/x", _echo)
    with pytest.raises(ValueError, match="start with"):
        app.add_route("GET", "v1/projects", _echo)


async def test_app_handle_without_a_socket() -> None:
    app = _make_app(Faults())
    response = await app.handle(FakeRequest("GET", "/v1/projects/abc", "q=1"))
    assert response is not None
    assert json.loads(response.body)["params"] == {"id": "abc"}


# --------------------------------------------------------------------------
# HTTP/1.1 framing


def test_keep_alive_reuses_one_connection(server: ServerThread) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", server.port("api"), timeout=5)
    sockets: set[int] = set()
    for _ in range(5):
        connection.request("GET", "/v1/projects")
        response = connection.getresponse()
        assert response.status == 200
        assert response.getheader("Connection") is None
        response.read()
        sockets.add(id(connection.sock))
    assert len(sockets) == 1
    connection.close()


def test_connection_close_is_honoured(server: ServerThread) -> None:
    data = _raw(server, b"GET /v1/projects HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    assert data.startswith(b"HTTP/1.1 200 OK\r\n")
    assert b"\r\nConnection: close\r\n" in data  # and _raw returned: the server closed


def test_http_1_0_closes_after_response(server: ServerThread) -> None:
    data = _raw(server, b"GET /v1/projects HTTP/1.0\r\n\r\n")
    assert data.startswith(b"HTTP/1.1 200 OK\r\n")
    assert b"Connection: close" in data


def test_pipelined_requests_answered_in_order(server: ServerThread, faults: Faults) -> None:
    faults.inject_latency(0.05, "GET /v1/projects/{id}")
    request = (
        b"GET /v1/projects/first HTTP/1.1\r\nHost: x\r\n\r\n"
        b"GET /v1/projects/second HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
    )
    data = _raw(server, request)
    assert data.count(b"HTTP/1.1 200 OK") == 2
    assert data.index(b'"first"') < data.index(b'"second"')


def test_half_closed_client_still_gets_its_answer(server: ServerThread, faults: Faults) -> None:
    faults.inject_latency(0.05)  # the answer comes after the client's FIN
    with socket.create_connection(("127.0.0.1", server.port("api")), timeout=5) as sock:
        sock.sendall(b"GET /v1/projects HTTP/1.1\r\nHost: x\r\n\r\n")
        sock.shutdown(socket.SHUT_WR)
        data = b""
        while chunk := sock.recv(4096):
            data += chunk
    assert data.startswith(b"HTTP/1.1 200 OK\r\n")
    assert b"Connection: close" in data


def test_chunked_request_body(server: ServerThread) -> None:
    data = _raw(
        server,
        b"POST /v1/json HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
        b'5\r\n{"a":\r\n2\r\n1}\r\n0\r\n\r\n',
    )
    assert data.startswith(b"HTTP/1.1 201 Created")
    assert data.endswith(b'{"got":{"a":1}}')


def test_expect_100_continue(server: ServerThread) -> None:
    with socket.create_connection(("127.0.0.1", server.port("api")), timeout=5) as sock:
        sock.sendall(
            b"POST /v1/json HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nExpect: 100-continue\r\n\r\n"
        )
        assert sock.recv(100) == b"HTTP/1.1 100 Continue\r\n\r\n"
        sock.sendall(b"{}")
        assert sock.recv(4096).startswith(b"HTTP/1.1 201 Created")


def test_malformed_request_is_400_and_closed(server: ServerThread) -> None:
    data = _raw(server, b"NOT AN HTTP REQUEST\r\n\r\n")
    assert data.startswith(b"HTTP/1.1 400 Bad Request\r\n")
    assert b"Connection: close" in data
    assert json.loads(data.split(b"\r\n\r\n", 1)[1])["error"]["code"] == "client-error"


def test_oversized_body_is_413(server: ServerThread) -> None:
    data = _raw(server, b"POST /v1/json HTTP/1.1\r\nHost: x\r\nContent-Length: 999999999\r\n\r\n")
    assert data.startswith(b"HTTP/1.1 413 ")


def test_oversized_headers_are_431(server: ServerThread) -> None:
    data = _raw(server, b"GET /v1/projects HTTP/1.1\r\nX-Big: " + b"a" * 70_000 + b"\r\n\r\n")
    assert data.startswith(b"HTTP/1.1 431 ")


def test_ndjson_stream_arrives_incrementally(http: urllib3.PoolManager, server: ServerThread) -> None:
    response = http.request("GET", server.url("api") + "/v1/logs", preload_content=False)
    assert response.status == 200
    assert response.headers["Transfer-Encoding"] == "chunked"
    assert response.headers["Content-Type"] == "application/x-ndjson"
    chunks = response.read_chunked()
    # The generator is still waiting for _release: this chunk was flushed alone.
    assert json.loads(next(chunks)) == {"line": 1}
    _release.set()
    assert json.loads(next(chunks)) == {"line": 2}
    assert list(chunks) == []
    response.release_conn()
    # The connection is still usable after the stream ended.
    assert _get(http, server, "/v1/projects").status == 200


async def test_aiohttp_client_concurrency(server: ServerThread, faults: Faults) -> None:
    import aiohttp

    faults.inject_latency(0.05, "GET /v1/projects/{id}", times=10)
    connector = aiohttp.TCPConnector(limit=5)
    async with aiohttp.ClientSession(server.url("api"), connector=connector) as session:

        async def one(index: int) -> str:
            async with session.get(f"/v1/projects/p{index}") as response:
                assert response.status == 200
                params: dict[str, str] = (await response.json())["params"]
                return params["id"]

        ids = await asyncio.gather(*(one(i) for i in range(50)))
        async with session.get("/v1/logs") as response:
            _release.set()
            lines = [json.loads(line) async for line in response.content]
    assert ids == [f"p{i}" for i in range(50)]
    assert lines == [{"line": 1}, {"line": 2}]
    assert faults.counters.hits("GET /v1/projects/{id}") == 50


# --------------------------------------------------------------------------
# Server lifecycle


def test_two_apps_one_thread_and_idempotent_close(http: urllib3.PoolManager) -> None:
    first, second = App("api"), App("oauth")
    first.add_route("GET", "/which", lambda request: json_response(200, "api"))
    second.add_route("GET", "/which", lambda request: json_response(200, "oauth"))
    server = ServerThread([first, second]).start()
    assert server.url("api").startswith("http://127.0.0.1:")
    assert server.port("api") != server.port("oauth")
    assert first.base_url == server.url("api")
    assert http.request("GET", server.url("api") + "/which").json() == "api"
    assert http.request("GET", server.url("oauth") + "/which").json() == "oauth"
    assert server.call(threading.current_thread) is not threading.current_thread()
    port = server.port("api")
    server.close()
    server.close()
    assert not server.running
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=1).close()


def test_fixed_port_and_bind_failure() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free = probe.getsockname()[1]
    with ServerThread([App("api")], ports={"api": free}) as first:
        assert first.port("api") == free
        second = ServerThread([App("api")], ports={"api": free})
        with pytest.raises(OSError):
            second.start()
        assert not second.running
        second.close()


_SERVE_SCRIPT = """
from prisma_management_api.testing._engine import App, ServerThread, json_response
app = App("api")
app.add_route("GET", "/ping", lambda request: json_response(200, "pong"))
ServerThread([app]).serve_forever(lambda server: print(server.url("api"), flush=True))
print("closed", flush=True)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT delivery differs on Windows")
def test_serve_forever_until_ctrl_c(http: urllib3.PoolManager) -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", _SERVE_SCRIPT], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        assert http.request("GET", url + "/ping").json() == "pong"
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=10)
    finally:
        process.kill()
    assert process.returncode == 0, err
    assert out.strip() == "closed"


def test_close_with_open_stream_and_idle_connections(http: urllib3.PoolManager, faults: Faults) -> None:
    server = ServerThread([_make_app(faults)]).start()
    _release.clear()
    idle = http.request("GET", server.url("api") + "/v1/projects")  # leaves a kept-alive connection
    assert idle.status == 200
    stream = http.request("GET", server.url("api") + "/v1/logs", preload_content=False)
    chunks = stream.read_chunked()
    assert next(chunks) == b'{"line":1}\n'
    started = time.perf_counter()
    server.close(timeout=30)  # a close that waited for the open stream would take all of it
    assert time.perf_counter() - started < 15
    with pytest.raises(ProtocolError):  # the stream is cut, not completed
        list(chunks)


# --------------------------------------------------------------------------
# Faults


def test_injected_status_with_retry_after(
    http: urllib3.PoolManager, server: ServerThread, faults: Faults
) -> None:
    faults.inject_status(429, "GET /v1/projects", retry_after=2)
    response = _get(http, server, "/v1/projects")
    assert response.status == 429
    assert response.headers["Retry-After"] == "2"
    assert response.json()["error"]["code"] == "rate-limit-exceeded"
    assert _get(http, server, "/v1/projects").status == 200  # times=1 by default


def test_injected_status_without_retry_after(
    http: urllib3.PoolManager, server: ServerThread, faults: Faults
) -> None:
    faults.inject_status(429, "/v1/projects")
    response = _get(http, server, "/v1/projects")
    assert response.status == 429
    assert "Retry-After" not in response.headers


@pytest.mark.parametrize(
    ("status", "code"),
    [
        (400, "client-error"),
        (401, "authentication-failed"),
        (403, "permission-denied"),
        (404, "resource-not-found"),
        (409, "conflict"),
        (422, "validation-error"),
        (500, "internal-server-error"),
        (503, "internal-server-error"),
    ],
)
def test_injected_status_codes(
    http: urllib3.PoolManager, server: ServerThread, faults: Faults, status: int, code: str
) -> None:
    faults.inject_status(status)
    response = _get(http, server, "/v1/projects")
    assert response.status == status
    assert response.json()["error"]["code"] == code


def test_times_counts_per_route_and_method(
    http: urllib3.PoolManager, server: ServerThread, faults: Faults
) -> None:
    fault = faults.inject_status(503, "POST /v1/projects", times=2)
    base = server.url("api")
    assert http.request("GET", base + "/v1/projects").status == 200  # other method untouched
    assert [http.request("POST", base + "/v1/projects").status for _ in range(3)] == [503, 503, 200]
    assert fault.applied == 2 and fault.remaining == 0
    assert faults.pending() == []


def test_fault_on_template_any_param_name_and_literal_path(
    http: urllib3.PoolManager, server: ServerThread, faults: Faults
) -> None:
    faults.inject_status(500, "GET /v1/projects/{projectId}")
    assert _get(http, server, "/v1/projects/a").status == 500
    faults.inject_status(502, "/v1/projects/only-this-one")
    assert _get(http, server, "/v1/projects/other").status == 200
    assert _get(http, server, "/v1/projects/only-this-one").status == 502


def test_forever_until_cleared(http: urllib3.PoolManager, server: ServerThread, faults: Faults) -> None:
    faults.inject_status(503, times=None)
    assert [_get(http, server, "/v1/projects").status for _ in range(3)] == [503] * 3
    assert _get(http, server, "/v1/nowhere").status == 503  # global faults hit unknown routes too
    faults.clear()
    assert _get(http, server, "/v1/projects").status == 200


def test_latency_does_not_block_other_requests(
    http: urllib3.PoolManager, server: ServerThread, faults: Faults
) -> None:
    faults.inject_latency(3.0, "GET /v1/projects/{id}")
    results: dict[str, float] = {}

    def slow() -> None:
        started = time.perf_counter()
        assert _get(http, server, "/v1/projects/x").status == 200
        results["slow"] = time.perf_counter() - started

    thread = threading.Thread(target=slow)
    thread.start()
    # The slow request is being delayed once the server has counted it (not after a guessed sleep).
    deadline = time.monotonic() + 30
    while faults.counters.hits("GET /v1/projects/{id}") == 0:
        assert time.monotonic() < deadline, "the slow request never reached the server"
        time.sleep(0.01)
    assert _get(http, server, "/v1/projects").status == 200
    answered_first = "slow" not in results  # the fast answer came while the slow one waited
    thread.join(30)
    assert results["slow"] >= 3.0
    assert answered_first


def test_latency_then_status_on_same_request(
    http: urllib3.PoolManager, server: ServerThread, faults: Faults
) -> None:
    faults.inject_latency(0.1)
    faults.inject_status(503)
    started = time.perf_counter()
    assert _get(http, server, "/v1/projects").status == 503
    assert time.perf_counter() - started >= 0.1


def test_connection_reset(http: urllib3.PoolManager, server: ServerThread, faults: Faults) -> None:
    faults.inject_reset("GET /v1/projects")
    with pytest.raises(ProtocolError) as raised:
        _get(http, server, "/v1/projects")
    assert isinstance(raised.value.args[1], ConnectionResetError)
    assert _get(http, server, "/v1/projects").status == 200


def test_counters_count_before_faults(
    http: urllib3.PoolManager, server: ServerThread, faults: Faults
) -> None:
    faults.inject_status(503, "GET /v1/projects/{id}")
    faults.inject_reset("POST /v1/projects")
    _get(http, server, "/v1/projects/a")
    _get(http, server, "/v1/projects/b")
    with pytest.raises(ProtocolError):
        http.request("POST", server.url("api") + "/v1/projects")
    _get(http, server, "/v1/missing")
    counters = faults.counters
    assert counters.hits("GET /v1/projects/{id}") == 2
    assert counters.hits("GET /v1/projects/{projectId}") == 2  # parameter names don't matter
    assert counters.hits("POST /v1/projects") == 1
    assert counters.hits("GET <no route>") == 1  # unknown paths share one key
    assert counters.hits() == 4
    assert counters.snapshot()["hits"]["GET /v1/projects/{id}"] == 2
    counters.reset()
    assert counters.hits() == 0


def test_fault_argument_validation(faults: Faults) -> None:
    with pytest.raises(ValueError):
        faults.inject_status(99)
    with pytest.raises(ValueError):
        faults.inject_status(503, times=0)
    with pytest.raises(ValueError):
        faults.inject_latency(-1)
    with pytest.raises(ValueError):
        faults.inject_reset("projects")
    fault = faults.inject_status(500, "GET /v1/x", times=None)
    faults.remove(fault)
    assert faults.pending() == []
