"""The call's deadline (``Timeout.total``) against servers that never let a read time out: status
line and headers trickled a byte at a time, on a fresh and on a pooled connection, and a connect
that never completes. Every flavour, each server written byte by byte on loopback."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator

import pytest
from support.clients import Api
from support.hostile import RawServer, _read_request, head

from prisma_management_api import APITimeoutError, Timeout

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
    run = subprocess.run(
        [sys.executable, "-c", WITHOUT_A_DEADLINE], capture_output=True, text=True, timeout=120, check=True
    )
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
    run = subprocess.run(
        [sys.executable, "-c", FORKED_AFTER_A_DEADLINE],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert run.stdout.split("\n")[:3] == ["parent True", "child True", "child exit 0"], run.stderr
