"""Two SDKs sharing one stored login (two workers of a fleet), whose access token has expired,
called at once from many threads or tasks: every call succeeds after one token request."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from typing import Any

import urllib3
from auth.conftest import alog_in, expired, log_in, make_async_sdk, make_sdk

from prisma_management_api.testing import FakePrismaPlatform


def threads_of_two_sdks_refresh_once(
    platform: FakePrismaPlatform, http: urllib3.PoolManager, make_storage: Callable[[], Any], threads: int
) -> None:
    """``threads`` threads, half on each SDK (each with a storage of its own from ``make_storage``),
    released together while the token endpoint is slow."""
    first, second = make_sdk(platform, make_storage()), make_sdk(platform, make_storage())
    try:
        first.token_storage.set_tokens(expired(log_in(first, http)))
        platform.faults.inject_latency(0.2, "POST /token")
        statuses: list[int] = []
        barrier = threading.Barrier(threads)

        def call(index: int) -> None:
            barrier.wait()
            sdk = first if index % 2 else second
            statuses.append(sdk.client.GET("/v1/workspaces").status)

        started = [threading.Thread(target=call, args=(i,)) for i in range(threads)]
        for thread in started:
            thread.start()
        for thread in started:
            thread.join(60)
        assert statuses == [200] * threads
        assert platform.counters.token_requests("refresh_token") == 1
    finally:
        first.close()
        second.close()


async def tasks_of_two_async_sdks_refresh_once(
    platform: FakePrismaPlatform, http: urllib3.PoolManager, make_storage: Callable[[], Any], calls: int
) -> None:
    """``calls`` tasks on each async SDK (each with a storage of its own from ``make_storage``),
    gathered while the token endpoint is slow."""
    first, second = make_async_sdk(platform, make_storage()), make_async_sdk(platform, make_storage())
    try:
        tokens = await alog_in(first, http)
        await make_storage().set_tokens(expired(tokens))
        platform.faults.inject_latency(0.2, "POST /token")
        results = await asyncio.gather(
            *(sdk.client.GET("/v1/workspaces") for _ in range(calls) for sdk in (first, second))
        )
        assert [r.status for r in results] == [200] * (2 * calls)
        assert platform.counters.token_requests("refresh_token") == 1
    finally:
        await first.aclose()
        await second.aclose()
