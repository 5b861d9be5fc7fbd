"""The SDKs refreshing through a Redis storage: one token request, whatever the number of callers."""

from __future__ import annotations

import redis
import redis.asyncio
import urllib3
from cryptography.fernet import Fernet

from prisma_management_api import AsyncRedisTokenStorage, RedisTokenStorage
from prisma_management_api.testing import FakePrismaPlatform

from .two_sdks import tasks_of_two_async_sdks_refresh_once, threads_of_two_sdks_refresh_once


def test_two_sdks_sharing_a_key_refresh_once(
    platform: FakePrismaPlatform, http: urllib3.PoolManager, redis_client: redis.Redis, key: str
) -> None:
    encryption = Fernet.generate_key()

    def make_storage() -> RedisTokenStorage:
        return RedisTokenStorage(redis_client, key=key, encryption=encryption)

    threads_of_two_sdks_refresh_once(platform, http, make_storage, threads=40)
    stored = make_storage().get_tokens()
    assert stored is not None and stored.access_token.count(".") == 2


async def test_async_sdks_sharing_a_key_refresh_once(
    platform: FakePrismaPlatform,
    http: urllib3.PoolManager,
    async_redis_client: redis.asyncio.Redis,
    key: str,
) -> None:
    await tasks_of_two_async_sdks_refresh_once(
        platform, http, lambda: AsyncRedisTokenStorage(async_redis_client, key=key), calls=100
    )
