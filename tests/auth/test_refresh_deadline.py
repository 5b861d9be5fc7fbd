"""A call's deadline (``Timeout.total``) bounds the token refresh it waits for: the token request
to a slow token endpoint, and the wait for a refresh lock another holder keeps. The call raises
the deadline error on time; the refresh goes on to its end, so the rotated refresh token the
server handed out is stored (the fake revokes the grant if the old one is ever replayed)."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Generator

import pytest
import urllib3

from prisma_management_api import APITimeoutError, MemoryTokenStorage, Timeout, Tokens
from prisma_management_api.testing import FakePrismaPlatform

from .conftest import log_in, make_async_sdk, make_sdk, stale

DEADLINE = r"GET .*/v1/workspaces did not complete within its deadline \(Timeout total=1 s\)"


def wait_for(condition: Callable[[], bool], timeout: float = 60.0) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.02)
    return True


async def call_with_deadline(platform: FakePrismaPlatform, storage: object, flavour: str) -> float:
    """``GET /v1/workspaces`` with a 1 s deadline, which must fail with the deadline error; the
    seconds it took."""
    started = time.monotonic()
    with pytest.raises(APITimeoutError, match=DEADLINE):
        if flavour == "sync":
            with make_sdk(platform, storage, timeout=Timeout(30, total=1.0)) as sdk:
                sdk.client.GET("/v1/workspaces")
        else:
            async with make_async_sdk(platform, storage, timeout=Timeout(30, total=1.0)) as asdk:
                await asdk.client.GET("/v1/workspaces")
    return time.monotonic() - started


def assert_the_rotated_pair_is_live(
    platform: FakePrismaPlatform, storage: MemoryTokenStorage, first: Tokens
) -> None:
    assert wait_for(lambda: (storage.get_tokens() or first).refresh_token != first.refresh_token), (
        "the refresh did not finish after the call's deadline: the rotated refresh token is lost"
    )
    kept = storage.get_tokens()
    assert kept is not None
    # The stored refresh token is the live one: a further refresh succeeds, the grant is intact.
    storage.set_tokens(stale(kept))
    with make_sdk(platform, storage) as sdk:
        assert sdk.client.GET("/v1/workspaces").status == 200
    assert platform.counters.token_requests("refresh_token") == 2


@pytest.mark.parametrize("flavour", ["sync", "async"])
async def test_a_slow_token_endpoint_ends_the_call_at_its_deadline_and_the_refresh_still_lands(
    platform: FakePrismaPlatform, http: urllib3.PoolManager, flavour: str
) -> None:
    storage = MemoryTokenStorage()
    with make_sdk(platform, storage) as sdk:
        first = log_in(sdk, http)
    storage.set_tokens(stale(first))  # the next call gets a 401 and refreshes
    platform.faults.inject_latency(6.0, "POST /token")
    elapsed = await call_with_deadline(platform, storage, flavour)
    assert elapsed < 5.0  # the token endpoint answers after 6 s: the call did not wait for it
    assert platform.counters.token_requests("refresh_token") == 1
    assert_the_rotated_pair_is_live(platform, storage, first)


class HeldLockStorage(MemoryTokenStorage):
    """A storage whose refresh lock someone else (another process, say) holds until ``release``."""

    def __init__(self) -> None:
        super().__init__()
        self._held = threading.Lock()
        self.waiting = threading.Event()

    @contextlib.contextmanager
    def with_refresh_lock(self) -> Generator[None, None, None]:
        self.waiting.set()
        with self._held:
            yield

    @contextlib.contextmanager
    def held(self) -> Generator[None, None, None]:
        with self._held:
            yield


@pytest.mark.parametrize("flavour", ["sync", "async"])
async def test_waiting_for_a_held_refresh_lock_ends_at_the_deadline(
    platform: FakePrismaPlatform, http: urllib3.PoolManager, flavour: str
) -> None:
    storage = HeldLockStorage()
    with make_sdk(platform, storage) as sdk:
        first = log_in(sdk, http)
    storage.set_tokens(stale(first))
    with storage.held():
        elapsed = await call_with_deadline(platform, storage, flavour)
        assert storage.waiting.is_set()  # the refresh was waiting for the lock
        assert platform.counters.token_requests("refresh_token") == 0
    assert elapsed < 5.0
    # Once the lock is free, the refresh the call started goes on and stores the rotated pair.
    assert_the_rotated_pair_is_live(platform, storage, first)
