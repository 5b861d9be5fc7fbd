"""The call's deadline (``Timeout.total``) against servers that never let a read time out: status
line and headers trickled a byte at a time, on a fresh and on a pooled connection, and a connect
that never completes. Every flavour, each server written byte by byte on loopback."""

from __future__ import annotations

import contextlib
import gzip
import os
import socket
import threading
import time
from collections.abc import Callable, Iterator

import httpx
import pytest
import urllib3
from support.clients import Api
from support.hostile import RawServer, _read_request, head
from support.loopback import LoopbackServer, RecordedRequest, Reply
from support.scripts import run_python

from prisma_management_api import APITimeoutError, ResponseParseError, Timeout

DEADLINE = r"did not complete within its deadline \(Timeout total=1 s\)"


def trickled_head(conn: socket.socket, stopping: threading.Event) -> None:
    """Status line and headers one byte every 0.2 s, then (never reached) the body."""
    for byte in head(200, (("Content-Length", "2"),)):
        conn.sendall(bytes([byte]))
        if stopping.wait(0.2):
            return
    conn.sendall(b"{}")


def trickled_forever(conn: socket.socket, stopping: threading.Event) -> None:
    """Headers that never end: a new header line, a byte at a time, every 0.1 s."""
    conn.sendall(b"HTTP/1.1 200 OK\r\n")
    while not stopping.wait(0.1):
        conn.sendall(b"X")
        if stopping.wait(0.1):
            return
        conn.sendall(b"-: y\r\n")


@pytest.mark.parametrize("answer", [trickled_head, trickled_forever], ids=["head", "endless-head"])
async def test_trickled_status_line_and_headers_are_cut_off_at_the_deadline(
    apis: Callable[..., Api], answer: Callable[[socket.socket, threading.Event], None]
) -> None:
    with RawServer(answer) as server:
        api = apis(base_url=server.base_url, timeout=Timeout(60, total=1.0), max_retries=2)
        started = time.monotonic()
        with pytest.raises(APITimeoutError, match=DEADLINE):
            await api.request("GET", "/v1/untyped")
        elapsed = time.monotonic() - started
    # The head alone takes ~18 s to trickle (the endless one, forever); reads of 60 s never fire.
    assert 1.0 <= elapsed < 8.0
    assert server.requests == 1  # the deadline error is not retried


class KeepAliveServer(RawServer):
    """Answers the first request on a connection at once and keeps it open; the next request on
    that same connection gets ``answer``. ``answers`` counts the good ones."""

    def __init__(self, answer: Callable[[socket.socket, threading.Event], None]) -> None:
        super().__init__(answer)
        self.answers = 0

    def _serve(self, conn: socket.socket) -> None:
        with conn, contextlib.suppress(OSError):
            served = 0
            while _read_request(conn):
                with self._lock:
                    self.requests += 1
                served += 1
                if served == 1:
                    conn.sendall(
                        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"
                    )
                    with self._lock:
                        self.answers += 1
                else:
                    self.answer(conn, self._stopping)
                    return


async def test_a_pooled_connection_is_cut_off_too_and_never_reused(apis: Callable[..., Api]) -> None:
    with KeepAliveServer(trickled_forever) as server:
        api = apis(base_url=server.base_url, timeout=Timeout(60, total=1.0))
        assert (await api.request("GET", "/v1/untyped")).response.status == 200
        started = time.monotonic()
        with pytest.raises(APITimeoutError, match=DEADLINE):
            await api.request("GET", "/v1/untyped")  # on the kept-alive connection
        elapsed = time.monotonic() - started
        assert server.connections == 1
        # The cut connection is discarded: the next call connects afresh and is answered.
        assert (await api.request("GET", "/v1/untyped")).response.status == 200
    assert 1.0 <= elapsed < 8.0
    assert server.connections == 2
    assert server.answers == 2


@contextlib.contextmanager
def unanswered_port() -> Iterator[int]:
    """A port whose connects hang: a listener that never accepts, its backlog filled (Linux then
    drops further SYNs, and the client's connect waits)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    fillers: list[socket.socket] = []
    try:
        for _ in range(8):
            filler = socket.socket()
            filler.setblocking(False)
            with contextlib.suppress(BlockingIOError):
                filler.connect(("127.0.0.1", port))
            fillers.append(filler)
        time.sleep(0.2)
        probe = socket.socket()
        probe.settimeout(0.5)
        try:
            probe.connect(("127.0.0.1", port))
        except TimeoutError:
            pass
        else:
            pytest.fail("this system accepts connections beyond a full backlog: no hanging connect")
        finally:
            probe.close()
        yield port
    finally:
        for filler in fillers:
            filler.close()
        listener.close()


async def test_a_connect_that_hangs_ends_at_the_deadline(apis: Callable[..., Api]) -> None:
    with unanswered_port() as port:
        api = apis(base_url=f"http://127.0.0.1:{port}", timeout=Timeout(60, total=1.0), max_retries=2)
        started = time.monotonic()
        with pytest.raises(APITimeoutError, match=DEADLINE):
            await api.request("GET", "/v1/untyped")
        elapsed = time.monotonic() - started
    assert elapsed < 8.0  # connect timeouts of 60 s never fire


async def test_calls_without_a_deadline_are_not_watched(apis: Callable[..., Api]) -> None:
    """A slow head is fine without a deadline: no watchdog cuts it (each read is within 60 s)."""

    def slow_head(conn: socket.socket, stopping: threading.Event) -> None:
        answer = head(200, (("Content-Length", "2"),)) + b"{}"
        conn.sendall(answer[:10])
        stopping.wait(1.5)
        conn.sendall(answer[10:])

    with RawServer(slow_head) as server:
        api = apis(base_url=server.base_url, timeout=Timeout(60))
        assert (await api.request("GET", "/v1/untyped")).response.status == 200


WITHOUT_A_DEADLINE = """
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from prisma_management_api import Timeout, create_management_api_client

