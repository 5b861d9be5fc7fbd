"""The examples, run end to end against the fake platform, with a scripted browser."""

from __future__ import annotations

import importlib.util
import os
import socket
import stat
import subprocess
import sys
import threading
import time
import webbrowser
from collections.abc import Callable, Iterator
from http.cookies import SimpleCookie
from pathlib import Path
from types import ModuleType

import pytest
import urllib3
import uvicorn
from starlette.applications import Starlette

from prisma_management_api import KeyringTokenStorage
from prisma_management_api.testing import FakePrismaPlatform

from .conftest import follow_authorize
from .keyring_backend import DictKeyring

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def load_example(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"example_{name}", EXAMPLES / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def browser(http: urllib3.PoolManager) -> object:
    """A browser that consents and follows the redirect back to the app."""

    def open_url(url: str) -> bool:
        callback = follow_authorize(http, url)
        landed = http.request("GET", callback, redirect=False)
        assert landed.status == 200, landed.data
        return True

    return open_url


@pytest.fixture
def example_env(
    platform: FakePrismaPlatform, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> dict[str, str]:
    env = {
        "PRISMA_CLIENT_ID": platform.client_id,
        "PRISMA_API_URL": platform.api_url,
        "PRISMA_AUTH_URL": platform.auth_url,
        "PRISMA_CREDENTIALS": str(tmp_path / "prisma" / "credentials.json"),
        "PRISMA_NO_BROWSER": "1",
    }
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    return {**os.environ, **env}


def run_cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(EXAMPLES / "cli_login.py"), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_cli_login_whoami_logout(
    platform: FakePrismaPlatform, http: urllib3.PoolManager, example_env: dict[str, str]
) -> None:
    login = subprocess.Popen(
        [sys.executable, str(EXAMPLES / "cli_login.py"), "login"],
        env=example_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert login.stdout is not None
        assert login.stdout.readline().strip() == "Open this URL to log in:"
        url = login.stdout.readline().strip()
        assert url.startswith(platform.auth_url + "/authorize?")
        browser(http)(url)  # type: ignore[operator]
        out, err = login.communicate(timeout=60)
    finally:
        if login.poll() is None:
            login.kill()
    assert login.returncode == 0, err
    assert out.strip() == f"Logged in to workspace {platform.workspace.id}"
    credentials = Path(example_env["PRISMA_CREDENTIALS"])
    assert stat.S_IMODE(credentials.stat().st_mode) == 0o600

    whoami = run_cli(example_env, "whoami")
    assert (whoami.returncode, whoami.stdout.strip()) == (0, platform.workspace.name)

    assert run_cli(example_env, "logout").stdout.strip() == "Logged out"
    assert not credentials.exists()
    after = run_cli(example_env, "whoami")
    assert after.returncode == 1
    assert after.stderr.strip() == "Authentication failed: No tokens available. Please log in first."


async def test_keyring_login(
    platform: FakePrismaPlatform,
    http: urllib3.PoolManager,
    example_env: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    example = load_example("keyring_login")
    backend = DictKeyring()
    storage = KeyringTokenStorage(example.SERVICE, "tester", backend=backend)
    monkeypatch.delenv("PRISMA_NO_BROWSER")
    monkeypatch.setattr(webbrowser, "open", browser(http))

    assert await example.main([], storage) == 0  # no tokens yet: logs in through the "browser"
    assert capsys.readouterr().out.splitlines()[-2:] == [
        f"Logged in to workspace {platform.workspace.id}",
        f"workspace: {platform.workspace.name}",
    ]
    assert list(backend.entries) == [(example.SERVICE, "tester")]

    assert await example.main([], storage) == 0  # tokens in the keyring: no login
    assert capsys.readouterr().out.splitlines() == [f"workspace: {platform.workspace.name}"]
    assert platform.counters.token_requests("authorization_code") == 1

    assert await example.main(["--logout"], storage) == 0
    assert backend.entries == {}


class Browser:
    """urllib3 with the one cookie jar slot the login needs, following no redirect by itself."""

    def __init__(self, http: urllib3.PoolManager, origin: str) -> None:
        self.http = http
        self.origin = origin
        self.cookies: dict[str, str] = {}
        self.set_cookie: list[str] = []

    def get(self, target: str) -> urllib3.BaseHTTPResponse:
        url = target if target.startswith("http") else self.origin + target
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())} if self.cookies else {}
        response = self.http.request("GET", url, headers=headers, redirect=False)
        self.set_cookie = response.headers.getlist("Set-Cookie")
        for header in self.set_cookie:
            cookie = SimpleCookie(header)
            for name, morsel in cookie.items():
                if morsel["max-age"] == "0" or not morsel.value.strip('"'):
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value
        return response


@pytest.fixture
def web_server() -> Iterator[tuple[str, Callable[[Starlette], None]]]:
    """A uvicorn server on a free loopback port; the test mounts its app once it knows the URL."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    origin = f"http://127.0.0.1:{sock.getsockname()[1]}"
    servers: list[tuple[uvicorn.Server, threading.Thread]] = []

    def serve(app: Starlette) -> None:
        server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
        thread.start()
        deadline = time.monotonic() + 60
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.01)
        assert server.started
        servers.append((server, thread))

    yield origin, serve
    for server, thread in servers:
        server.should_exit = True
        thread.join(10)
    sock.close()
