"""The fake holds up against hostile clients: bounded memory under pipelining, idle connections
closed, bounded counters and code tables, deeply nested JSON refused with a 400.

Everything runs over real loopback sockets. Waits are for the event itself (a socket closing,
the server pausing), with generous deadlines: nothing here depends on how fast a thread runs.
"""

from __future__ import annotations

import base64
import contextlib
import json
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from urllib.parse import urlencode

import pytest
import urllib3

from prisma_management_api._generated.operations import OPERATIONS
from prisma_management_api.testing import FakePrismaPlatform, pkce_s256
from prisma_management_api.testing._api import validation_status
from prisma_management_api.testing._engine import (
    App,
    FakeRequest,
    FakeResponse,
    ServerThread,
    _Connection,  # pyright: ignore[reportPrivateUsage]
    json_response,
)
from prisma_management_api.testing._faults import NO_ROUTE, Faults
from prisma_management_api.testing._validation import MAX_JSON_DEPTH

from .fixtures_fake import oauth_tokens

_ANSWER = b"x" * 8192  # each answer is ~8 KiB: 3,000 unread answers would be ~24 MiB


def _big(request: FakeRequest) -> FakeResponse:
    return FakeResponse(200, {"Content-Type": "application/octet-stream"}, _ANSWER)


def _wait_for(condition: Callable[[], bool], timeout: float = 30.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.02)


@pytest.fixture
def big_server(faults: Faults) -> Iterator[ServerThread]:
    app = App("api", hook=faults)
    app.add_route("GET", "/big", _big)
    app.add_route("GET", "/small", lambda request: json_response(200, {"ok": True}))
    with ServerThread([app]) as running:
        yield running


def _backlog(server: ServerThread) -> list[tuple[int, int, bool]]:
    """Per open connection: bytes waiting in the write buffer, queued requests, still reading."""

    def read() -> list[tuple[int, int, bool]]:
        found: list[tuple[int, int, bool]] = []
        for connection in server._connections:  # pyright: ignore[reportPrivateUsage]
            assert isinstance(connection, _Connection)
            transport = connection._transport  # pyright: ignore[reportPrivateUsage]
            buffered = transport.get_write_buffer_size() if transport is not None else 0
            found.append((buffered, len(connection._queue), connection._reading))  # pyright: ignore[reportPrivateUsage]
        return found

    return server.call(read)


def _read_answers(sock: socket.socket, count: int, body_size: int) -> int:
    """Read ``count`` pipelined answers of ``body_size`` bytes each; return how many arrived whole."""
    sock.settimeout(30)
    stream = sock.makefile("rb")
    got = 0
    for _ in range(count):
        status = stream.readline()
        if not status.startswith(b"HTTP/1.1 200"):
            break
        length = 0
        while (line := stream.readline()) not in (b"\r\n", b""):
            name, _, value = line.partition(b":")
            if name.lower() == b"content-length":
                length = int(value)
        if length != body_size or len(stream.read(length)) != body_size:
            break
        got += 1
    return got


def test_a_client_that_pipelines_without_reading_gets_a_bounded_buffer(big_server: ServerThread) -> None:
    requests = 3000
    request = b"GET /big HTTP/1.1\r\nHost: x\r\n\r\n"
    sock = socket.create_connection(("127.0.0.1", big_server.port("api")), timeout=60)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 64 * 1024)  # the client reads nothing
    sender = threading.Thread(target=sock.sendall, args=(request * requests,), daemon=True)
    sender.start()
    try:
        # The server answers until its write buffer fills, then stops answering AND reading.
        _wait_for(
            lambda: any(not reading for _, _, reading in _backlog(big_server)),
            what="the server to stop reading from a client that does not read",
        )
        time.sleep(0.5)  # give an unbounded server the time to show its growth
        buffered, queued, _ = _backlog(big_server)[0]
        # Bounded: the transport's high-water mark plus one answer, and at most one read's worth
        # (256 KiB) of queued requests, against ~24 MiB of answers and 3,000 requests asked for.
        assert buffered <= 64 * 1024 + len(_ANSWER) + 512
        assert queued <= 256 * 1024 // len(request) + 32
        # Nothing is lost: once the client reads, every answer arrives, in full and in order.
        assert _read_answers(sock, requests, len(_ANSWER)) == requests
    finally:
        sock.close()
        sender.join(30)


