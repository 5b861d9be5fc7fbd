"""Log a desktop app or editor extension in with OAuth, keeping the tokens in the system keyring.

The Python twin of the TypeScript SDK's "VS Code extension" example, which keeps the tokens in
the editor's secret storage: here ``KeyringTokenStorage`` puts them in the macOS Keychain, the
Windows Credential Locker or the Secret Service, through ``keyring``
(``pip install "prisma-management-api[keyring]"``). It uses the async SDK, as an app with an
event loop would::

    export PRISMA_CLIENT_ID=<your OAuth client id>
    python examples/keyring_login.py

The first run opens the browser to log in; later runs reuse (and refresh) the stored tokens.
``--logout`` forgets them. Settings as in ``cli_login.py``: ``PRISMA_API_URL``,
``PRISMA_AUTH_URL``, ``PRISMA_NO_BROWSER=1``.
"""

from __future__ import annotations

import asyncio
import os
import sys
import webbrowser
from collections.abc import Callable
from typing import Any

from prisma_management_api import (
    AsyncManagementApiSdk,
    KeyringTokenStorage,
    create_async_management_api_sdk,
)

SCOPE = ["workspace:admin", "offline_access"]
SERVICE = "prisma-management-api-example"


def make_sdk(redirect_uri: str, storage: KeyringTokenStorage | None = None) -> AsyncManagementApiSdk:
    return create_async_management_api_sdk(
        os.environ["PRISMA_CLIENT_ID"],
        redirect_uri,
        storage or KeyringTokenStorage(SERVICE, os.environ.get("USER", "default")),
        api_base_url=os.environ.get("PRISMA_API_URL", "https://api.prisma.io"),
        auth_base_url=os.environ.get("PRISMA_AUTH_URL", "https://auth.prisma.io"),
    )


async def wait_for_callback(server_started: asyncio.Future[int]) -> str:
    """Serve one redirect on 127.0.0.1 (any free port); returns the callback URL it carried."""
    arrived: asyncio.Future[str] = asyncio.get_running_loop().create_future()

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        request_line = (await reader.readline()).decode("latin-1").split()
        while (await reader.readline()) not in (b"\r\n", b"\n", b""):
            pass  # headers: not needed
        ok = len(request_line) >= 2 and request_line[1].startswith("/callback")
        body = b"Logged in. You can close this tab.\n" if ok else b"Not found\n"
        status = b"200 OK" if ok else b"404 Not Found"
        writer.write(b"HTTP/1.1 " + status + b"\r\nContent-Type: text/plain\r\nConnection: close\r\n")
        writer.write(b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
        await writer.drain()
        writer.close()
        if ok and not arrived.done():
            arrived.set_result(f"http://127.0.0.1:{port}{request_line[1]}")

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    server_started.set_result(port)
    async with server:
        return await arrived


async def login(
    open_browser: Callable[[str], Any] = webbrowser.open, storage: KeyringTokenStorage | None = None
) -> str:
    """Log in through the browser; returns the workspace id the user granted."""
    started: asyncio.Future[int] = asyncio.get_running_loop().create_future()
    callback = asyncio.ensure_future(wait_for_callback(started))
    port = await started
    async with make_sdk(f"http://127.0.0.1:{port}/callback", storage) as sdk:
        login_url, state, verifier = sdk.get_login_url(SCOPE)
        print(f"Log in at:\n{login_url}", flush=True)
        await asyncio.to_thread(open_browser, login_url)
        tokens = await sdk.handle_callback(await asyncio.wait_for(callback, 300), verifier, state)
    return tokens.workspace_id


async def list_workspaces(storage: KeyringTokenStorage | None = None) -> list[str]:
    async with make_sdk("http://127.0.0.1/callback", storage) as sdk:
        result = await sdk.client.GET("/v1/workspaces")
        if result.data is None:
            raise RuntimeError(f"request failed: HTTP {result.status}")
        return [workspace.name for workspace in result.data.data]


async def main(argv: list[str], storage: KeyringTokenStorage | None = None) -> int:
    storage = storage or KeyringTokenStorage(SERVICE, os.environ.get("USER", "default"))
    if "--logout" in argv:
        async with make_sdk("http://127.0.0.1/callback", storage) as sdk:
            await sdk.logout()
        print("Logged out")
        return 0
    if await asyncio.to_thread(storage.get_tokens) is None:
        no_browser = os.environ.get("PRISMA_NO_BROWSER") == "1"
        workspace_id = await login((lambda url: None) if no_browser else webbrowser.open, storage)
        print(f"Logged in to workspace {workspace_id}")
    for name in await list_workspaces(storage):
        print(f"workspace: {name}")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main(sys.argv[1:])))
