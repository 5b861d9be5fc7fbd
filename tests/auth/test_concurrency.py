"""One refresh, however many threads, tasks or processes hit a stale token at the same moment."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import urllib3
from support.waiting import async_wait_for

from prisma_management_api import AuthError, FileTokenStorage, MemoryTokenStorage, Tokens
from prisma_management_api.testing import FakePrismaPlatform

from .conftest import REDIRECT_URI, PlainStorage, alog_in, expired, log_in, make_async_sdk, make_sdk, stale


def refreshes(platform: FakePrismaPlatform) -> int:
    return platform.counters.token_requests("refresh_token")


def run_threads(count: int, target: Callable[[], object]) -> list[object]:
    """Start ``count`` threads at once (a barrier), return what each returned or raised."""
    barrier = threading.Barrier(count)
    outcomes: list[object] = [None] * count

    def run(index: int) -> None:
        barrier.wait()
        try:
            outcomes[index] = target()
        except BaseException as error:
            outcomes[index] = error

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return outcomes


@pytest.mark.parametrize("make_stale", [stale, expired], ids=["401", "expired"])
def test_100_threads_share_one_refresh(
    platform: FakePrismaPlatform, http: urllib3.PoolManager, make_stale: Callable[[Tokens], Tokens]
) -> None:
    storage = PlainStorage()
    with make_sdk(platform, storage, http_client=urllib3.PoolManager(maxsize=100)) as sdk:
        storage.set_tokens(make_stale(log_in(sdk, http)))
        # a slow token endpoint widens the window in which the threads pile up
        platform.faults.inject_latency(0.2, "POST /token")
        statuses = run_threads(100, lambda: sdk.client.GET("/v1/workspaces").status)
    assert statuses == [200] * 100
    assert refreshes(platform) == 1


async def test_1000_tasks_share_one_refresh(platform: FakePrismaPlatform, http: urllib3.PoolManager) -> None:
    storage = PlainStorage()
    async with make_async_sdk(platform, storage) as sdk:
        storage.set_tokens(stale(await alog_in(sdk, http)))
        platform.faults.inject_latency(0.2, "POST /token")
        results = await asyncio.gather(*(sdk.client.GET("/v1/workspaces") for _ in range(1000)))
    assert [r.status for r in results] == [200] * 1000
    assert refreshes(platform) == 1


async def test_1000_tasks_with_a_file_storage_share_one_refresh(
    platform: FakePrismaPlatform, http: urllib3.PoolManager, tmp_path: Path
) -> None:
    storage = FileTokenStorage(tmp_path / "credentials.json")
    async with make_async_sdk(platform, storage) as sdk:
        storage.set_tokens(expired(await alog_in(sdk, http)))
        results = await asyncio.gather(*(sdk.client.GET("/v1/workspaces") for _ in range(1000)))
    assert [r.status for r in results] == [200] * 1000
    assert refreshes(platform) == 1


def test_threads_share_the_failure_too(platform: FakePrismaPlatform, http: urllib3.PoolManager) -> None:
    storage = MemoryTokenStorage()
    with make_sdk(platform, storage, http_client=urllib3.PoolManager(maxsize=50)) as sdk:
        before = stale(log_in(sdk, http))
        storage.set_tokens(before)
        platform.faults.inject_latency(0.2, "POST /token")
        platform.faults.inject_status(500, "POST /token")
        outcomes = run_threads(50, lambda: sdk.client.GET("/v1/workspaces"))
    assert all(
        isinstance(o, AuthError) and o.message == "Token request failed with status 500" for o in outcomes
    )
    assert len({id(o) for o in outcomes}) == 50  # each thread raised its own exception object
    assert refreshes(platform) == 1
    assert storage.get_tokens() == before


async def test_invalid_grant_reaches_every_task_and_clears_once(
    platform: FakePrismaPlatform, http: urllib3.PoolManager
) -> None:
    storage = MemoryTokenStorage()
    async with make_async_sdk(platform, storage) as sdk:
        tokens = await alog_in(sdk, http)
        assert tokens.refresh_token is not None
        storage.set_tokens(stale(tokens))
        platform.oauth.revoke_grant_of(tokens.refresh_token)
        outcomes = await asyncio.gather(
            *(sdk.client.GET("/v1/workspaces") for _ in range(100)), return_exceptions=True
        )
    assert all(isinstance(o, AuthError) for o in outcomes)
    # The tasks that hit the shared refresh learn the token is dead; later ones find no tokens.
    assert any(isinstance(o, AuthError) and o.refresh_token_invalid for o in outcomes)
    assert refreshes(platform) == 1
    assert storage.get_tokens() is None


# --- cancellation and timeouts --------------------------------------------------------------------


async def test_cancelled_waiters_do_not_cancel_the_shared_refresh(
    platform: FakePrismaPlatform, http: urllib3.PoolManager
) -> None:
    storage = MemoryTokenStorage()
    async with make_async_sdk(platform, storage) as sdk:
        first = stale(await alog_in(sdk, http))
        storage.set_tokens(first)
        platform.faults.inject_latency(2.0, "POST /token")  # longer than any wait for the event below
        before = platform.counters.hits("GET /v1/workspaces")
        calls = [asyncio.ensure_future(sdk.client.GET("/v1/workspaces")) for _ in range(20)]
        # every call got its 401, and the refresh reached the server: it is in flight
        in_flight = await async_wait_for(
            lambda: platform.counters.hits("GET /v1/workspaces") - before == 20 and refreshes(platform) == 1
        )
        assert in_flight and not any(call.done() for call in calls)
        for call in calls[:10]:  # the first one started the refresh
            call.cancel()
        outcomes = await asyncio.gather(*calls, return_exceptions=True)
    assert all(isinstance(o, asyncio.CancelledError) for o in outcomes[:10])
    assert [getattr(o, "status", o) for o in outcomes[10:]] == [200] * 10
    assert refreshes(platform) == 1
    now = storage.get_tokens()
    assert now is not None and now.refresh_token != first.refresh_token


async def test_a_refresh_whose_every_waiter_timed_out_still_completes_and_is_stored(
    platform: FakePrismaPlatform, http: urllib3.PoolManager
) -> None:
    storage = MemoryTokenStorage()
    async with make_async_sdk(platform, storage) as sdk:
        first = stale(await alog_in(sdk, http))
        storage.set_tokens(first)
        # the refresh takes 2 s: far longer than the call may wait, however late the loop runs
        platform.faults.inject_latency(2.0, "POST /token")
        with pytest.raises(asyncio.TimeoutError):  # TimeoutError itself from Python 3.11 on
            await asyncio.wait_for(sdk.client.GET("/v1/workspaces"), 0.1)
        # The refresh goes on without anyone waiting, and lands whole.
        deadline = time.monotonic() + 60
        while storage.get_tokens() == first and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
        now = storage.get_tokens()
        assert now is not None and now != first and now.refresh_token != first.refresh_token
        # A later call uses the stored pair: no second refresh (which would reuse a rotated token).
        assert (await sdk.client.GET("/v1/workspaces")).status == 200
    assert refreshes(platform) == 1


# --- processes ------------------------------------------------------------------------------------

WORKER = textwrap.dedent(
    """
    import os, sys, time
    from prisma_management_api import FileTokenStorage, create_management_api_sdk

    credentials, go, client_id, redirect, api, auth = sys.argv[1:7]
    sdk = create_management_api_sdk(
        client_id, redirect, FileTokenStorage(credentials), api_base_url=api, auth_base_url=auth
    )
    print("ready", flush=True)
    while not os.path.exists(go):
        time.sleep(0.001)
    print(sdk.client.GET("/v1/workspaces").status, flush=True)
    """
)


@pytest.mark.parametrize("make_stale", [expired, stale], ids=["expired", "401"])
def test_8_processes_sharing_a_file_refresh_once(
    platform: FakePrismaPlatform,
    http: urllib3.PoolManager,
    tmp_path: Path,
    make_stale: Callable[[Tokens], Tokens],
) -> None:
    credentials = tmp_path / "credentials.json"
    storage = FileTokenStorage(credentials)
    with make_sdk(platform, storage) as sdk:
        first = make_stale(log_in(sdk, http))
    storage.set_tokens(first)
    platform.faults.inject_latency(0.2, "POST /token")
    go = tmp_path / "go"
    args = [str(credentials), str(go), platform.client_id, REDIRECT_URI, platform.api_url, platform.auth_url]
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, *args], stdout=subprocess.PIPE, text=True, env=os.environ.copy()
        )
        for _ in range(8)
    ]
    try:
        for worker in workers:  # all imported and built: now release them together
            assert worker.stdout is not None and worker.stdout.readline().strip() == "ready"
        go.touch()
        statuses = [worker.communicate(timeout=60)[0].strip() for worker in workers]
    finally:
        for worker in workers:
            worker.kill() if worker.poll() is None else None
    assert statuses == ["200"] * 8
    assert refreshes(platform) == 1
    now = storage.get_tokens()
    assert now is not None and now.refresh_token != first.refresh_token