class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, *args):
        pass

server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
base_url = f"http://127.0.0.1:{server.server_address[1]}"
with create_management_api_client(token="t", base_url=base_url, timeout=Timeout(30)) as client:
    for _ in range(3):
        assert client.request("GET", "/v1/untyped").response.status == 200
    print(sorted(t.name for t in threading.enumerate() if t.name.startswith("prisma")))
    client.request("GET", "/v1/untyped", timeout=Timeout(30, total=30))
    print(sorted(t.name for t in threading.enumerate() if t.name.startswith("prisma")))
server.shutdown()
"""


def test_no_watchdog_thread_until_a_call_has_a_deadline() -> None:
    run = run_python(WITHOUT_A_DEADLINE, hung="a process without deadlines did not end")
    assert run.returncode == 0, run.stderr
    assert run.stdout.split("\n")[:2] == ["[]", "['prisma-deadline-watchdog']"]


FORKED_AFTER_A_DEADLINE = """
import os, socket, sys, threading, time

from prisma_management_api import APITimeoutError, Timeout, create_management_api_client

def trickle(conn):  # headers that never end, a byte at a time: only the watchdog cuts this off
    try:
        conn.sendall(b"HTTP/1.1 200 OK\\r\\n")
        while True:
            for piece in (b"X", b"-: y\\r\\n"):
                conn.sendall(piece)
                time.sleep(0.1)
    except OSError:
        conn.close()

def serve(listener):
    while True:
        conn, _ = listener.accept()
        threading.Thread(target=trickle, args=(conn,), daemon=True).start()

listener = socket.socket()
listener.bind(("127.0.0.1", 0))
listener.listen(8)
threading.Thread(target=serve, args=(listener,), daemon=True).start()  # stays in the parent
base_url = f"http://127.0.0.1:{listener.getsockname()[1]}"

def call_cut_off() -> float:
    started = time.monotonic()
    with create_management_api_client(token="t", base_url=base_url, max_retries=0) as client:
        try:
            client.request("GET", "/v1/untyped", timeout=Timeout(60, total=1))
        except APITimeoutError:
            return time.monotonic() - started
    raise AssertionError("the call was not cut off")

print(f"parent {call_cut_off() < 8}", flush=True)  # the parent's watchdog thread runs
pid = os.fork()
if pid == 0:
    # The parent's thread is not in the child: the child must start a watchdog of its own.
    print(f"child {call_cut_off() < 8}", flush=True)
    os._exit(0)
