"""A real HTTP server on 127.0.0.1 that records every request and answers as a test scripts it.

It is a test double at the network edge only: the clients under test send real bytes over a
real socket, and the test sees exactly what went over the wire (the request target is kept raw,
not decoded, so percent-encoding can be checked).
"""

from __future__ import annotations

import contextlib
import json
import socket
import struct
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qsl


@dataclass(frozen=True)
class RecordedRequest:
    """One request as it arrived on the socket."""

    method: str
    target: str  # the raw request target: path and query, still percent-encoded
    headers: tuple[tuple[str, str], ...]
    body: bytes
    client_port: int = 0  # the client's side of the connection: the same port means a reused one

    @property
    def path(self) -> str:
        return self.target.split("?", 1)[0]

    @property
    def query_string(self) -> str:
        return self.target.split("?", 1)[1] if "?" in self.target else ""

    @property
    def query(self) -> list[tuple[str, str]]:
        return parse_qsl(self.query_string, keep_blank_values=True)

    def header_values(self, name: str) -> list[str]:
        return [value for key, value in self.headers if key.lower() == name.lower()]

    def header(self, name: str) -> str | None:
        values = self.header_values(name)
        assert len(values) <= 1, f"header {name!r} sent {len(values)} times: {values}"
        return values[0] if values else None

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Reply:
    """What the server answers. ``chunks`` is sent chunked and iterated lazily (it may block)."""

    status: int = 200
    body: bytes = b""
    headers: Sequence[tuple[str, str]] = ()
    chunks: Iterable[bytes] | None = None
    delay: float = 0.0  # seconds to wait before answering; cut short when the server stops
    reset: bool = False  # answer nothing: drop the connection with a TCP reset
    hang_up: bool = False  # answer nothing: close the connection cleanly (FIN)

    @classmethod
    def json(cls, value: Any, status: int = 200, headers: Sequence[tuple[str, str]] = ()) -> Reply:
        body = json.dumps(value).encode()
        return cls(status, body, [("Content-Type", "application/json"), *headers])

    @classmethod
    def ndjson(cls, chunks: Iterable[bytes], status: int = 200) -> Reply:
        return cls(status, headers=[("Content-Type", "application/x-ndjson")], chunks=chunks)


Responder = Callable[[RecordedRequest], Reply]


def _default_responder(request: RecordedRequest) -> Reply:
    return Reply.json({})


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the tests read the recorded requests instead."""

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            parts = []
            while True:
                size = int(self.rfile.readline().split(b";", 1)[0].strip(), 16)
                if size == 0:
                    self.rfile.readline()
                    return b"".join(parts)
                parts.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _handle(self) -> None:
        request = RecordedRequest(
            method=self.command,
            target=self.path,
            headers=tuple(self.headers.items()),
            body=self._read_body(),
            client_port=int(self.client_address[1]),
        )
        owner = self.server.owner
        with owner.lock:
            owner.requests.append(request)
            responder = owner.responder
        try:
            reply = responder(request)
        except Exception as exc:  # a bug in a test's responder: answer 599 so the test sees it
            reply = Reply(599, f"responder failed: {exc!r}".encode())
        if reply.delay and owner.stopping.wait(reply.delay):
            self.close_connection = True
            return
        if reply.reset:
            # SO_LINGER 0 makes close() send RST instead of FIN: a connection reset by peer.
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True
            return
        if reply.hang_up:
            self.connection.shutdown(socket.SHUT_RDWR)
            self.close_connection = True
            return
        with contextlib.suppress(ConnectionError, OSError):
            self._send(reply)

    def _send(self, reply: Reply) -> None:
        self.send_response(reply.status)
        for key, value in reply.headers:
            self.send_header(key, value)
        if reply.chunks is None:
            if reply.status not in (204, 304):
                self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            self.wfile.write(reply.body)
            self.wfile.flush()
            return
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        self.wfile.flush()
        for chunk in reply.chunks:
            if chunk:
                self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
                self.wfile.flush()
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _handle


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    # The default backlog (5) overflows when a test opens 40 connections at once on a loaded
    # machine: Linux then drops the handshake's last ACK and a connection waits out SYN-ACK
    # retransmissions (1 + 2 + 4 + ... s), past a 60 s read timeout.
    request_queue_size = 128

    def __init__(self, owner: LoopbackServer) -> None:
        self.owner = owner
        super().__init__(("127.0.0.1", 0), _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Clients that hang up (timeouts, resets) are part of the tests: no tracebacks."""


@dataclass
class LoopbackServer:
    """``with LoopbackServer() as server: ... server.base_url ... server.requests``."""

    responder: Responder = _default_responder
    requests: list[RecordedRequest] = field(default_factory=list[RecordedRequest])
    lock: threading.Lock = field(default_factory=threading.Lock)
    stopping: threading.Event = field(default_factory=threading.Event)
    _server: _Server | None = None
    _thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        assert self._server is not None, "server not started"
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> LoopbackServer:
        self._server = _Server(self)
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05})
        self._thread.daemon = True
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def reset(self, responder: Responder | None = None) -> None:
        """Forget recorded requests and answer with ``responder`` from now on."""
        with self.lock:
            self.requests.clear()
            self.responder = responder or _default_responder

    def answer(self, reply: Reply) -> None:
        """Answer every request with ``reply``."""
        self.reset(lambda _request: reply)

    @property
    def last(self) -> RecordedRequest:
        with self.lock:
            assert self.requests, "no request reached the server"
            return self.requests[-1]

    def __enter__(self) -> LoopbackServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released): connecting is refused."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def ndjson_lines(records: Iterable[Any]) -> Iterator[bytes]:
    for record in records:
        yield json.dumps(record).encode() + b"\n"
