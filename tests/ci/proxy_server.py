"""A real forward proxy (pproxy, from PyPI) in a subprocess on loopback, whose log tells which
requests went through it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class ForwardProxy:
    def __init__(self, log_path: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._log_path = log_path
        self._log = log_path.open("wb")
        self._start = 0  # log() is what was logged since the last begin()
        self._process = subprocess.Popen(
            [sys.executable, "-u", "-m", "pproxy", "-l", f"http://127.0.0.1:{self.port}", "-v"],
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )

    def wait_listening(self, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                break
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return
            except OSError:
                time.sleep(0.05)
        message = f"pproxy did not start: {self.log()!r}"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)

    def begin(self) -> None:
        """Forget what earlier tests sent through (a later fake may reuse an earlier one's port)."""
        self._start = self._log_path.stat().st_size

    def log(self) -> str:
        with self._log_path.open("rb") as file:
            file.seek(self._start)
            return file.read().decode(errors="replace")

    def wait_for(self, text: str, timeout: float = 30.0) -> bool:
        """Whether ``text`` appears in the proxy's log (it is written after the connection)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if text in self.log():
                return True
            time.sleep(0.05)
        return False

    def close(self) -> None:
        self._process.terminate()
        try:
            self._process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._log.close()