_, status = os.waitpid(pid, 0)
print(f"child exit {os.waitstatus_to_exitcode(status)}")
"""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="os.fork is POSIX-only")
def test_a_child_forked_after_a_deadline_has_a_watchdog_of_its_own() -> None:
    run = run_python(FORKED_AFTER_A_DEADLINE, hung="the forked child's trickled call was never cut")
    assert run.returncode == 0, run.stderr
    assert run.stdout.split("\n")[:3] == ["parent True", "child True", "child exit 0"], run.stderr


def _truncated_gzip_or_slow(request: RecordedRequest) -> Reply:
    if request.path == "/v1/truncated":
        # A whole HTTP answer (its connection can serve again) whose gzip stream ends early: the
        # SDK fails it after reading it to the end, a moment before the call's deadline.
        body = gzip.compress(b"{}" * 100)[:20]
        return Reply(200, body, [("Content-Type", "application/json"), ("Content-Encoding", "gzip")])
    if request.path == "/v1/slow":
        # Still in flight when the other call's deadline passes.
        return Reply(200, b"{}", [("Content-Type", "application/json")], delay=4.0)
    return Reply.json({})


@pytest.mark.parametrize("flavour", ["sync", "sync-httpx"])
async def test_a_failed_exchange_disarms_its_watch_before_its_connection_serves_another_call(
    apis: Callable[..., Api], server: LoopbackServer, flavour: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A call failing before its deadline gives its connection back to the pool; another call takes
    it at once. The first call's watch must be gone by then: its deadline passing later must not
    shut the socket the second call is now reading. The hand-back is the HTTP library's own
    (``release_conn`` / ``Response.close``); the test runs the second call right there, which
    makes the moment that is otherwise a few microseconds wide last as long as that call."""
    server.reset(_truncated_gzip_or_slow)
    api = apis(base_url=server.base_url, timeout=Timeout(60, total=1.0))
    assert (await api.request("GET", "/v1/warm")).response.status == 200  # a connection in the pool
    failing = threading.current_thread()
    other: dict[str, object] = {}

    def other_call() -> None:
        try:
            result = api.client.request("GET", "/v1/slow", timeout=Timeout(60))  # no deadline
            other["status"] = result.response.status  # type: ignore[union-attr]
        except Exception as error:
            other["error"] = error

    def then_another_call(hand_back: Callable[..., None]) -> Callable[..., None]:
        def hand_back_then_serve_another(self: object) -> None:
            hand_back(self)
            if threading.current_thread() is failing and not other:
                other["started"] = True
                thread = threading.Thread(target=other_call)
                thread.start()
                thread.join(60)

        return hand_back_then_serve_another

    if flavour == "sync":
        monkeypatch.setattr(
            urllib3.HTTPResponse, "release_conn", then_another_call(urllib3.HTTPResponse.release_conn)
        )
    else:
        monkeypatch.setattr(httpx.Response, "close", then_another_call(httpx.Response.close))
    with pytest.raises((ResponseParseError, APITimeoutError)):
        await api.request("GET", "/v1/truncated")
    assert other.get("started"), "the failed call handed no connection back"
    assert other.get("status") == 200, f"the other call was cut: {other.get('error')!r}"
    ports = {r.client_port for r in server.requests if r.path != "/v1/slow"}
    assert len(ports) == 1  # the failed call went over the pooled connection


FAR_DEADLINE_FIRST = """
import sys
import threading
import time

from prisma_management_api import APITimeoutError, Timeout, create_management_api_client

ok_url, trickle_url = sys.argv[1:]
with create_management_api_client(token="t", base_url=ok_url, timeout=Timeout(30, total=1e10)) as client:
    client.request("GET", "/v1/untyped")  # a valid deadline, 317 years away: the watchdog's first


def watchdog_alive():
    return any(thread.name == "prisma-deadline-watchdog" for thread in threading.enumerate())


waited = time.monotonic() + 5
while watchdog_alive() and time.monotonic() < waited:  # it sleeps towards that deadline, or died
    time.sleep(0.05)
with create_management_api_client(token="t", base_url=trickle_url, timeout=Timeout(30, total=1.0)) as client:
    try:
        client.request("GET", "/v1/untyped")
    except APITimeoutError:
        print("deadline", flush=True)
print("watchdog alive" if watchdog_alive() else "watchdog dead", flush=True)
"""


def test_a_deadline_centuries_away_does_not_end_the_watchdog(server: LoopbackServer) -> None:
    """``Timeout(total=1e10)`` is valid, but no thread can wait that long in one go (past
    ``threading.TIMEOUT_MAX`` the wait raises OverflowError): the watchdog must survive it, or
    no later call in the process is cut at its deadline. In a process of its own: the bug ends
    the watchdog for good."""
    with RawServer(trickled_forever) as trickling:
        run = run_python(
            FAR_DEADLINE_FIRST,
            server.base_url,
            trickling.base_url,
            timeout=90,
            hung="the trickled call was never cut: the watchdog is gone",
        )
    assert run.returncode == 0, run.stderr
    assert run.stdout == "deadline\nwatchdog alive\n", run.stderr


@pytest.mark.parametrize("flavour", ["sync", "sync-httpx"])
async def test_a_call_in_flight_when_its_client_closes_still_gets_its_answer(
    apis: Callable[..., Api], server: LoopbackServer
) -> None:
    """Closing the client closes its idle connections; a call already waiting for its answer (with
    a deadline) still reads it. The connection it hands back then goes to a closed pool, which
    closes it: nothing of that call may touch its socket after that."""
    closed = threading.Event()

    def after_close(request: RecordedRequest) -> Reply:
        closed.wait(60)
        return Reply(200, b'{"x": 1}', [("Content-Type", "application/json")])

    server.reset(after_close)
    api = apis(base_url=server.base_url, timeout=Timeout(60, total=60))
    outcome: dict[str, object] = {}

    def call() -> None:
        try:
            outcome["data"] = api.client.request("GET", "/v1/untyped").data  # type: ignore[union-attr]
        except Exception as error:
            outcome["error"] = error

    thread = threading.Thread(target=call)
    thread.start()
    try:
        deadline = time.monotonic() + 60
        while not server.requests and time.monotonic() < deadline:
            time.sleep(0.02)
        assert server.requests, "the call never reached the server"
        api.client.close()
    finally:
        closed.set()
        thread.join(60)
    assert outcome == {"data": {"x": 1}}