def test_pipelining_behind_a_slow_answer_stops_reading(big_server: ServerThread, faults: Faults) -> None:
    faults.inject_latency(2.0, "GET /small", times=1)
    request = b"GET /small HTTP/1.1\r\nHost: x\r\n\r\n"
    with socket.create_connection(("127.0.0.1", big_server.port("api")), timeout=30) as sock:
        sender = threading.Thread(target=sock.sendall, args=(request * 20000,), daemon=True)
        sender.start()
        _wait_for(lambda: any(not r for _, _, r in _backlog(big_server)), what="reading to pause")
        _, queued, _ = _backlog(big_server)[0]
        assert queued <= 256 * 1024 // len(request) + 32  # not the 20,000 sent
        sock.settimeout(60)
        received = bytearray()
        while received.count(b"HTTP/1.1 200 OK\r\n") < 20000 and (chunk := sock.recv(1 << 16)):
            received += chunk
        assert received.count(b"HTTP/1.1 200 OK\r\n") == 20000  # every one answered, once
        sender.join(30)


@contextlib.contextmanager
def _loop_held(server: ServerThread) -> Iterator[None]:
    """The server's loop blocked for the duration: what a client does meanwhile waits in the
    kernel (its connection in the listen backlog, its bytes in the socket buffer), so the server
    finds it all at once, however slowly the client's thread was scheduled."""
    held, release = threading.Event(), threading.Event()

    def hold() -> None:
        held.set()
        release.wait(60)

    server.loop.call_soon_threadsafe(hold)
    assert held.wait(30), "the server's loop did not run"
    try:
        yield
    finally:
        release.set()


def test_idle_connections_are_closed(faults: Faults) -> None:
    app = App("api", hook=faults)
    app.add_route("GET", "/small", lambda request: json_response(200, {"ok": True}))
    with ServerThread([app], idle_timeout=0.5) as server:
        with socket.create_connection(("127.0.0.1", server.port("api")), timeout=30) as silent:
            assert silent.recv(1) == b""  # closed by the server, without an answer
        # The request is sent before the server accepts the connection, so it is there when the
        # idle timer starts: no race with the timer, whatever the load on this machine.
        with _loop_held(server):
            kept = socket.create_connection(("127.0.0.1", server.port("api")), timeout=30)
            kept.sendall(b"GET /small HTTP/1.1\r\nHost: x\r\n\r\n")
        with kept:
            data = b""
            while chunk := kept.recv(4096):  # the answer, then the close once idle
                data += chunk
        assert data.startswith(b"HTTP/1.1 200 OK") and data.endswith(b'{"ok":true}')
        _wait_for(lambda: _backlog(server) == [], what="the server to forget both connections")


def test_a_slow_answer_is_not_idleness(faults: Faults) -> None:
    app = App("api", hook=faults)
    app.add_route("GET", "/small", lambda request: json_response(200, {"ok": True}))
    faults.inject_latency(1.5, "GET /small")  # three idle timeouts long
    with ServerThread([app], idle_timeout=0.5) as server:
        http = urllib3.PoolManager(retries=False, timeout=30)
        assert http.request("GET", server.url("api") + "/small").json() == {"ok": True}


def test_idle_timeout_is_validated() -> None:
    for bad in (0, -1, float("nan"), float("inf")):
        with pytest.raises(ValueError, match="idle_timeout"):
            ServerThread([App("api")], idle_timeout=bad)


def test_requests_to_unknown_paths_share_one_counter(fake: FakePrismaPlatform) -> None:
    http = urllib3.PoolManager(retries=False)
    for index in range(300):
        assert http.request("GET", f"{fake.api_url}/v1/nothing-{index}").status == 404
    hits = fake.counters.snapshot()["hits"]
    assert hits == {f"GET {NO_ROUTE}": 300}
    assert fake.counters.hits(f"GET {NO_ROUTE}") == 300


def test_expired_authorization_codes_are_forgotten(fake: FakePrismaPlatform) -> None:
    http = urllib3.PoolManager(retries=False)
    ttl = fake.oauth.config.code_ttl
    for _ in range(3):  # codes nobody exchanges, in waves two lifetimes apart
        for _ in range(200):
            _authorize_only(fake, http)
        fake.advance(2 * ttl + 1)
    assert len(fake.oauth._codes) <= 2 * 200 + 64  # pyright: ignore[reportPrivateUsage]
    # A fresh login still works end to end.
    assert "access_token" in oauth_tokens(fake, http)


def _authorize_only(fake: FakePrismaPlatform, http: urllib3.PoolManager) -> None:
    query = urlencode(
        {
            "response_type": "code",
            "client_id": fake.client_id,
            "redirect_uri": "http://127.0.0.1/callback",
            "scope": "workspace:admin offline_access",
            "code_challenge": pkce_s256("v" * 43),
            "code_challenge_method": "S256",
        }
    )
    answer = http.request("GET", f"{fake.auth_url}/authorize?{query}", redirect=False)
    assert answer.status == 302 and "code=" in answer.headers["Location"]


