"""The SDKs refreshing through a SQL storage: one token request, whatever the number of callers."""

from __future__ import annotations

import asyncio

import sqlalchemy
import urllib3
from auth.conftest import alog_in, expired, make_async_sdk
from sqlalchemy.ext.asyncio import AsyncEngine

from prisma_management_api import AsyncSQLTokenStorage, SQLTokenStorage
from prisma_management_api.testing import FakePrismaPlatform

from .two_sdks import tasks_of_two_async_sdks_refresh_once, threads_of_two_sdks_refresh_once


def test_threads_of_two_sdks_refresh_once(
    platform: FakePrismaPlatform, http: urllib3.PoolManager, sql_engine: sqlalchemy.Engine, key: str
) -> None:
    threads_of_two_sdks_refresh_once(platform, http, lambda: SQLTokenStorage(sql_engine, key=key), threads=20)


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
    await tasks_of_two_async_sdks_refresh_once(
        platform, http, lambda: AsyncSQLTokenStorage(async_sql_engine, key=key), calls=25
    )
