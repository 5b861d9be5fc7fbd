"""Running a Python script in a process of its own, for what only a fresh process shows (what an
import loads, what runs at exit, a thread that outlives the test) or what a bug would break for
good in the test's own process (a dead watchdog thread)."""

from __future__ import annotations

import subprocess
import sys

import pytest


def run_python(
    script: str, *args: str, input: str | None = None, timeout: float = 120, hung: str
) -> subprocess.CompletedProcess[str]:
    """``python -c script *args``, its output captured as text; the test fails with ``hung``
    when the process outlives ``timeout`` (the bug each of these tests guards against is a
    process that never ends)."""
    try:
        return subprocess.run(
            [sys.executable, "-c", script, *args],
            input=input,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(hung)
