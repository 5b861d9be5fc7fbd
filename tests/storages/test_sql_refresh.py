"""The SDKs refreshing through a SQL storage: one token request, whatever the number of callers."""

from __future__ import annotations

import asyncio
import threading

import sqlalchemy
import urllib3
from auth.conftest import alog_in, expired, log_in, make_async_sdk, make_sdk
from sqlalchemy.ext.asyncio import AsyncEngine

from prisma_management_api import AsyncSQLTokenStorage, SQLTokenStorage
from prisma_management_api.testing import FakePrismaPlatform


def test_threads_of_two_sdks_refresh_once(
    platform: FakePrismaPlatform, http: urllib3.PoolManager, sql_engine: sqlalchemy.Engine, key: str
) -> None:
    first = make_sdk(platform, SQLTokenStorage(sql_engine, key=key))
    second = make_sdk(platform, SQLTokenStorage(sql_engine, key=key))
    first.token_storage.set_tokens(expired(log_in(first, http)))
    platform.faults.inject_latency(0.2, "POST /token")
    statuses: list[int] = []
    barrier = threading.Barrier(20)

    def call(index: int) -> None:
        barrier.wait()
        sdk = first if index % 2 else second
        statuses.append(sdk.client.GET("/v1/workspaces").status)

    threads = [threading.Thread(target=call, args=(i,)) for i in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert statuses == [200] * 20
    assert platform.counters.token_requests("refresh_token") == 1
    first.close()
    second.close()


async def test_the_async_sdk_over_a_sync_sql_storage_refreshes_once(
    platform: FakePrismaPlatform, http: urllib3.PoolManager, sql_engine: sqlalchemy.Engine, key: str
) -> None:
    # the lock is held on one thread while the reads and writes run on others (asyncio.to_thread)
    storage = SQLTokenStorage(sql_engine, key=key)
    async with make_async_sdk(platform, storage) as sdk:
        await asyncio.to_thread(storage.set_tokens, expired(await alog_in(sdk, http)))
        platform.faults.inject_latency(0.2, "POST /token")
        results = await asyncio.gather(*(sdk.client.GET("/v1/workspaces") for _ in range(50)))
    assert [r.status for r in results] == [200] * 50
    assert platform.counters.token_requests("refresh_token") == 1


async def test_async_sdks_over_an_async_sql_storage_refresh_once(
    platform: FakePrismaPlatform, http: urllib3.PoolManager, async_sql_engine: AsyncEngine, key: str
) -> None:
    first = make_async_sdk(platform, AsyncSQLTokenStorage(async_sql_engine, key=key))
    second = make_async_sdk(platform, AsyncSQLTokenStorage(async_sql_engine, key=key))
    tokens = await alog_in(first, http)
    await AsyncSQLTokenStorage(async_sql_engine, key=key).set_tokens(expired(tokens))
    platform.faults.inject_latency(0.2, "POST /token")
    results = await asyncio.gather(
        *(sdk.client.GET("/v1/workspaces") for _ in range(25) for sdk in (first, second))
    )
    assert [r.status for r in results] == [200] * 50
    assert platform.counters.token_requests("refresh_token") == 1
    await first.aclose()
    await second.aclose()
