"""The SDKs refreshing through a Redis storage: one token request, whatever the number of callers."""

from __future__ import annotations

import asyncio
import threading

import redis
import redis.asyncio
import urllib3
from auth.conftest import alog_in, expired, log_in, make_async_sdk, make_sdk
from cryptography.fernet import Fernet

from prisma_management_api import AsyncRedisTokenStorage, RedisTokenStorage
from prisma_management_api.testing import FakePrismaPlatform


def test_two_sdks_sharing_a_key_refresh_once(
    platform: FakePrismaPlatform, http: urllib3.PoolManager, redis_client: redis.Redis, key: str
) -> None:
    encryption = Fernet.generate_key()
    # two SDKs, each with its own storage object and client: two workers of a fleet
    first = make_sdk(platform, RedisTokenStorage(redis_client, key=key, encryption=encryption))
    second = make_sdk(platform, RedisTokenStorage(redis_client, key=key, encryption=encryption))
    first.token_storage.set_tokens(expired(log_in(first, http)))
    platform.faults.inject_latency(0.2, "POST /token")
    statuses: list[int] = []
    barrier = threading.Barrier(40)

    def call(sdk: object) -> None:
        barrier.wait()
        statuses.append(sdk.client.GET("/v1/workspaces").status)  # type: ignore[attr-defined]

    threads = [threading.Thread(target=call, args=(first if i % 2 else second,)) for i in range(40)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert statuses == [200] * 40
    assert platform.counters.token_requests("refresh_token") == 1
    stored = second.token_storage.get_tokens()
    assert stored is not None and stored.access_token.count(".") == 2
    first.close()
    second.close()


async def test_async_sdks_sharing_a_key_refresh_once(
    platform: FakePrismaPlatform,
    http: urllib3.PoolManager,
    async_redis_client: redis.asyncio.Redis,
    key: str,
) -> None:
    first = make_async_sdk(platform, AsyncRedisTokenStorage(async_redis_client, key=key))
    second = make_async_sdk(platform, AsyncRedisTokenStorage(async_redis_client, key=key))
    tokens = await alog_in(first, http)
    await AsyncRedisTokenStorage(async_redis_client, key=key).set_tokens(expired(tokens))
    platform.faults.inject_latency(0.2, "POST /token")
    results = await asyncio.gather(
        *(sdk.client.GET("/v1/workspaces") for _ in range(100) for sdk in (first, second))
    )
    assert [r.status for r in results] == [200] * 200
    assert platform.counters.token_requests("refresh_token") == 1
    await first.aclose()
    await second.aclose()
