"""``python -m prisma_management_api.testing serve`` as a real process."""

from __future__ import annotations

import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
from importlib.metadata import entry_points

import urllib3


def read_banner(process: subprocess.Popen[str], timeout: float = 20.0) -> dict[str, str]:
    """The ``Name: value`` lines printed at start, up to the service token."""
    stdout = process.stdout
    assert stdout is not None
    lines: queue.Queue[str] = queue.Queue()
    # A thread reads: select() on a buffered text stream misses lines already buffered.
    threading.Thread(target=lambda: [lines.put(line) for line in stdout], daemon=True).start()
    found: dict[str, str] = {}
    deadline = time.monotonic() + timeout
    while "Service token" not in found:
        try:
            line = lines.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            raise AssertionError(f"no banner in {timeout} s (exit {process.poll()}); got {found}") from None
        match = re.match(r"\s+([A-Za-z ]+):\s+(\S+)$", line.rstrip("\n"))
        if match:
            found[match.group(1)] = match.group(2)
    return found


def test_serve_prints_where_it_listens_and_a_working_token() -> None:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "prisma_management_api.testing",
            "serve",
            "--port",
            "0",
            "--provisioning-delay",
            "0",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        banner = read_banner(process)
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", banner["API URL"])
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", banner["Auth URL"])
        fake_http = urllib3.PoolManager()
        headers = {"Authorization": f"Bearer {banner['Service token']}"}
        me = fake_http.request("GET", banner["API URL"] + "/v1/me", headers=headers)
        assert me.status == 200
        assert me.json()["data"]["workspace"]["id"] == banner["Workspace"]
        created = fake_http.request(
            "POST", banner["API URL"] + "/v1/projects", json={"name": "cli"}, headers=headers
        )
        assert created.json()["data"]["database"]["status"] == "ready"  # --provisioning-delay 0
        metadata = fake_http.request("GET", banner["Auth URL"] + "/.well-known/oauth-authorization-server")
        assert metadata.json()["issuer"] == banner["Auth URL"]
        fake_http.clear()

        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=10) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


def test_a_bad_option_is_refused_with_a_usage_message() -> None:
    finished = subprocess.run(
        [sys.executable, "-m", "prisma_management_api.testing", "serve", "--port", "not-a-port"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert finished.returncode == 2
    assert "--port" in finished.stderr


def test_the_console_script_and_the_pytest_plugin_are_registered() -> None:
    scripts = {e.name: e.value for e in entry_points(group="console_scripts")}
    assert scripts["prisma-fake"] == "prisma_management_api.testing.__main__:main"
    plugins = {e.name: e.value for e in entry_points(group="pytest11")}
    assert plugins["prisma_management_api"] == "prisma_management_api.testing._pytest_plugin"
