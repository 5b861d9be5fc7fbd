"""Waiting for an event rather than for a guess of how long it takes: a loaded machine (a CI
runner, two suites on one small box) can be many times slower than a developer's laptop."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable


def wait_for(condition: Callable[[], bool], timeout: float = 60.0, interval: float = 0.01) -> bool:
    """True as soon as ``condition()`` holds; False if it still does not after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() >= deadline:
            return False
        time.sleep(interval)
    return True


async def async_wait_for(
    condition: Callable[[], bool], timeout: float = 60.0, interval: float = 0.01
) -> bool:
    """:func:`wait_for` for a test running on an event loop (the loop keeps running meanwhile)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() >= deadline:
            return False
        await asyncio.sleep(interval)
    return True
