"""Fixtures for the fake platform's engine, faults and OAuth server tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import urllib3

from prisma_management_api.testing._faults import Faults


class FakeClock:
    """An injectable clock that only moves when told to."""

    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def faults() -> Faults:
    return Faults()


@pytest.fixture
def http() -> Iterator[urllib3.PoolManager]:
    """A keep-alive client that neither retries nor follows redirects."""
    pool = urllib3.PoolManager(retries=False, timeout=urllib3.Timeout(connect=2, read=5))
    yield pool
    pool.clear()
