"""``login`` end to end, the test playing the browser: authorize at the fake's OAuth server,
land on the CLI's loopback redirect; then the stored login serves later commands; ``logout``."""

from __future__ import annotations

import json
import os
import queue
import re
import signal
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import urllib3

from prisma_management_api.testing import FakePrismaPlatform

from .cli_support import Cli


def play_browser(url: str) -> None:
    """What a browser does: the authorize page redirects to the CLI's loopback callback."""
    http = urllib3.PoolManager()
    answer = http.request("GET", url, redirect=False)
    assert answer.status == 302, answer.data
    location = answer.headers["Location"]
    assert location.startswith("http://127.0.0.1:") and "/callback?" in location
    landed = http.request("GET", location)
    assert landed.status == 200
    assert b"Logged in" in landed.data or b"Login failed" in landed.data


@pytest.fixture
def logged_out(fake: FakePrismaPlatform, tmp_path: Path) -> Cli:
    return Cli(fake, tmp_path / "home", token=False)


def _browser(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    opened: list[str] = []

    def open_browser(url: str) -> bool:
        opened.append(url)
        threading.Thread(target=play_browser, args=(url,), daemon=True).start()
        return True

    monkeypatch.setattr("webbrowser.open", open_browser)
    return opened


def test_login_then_commands_use_the_stored_login_then_logout(
    logged_out: Cli, fake: FakePrismaPlatform, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = _browser(monkeypatch)
    run = logged_out("login", "--client-id", fake.client_id)
    assert run.exit_code == 0, run.stderr
    assert len(opened) == 1 and opened[0].startswith(fake.auth_url + "/authorize?")
    assert "code_challenge_method=S256" in opened[0]
    assert "redirect_uri=http%3A%2F%2F127.0.0.1%3A" in opened[0]
    assert (
        f"Logged in as developer@example.com to workspace Fake Workspace ({fake.workspace.id})" in run.stderr
    )
    credentials = tmp_path / "home" / ".prisma" / "credentials.json"
    assert stat.S_IMODE(credentials.stat().st_mode) == 0o600
    saved = json.loads((tmp_path / "home" / ".prisma" / "cli.json").read_text())
    assert saved["clientId"] == fake.client_id and saved["storage"] == "file"
    # Later commands need no token: the stored OAuth login (refreshed as needed) serves them.
    me = logged_out("whoami", "--json").json()
    assert me["credential"]["type"] == "oauth" and me["workspace"]["id"] == fake.workspace.id
    fake.advance(7200)  # the access token expired: the stored refresh token gets a new one
    assert logged_out("projects", "list", "--json").exit_code == 0
    out = logged_out("logout")
    assert out.exit_code == 0 and out.stderr.strip() == "Logged out."
    assert not credentials.exists() or json.loads(credentials.read_text() or "null") is None
    assert logged_out("whoami").exit_code == 3
    assert logged_out("logout").stderr.strip() == "Not logged in."


def test_login_denied_in_the_browser(
    logged_out: Cli, fake: FakePrismaPlatform, monkeypatch: pytest.MonkeyPatch
) -> None:
    _browser(monkeypatch)
    fake.oauth.deny()
    run = logged_out("login", "--client-id", fake.client_id)
    assert run.exit_code == 3
    assert run.stderr.strip().splitlines()[-1].startswith("error: access_denied")


def test_login_times_out(logged_out: Cli, fake: FakePrismaPlatform, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("webbrowser.open", lambda url: True)  # a browser that never comes back
    run = logged_out("login", "--client-id", fake.client_id, "--timeout", "0.5")
    assert run.exit_code == 4
    assert run.stderr.strip().splitlines()[-1] == "error: no login within 0.5 s"


def test_login_with_keyring_storage(
    logged_out: Cli, fake: FakePrismaPlatform, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import keyring
    from auth.keyring_backend import DictKeyring

    previous = keyring.get_keyring()
    backend = DictKeyring()
    keyring.set_keyring(backend)
    try:
        _browser(monkeypatch)
        run = logged_out("login", "--client-id", fake.client_id, "--storage", "keyring")
        assert run.exit_code == 0, run.stderr
        assert not (tmp_path / "home" / ".prisma" / "credentials.json").exists()
        assert len(backend.entries) == 1
        assert logged_out("whoami", "--json").json()["credential"]["type"] == "oauth"
        assert logged_out("logout").stderr.strip() == "Logged out."
        assert not backend.entries
    finally:
        keyring.set_keyring(previous)


def login_env(fake: FakePrismaPlatform, home: Path) -> dict[str, str]:
    """A user with no login yet (no service token) against the fake, in their own home."""
    env = {
        **os.environ,
        "HOME": str(home),
        "PRISMA_MANAGEMENT_API_URL": fake.api_url,
        "PRISMA_AUTH_BASE_URL": fake.auth_url,
        "PYTHONUNBUFFERED": "1",
    }
    env.pop("PRISMA_SERVICE_TOKEN", None)
    return env


class LoginProcess:
    """``login --no-browser`` as a real process, its stderr read line by line as it comes."""

    def __init__(self, fake: FakePrismaPlatform, env: dict[str, str]) -> None:
        command = [sys.executable, "-m", "prisma_management_api", "login", "--no-browser"]
        self.process = subprocess.Popen(
            [*command, "--client-id", fake.client_id],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self._reader = threading.Thread(
            target=lambda: [self.lines.put(line) for line in self.process.stderr or []], daemon=True
        )
        self._reader.start()

    def authorize_url(self) -> str:
        """The URL it asks the user to open, once printed."""
        while not (match := re.search(r"(http://\S+/authorize\?\S+)", self.lines.get(timeout=60))):
            pass
        return match.group(1)

    def exit_code_and_rest(self) -> tuple[int, str]:
        """Its exit code, and what it printed after the URL."""
        code = self.process.wait(timeout=60)
        self._reader.join(timeout=30)
        return code, "".join(self.lines.queue)

    def __enter__(self) -> LoginProcess:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()


def test_login_no_browser_as_a_real_process(fake: FakePrismaPlatform, tmp_path: Path) -> None:
    env = login_env(fake, tmp_path)
    with LoginProcess(fake, env) as login:
        play_browser(login.authorize_url())
        code, rest = login.exit_code_and_rest()
        assert code == 0
        assert "Logged in as developer@example.com" in rest
        assert "Traceback" not in rest
    whoami = subprocess.run(
        [sys.executable, "-m", "prisma_management_api", "whoami", "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert whoami.returncode == 0, whoami.stderr
    assert json.loads(whoami.stdout)["credential"]["type"] == "oauth"


def test_login_github_oidc(logged_out: Cli, fake: FakePrismaPlatform) -> None:
    job = fake.github_actions_job("octo-org/app")
    run = logged_out("login", "--github-oidc", "--json", **job.env)
    assert run.exit_code == 0, run.stderr
    data = run.json()
    assert data["workspaceId"] == fake.workspace.id and data["expiresAt"] > 0
    # Inside the job, commands log in that way on their own (no token anywhere).
    me = logged_out("whoami", "--json", **job.env).json()
    assert me["credential"]["name"] == "GitHub Actions (octo-org/app)"


def test_login_github_oidc_outside_a_job(logged_out: Cli) -> None:
    run = logged_out("login", "--github-oidc")
    assert run.exit_code == 3
    assert run.stderr.strip().startswith("error: GitHub Actions OIDC needs ACTIONS_ID_TOKEN_REQUEST_URL")
    forced = logged_out("projects", "list", "--github-oidc")
    assert forced.exit_code == 3 and "id-token: write" in forced.stderr


def test_ctrl_c_while_waiting_for_the_browser_exits_130(fake: FakePrismaPlatform, tmp_path: Path) -> None:
    with LoginProcess(fake, login_env(fake, tmp_path)) as login:
        login.authorize_url()
        login.process.send_signal(signal.SIGINT)  # the user presses Ctrl-C while the spinner waits
        code, rest = login.exit_code_and_rest()
        assert code == 130
        assert rest.strip().endswith("Interrupted.") and "Traceback" not in rest
