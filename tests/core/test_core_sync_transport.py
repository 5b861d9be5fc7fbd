"""The default sync transport's connections, as a server sees them: one pool per origin, kept alive.

The transport keeps its own ``HTTPConnectionPool`` per origin (``_transports/_urllib3.py``) instead
of asking a ``PoolManager`` on every call; what a user relies on is unchanged: calls reuse a
keep-alive connection, a redirect to another origin works and comes back, ``close()`` hangs up.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from prisma_management_api import create_management_api_client

BODY = b'{"data":[],"pagination":{"nextCursor":null,"hasMore":false}}'


class CountingServer(ThreadingHTTPServer):
    """Answers every GET with an empty project page (or a redirect), counting TCP connections."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.connections = 0
        self.open_connections = 0
        self.targets: list[str] = []
        self.redirect_to: str | None = None
        self.lock = threading.Lock()
        self.all_closed = threading.Condition(self.lock)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive
    server: CountingServer

    def setup(self) -> None:
        super().setup()
        with self.server.lock:
            self.server.connections += 1
            self.server.open_connections += 1

    def finish(self) -> None:
        super().finish()
        with self.server.lock:
            self.server.open_connections -= 1
            self.server.all_closed.notify_all()

    def do_GET(self) -> None:
        with self.server.lock:
            self.server.targets.append(self.path)
        if self.server.redirect_to is not None and self.path == "/v1/projects":
            self.send_response(307)
            self.send_header("Location", self.server.redirect_to + "/v1/projects?moved=1")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(BODY)))
        self.end_headers()
        self.wfile.write(BODY)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def servers() -> Iterator[tuple[CountingServer, CountingServer]]:
    started = [CountingServer(), CountingServer()]
    threads = [threading.Thread(target=s.serve_forever, kwargs={"poll_interval": 0.05}) for s in started]
    for thread in threads:
        thread.start()
    try:
        yield started[0], started[1]
    finally:
        for server in started:
            server.shutdown()
            server.server_close()
        for thread in threads:
            thread.join(timeout=30)


def test_sequential_calls_share_one_keep_alive_connection(
    servers: tuple[CountingServer, CountingServer],
) -> None:
    server, _ = servers
    with create_management_api_client(token="t", base_url=server.base_url, max_retries=0) as client:
        for _ in range(5):
            assert client.GET("/v1/projects").data is not None
    assert server.targets == ["/v1/projects"] * 5
    assert server.connections == 1


def test_a_redirect_to_another_origin_and_back_keeps_each_origins_connection(
    servers: tuple[CountingServer, CountingServer],
) -> None:
    first, second = servers
    first.redirect_to = second.base_url
    with create_management_api_client(token="t", base_url=first.base_url, max_retries=0) as client:
        for _ in range(3):
            result = client.GET("/v1/projects")
            assert result.response.status == 200
            assert result.response.url == second.base_url + "/v1/projects?moved=1"
    assert first.targets == ["/v1/projects"] * 3
    assert second.targets == ["/v1/projects?moved=1"] * 3
    assert (first.connections, second.connections) == (1, 1)


def test_close_hangs_up_every_origins_connection(servers: tuple[CountingServer, CountingServer]) -> None:
    first, second = servers
    first.redirect_to = second.base_url
    client = create_management_api_client(token="t", base_url=first.base_url, max_retries=0)
    assert client.GET("/v1/projects").response.status == 200
    client.close()
    for server in (first, second):
        with server.all_closed:
            assert server.all_closed.wait_for(lambda s=server: s.open_connections == 0, timeout=30), (
                "the client's connections stayed open after close()"
            )
