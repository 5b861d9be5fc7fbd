"""Log a command-line tool in with OAuth, keeping the tokens in ~/.prisma/credentials.json.

The Python twin of the TypeScript SDK's "Node.js CLI" example::

    export PRISMA_CLIENT_ID=<your OAuth client id>
    python examples/cli_login.py login     # opens the browser, waits for the redirect
    python examples/cli_login.py whoami    # lists your workspaces (refreshes tokens as needed)
    python examples/cli_login.py logout

The redirect comes back to a one-shot HTTP server on 127.0.0.1 (any free port: register
``http://127.0.0.1/callback`` as a loopback redirect URI, RFC 8252). ``FileTokenStorage``
writes the file 0600, atomically, and locks it during a refresh, so several invocations of the
tool running at once refresh the tokens once.

Settings (environment): ``PRISMA_CLIENT_ID`` (required), ``PRISMA_API_URL``,
``PRISMA_AUTH_URL``, ``PRISMA_CREDENTIALS`` (the file), ``PRISMA_NO_BROWSER=1`` (print the URL
instead of opening a browser).
"""

from __future__ import annotations

import os
import sys
import threading
import webbrowser
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any, cast

from prisma_management_api import AuthError, FileTokenStorage, ManagementApiSdk, create_management_api_sdk

SCOPE = "workspace:admin offline_access"


class _CallbackServer(HTTPServer):
    callback_url: str | None = None
    timed_out = False

    def handle_timeout(self) -> None:
        self.timed_out = True


class _CallbackHandler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if not self.path.startswith("/callback"):
            self.send_error(404)
            return
        server = cast(_CallbackServer, self.server)
        server.callback_url = f"http://127.0.0.1:{server.server_port}{self.path}"
        body = b"Logged in. You can close this tab and go back to the terminal.\n"
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the request line holds the authorization code."""


def make_sdk(redirect_uri: str = "http://127.0.0.1/callback") -> ManagementApiSdk:
    return create_management_api_sdk(
        os.environ["PRISMA_CLIENT_ID"],
        redirect_uri,
        FileTokenStorage(os.environ.get("PRISMA_CREDENTIALS")),
        api_base_url=os.environ.get("PRISMA_API_URL", "https://api.prisma.io"),
        auth_base_url=os.environ.get("PRISMA_AUTH_URL", "https://auth.prisma.io"),
    )


def login(open_browser: Callable[[str], Any] = webbrowser.open, timeout: float = 300.0) -> str:
    """Run the browser login; returns the workspace id the user granted."""
    server = _CallbackServer(("127.0.0.1", 0), _CallbackHandler)
    server.timeout = timeout
    with server, make_sdk(f"http://127.0.0.1:{server.server_port}/callback") as sdk:
        login_url, state, verifier = sdk.get_login_url(SCOPE, {"utm_medium": "cli"})
        print(f"Open this URL to log in:\n{login_url}", flush=True)
        threading.Thread(target=open_browser, args=(login_url,), daemon=True).start()
        while server.callback_url is None and not server.timed_out:
            server.handle_request()  # one request (the callback, or a stray favicon), or the timeout
        if server.callback_url is None:
            raise SystemExit("timed out waiting for the browser")
        tokens = sdk.handle_callback(server.callback_url, verifier, state)
    return tokens.workspace_id


def whoami() -> list[str]:
    """The names of the workspaces the stored tokens give access to."""
    with make_sdk() as sdk:
        result = sdk.client.GET("/v1/workspaces")
        if result.data is None:
            raise SystemExit(f"request failed: HTTP {result.status}")
        return [workspace.name for workspace in result.data.data]


def logout() -> None:
    with make_sdk() as sdk:
        sdk.logout()


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "whoami"
    try:
        if command == "login":
            no_browser = os.environ.get("PRISMA_NO_BROWSER") == "1"
            workspace_id = login(open_browser=(lambda url: None) if no_browser else webbrowser.open)
            print(f"Logged in to workspace {workspace_id}")
        elif command == "whoami":
            for name in whoami():
                print(name)
        elif command == "logout":
            logout()
            print("Logged out")
        else:
            print(__doc__)
            return 2
    except AuthError as error:
        hint = " Run 'login' again." if error.refresh_token_invalid else ""
        print(f"Authentication failed: {error}{hint}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
