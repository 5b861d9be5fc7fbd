"""``prisma-fake serve --json`` as a real process, for the tests that run real subprocesses."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
from typing import Any


class ServedFake:
    """Starts ``python -m prisma_management_api.testing serve --json ...`` and reads its line."""

    def __init__(self, *extra: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "prisma_management_api.testing", "serve", "--json", *extra],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        self.info: dict[str, Any] = {}

    def wait_ready(self, timeout: float = 60.0) -> dict[str, Any]:
        stdout = self.process.stdout
        assert stdout is not None
        lines: queue.Queue[str] = queue.Queue()
        # A thread reads: the first line may take a while on a loaded machine.
        threading.Thread(target=lambda: lines.put(stdout.readline()), daemon=True).start()
        try:
            line = lines.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"prisma-fake printed nothing in {timeout} s") from None
        if not line:
            stderr = self.process.stderr.read() if self.process.stderr else ""
            raise AssertionError(f"prisma-fake exited {self.process.wait()}: {stderr}")
        self.info = json.loads(line)
        return self.info

    def close(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        for stream in (self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()