@pytest.fixture
def fake() -> Iterator[FakePrismaPlatform]:
    with FakePrismaPlatform(provisioning_delay=0) as platform:
        yield platform


def _nested(depth: int) -> bytes:
    return b'{"name": ' + b"[" * depth + b"]" * depth + b"}"


@pytest.mark.parametrize("depth", [MAX_JSON_DEPTH + 1, 5_000, 200_000])
def test_deeply_nested_json_is_a_400_validation_error(fake: FakePrismaPlatform, depth: int) -> None:
    http = urllib3.PoolManager(retries=False)
    headers = {"Authorization": f"Bearer {fake.service_token}", "Content-Type": "application/json"}
    for key, path in (
        ("POST /v1/databases", "/v1/databases"),
        ("PATCH /v1/projects/{id}", f"/v1/projects/{_project(fake)}"),
    ):
        answer = http.request(key.split()[0], fake.api_url + path, body=_nested(depth), headers=headers)
        # 400 where the operation documents it (POST /v1/databases), else its documented
        # validation status (PATCH /v1/projects/{id} documents 422 only).
        documented = OPERATIONS[key].responses
        assert answer.status == (400 if 400 in documented else validation_status(key)), answer.data[:200]
        error = answer.json()["error"]
        assert error["code"] == "validation-error"
        assert str(MAX_JSON_DEPTH) in error["message"]
    assert len(fake.state.projects) == 1  # nothing created, nothing changed
    assert next(iter(fake.state.projects.values())).name == "limits"


def test_nesting_within_the_limit_is_read_and_checked(fake: FakePrismaPlatform) -> None:
    http = urllib3.PoolManager(retries=False)
    headers = {"Authorization": f"Bearer {fake.service_token}", "Content-Type": "application/json"}
    within = _nested(MAX_JSON_DEPTH - 1)  # the limit counts the outer object too
    answer = http.request("POST", fake.api_url + "/v1/projects", body=within, headers=headers)
    # Read, then refused by the schema (a name is a string), not for its depth.
    assert answer.status == validation_status("POST /v1/projects")
    assert answer.json()["error"]["message"].startswith("body.name:")
    body = json.dumps({"name": "x"})
    assert http.request("POST", fake.api_url + "/v1/projects", body=body, headers=headers).status == 201


def test_a_token_of_deeply_nested_json_is_a_401(fake: FakePrismaPlatform) -> None:
    segment = base64.urlsafe_b64encode(b"[" * 20_000).rstrip(b"=").decode()
    token = f"{segment}.{segment}.c2ln"
    http = urllib3.PoolManager(retries=False)
    answer = http.request("GET", fake.api_url + "/v1/projects", headers={"Authorization": f"Bearer {token}"})
    assert answer.status == 401


def _project(fake: FakePrismaPlatform) -> str:
    if not fake.state.projects:
        http = urllib3.PoolManager(retries=False)
        headers = {"Authorization": f"Bearer {fake.service_token}", "Content-Type": "application/json"}
        created = http.request(
            "POST", fake.api_url + "/v1/projects", body=b'{"name":"limits"}', headers=headers
        )
        assert created.status == 201
    return next(iter(fake.state.projects))


_SERVE = """
import sys
from prisma_management_api.testing import FakePrismaPlatform
fake = FakePrismaPlatform()
print(fake.api_url.rsplit(":", 1)[1], flush=True)
sys.stdin.readline()
fake.close()
"""


def _rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/PID/status")
def test_the_fake_process_stays_small_under_a_pipelining_flood() -> None:
    # The fake in its own process; one client sends requests for 10 s and reads no answer. Before
    # backpressure the server read ~35,000 requests a second and grew by ~6 MB a second.
    server = subprocess.Popen(
        [sys.executable, "-c", _SERVE], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None and server.stdin is not None
        port = int(server.stdout.readline())
        before = _rss_mb(server.pid)
        burst = b"GET /v1/projects HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer nope\r\n\r\n" * 1000
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as sock:
            stop = time.monotonic() + 10
            while time.monotonic() < stop:
                with contextlib.suppress(TimeoutError, socket.timeout):
                    sock.sendall(burst)
            grown = _rss_mb(server.pid) - before
        assert grown < 20, f"the fake grew by {grown:.0f} MB"
        server.stdin.write("\n")
        server.stdin.flush()
        assert server.wait(60) == 0
    finally:
        if server.poll() is None:
            server.kill()
            server.wait(60)
