"""The loopback redirect target of ``login``: imported only by it (http.server is slow to import)."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class CallbackServer:
    """The loopback redirect target (RFC 8252): 127.0.0.1, a random port, one callback."""

    def __init__(self) -> None:
        self.callback_url: str | None = None
        self._arrived = threading.Event()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                if not self.path.startswith("/callback"):
                    self.send_error(404)
                    return
                owner.callback_url = f"{owner.redirect_uri}{self.path[len('/callback') :]}"
                failed = "error=" in self.path
                page = (
                    b"<!doctype html><title>Prisma</title><p>Login failed: see the terminal.</p>"
                    if failed
                    else b"<!doctype html><title>Prisma</title><p>Logged in. You can close this tab.</p>"
                )
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(page)))
                self.end_headers()
                self.wfile.write(page)
                owner._arrived.set()

            def log_message(self, format: str, *args: Any) -> None:
                """Quiet: the callback URL holds the authorization code."""

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.redirect_uri = f"http://127.0.0.1:{self._server.server_address[1]}/callback"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def wait(self, timeout: float) -> str | None:
        # Short waits, so that Ctrl-C is seen at once.
        deadline = timeout
        while deadline > 0 and not self._arrived.wait(min(0.2, deadline)):
            deadline -= 0.2
        return self.callback_url

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
