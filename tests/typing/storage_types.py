"""Static type tests of the fleet storages and ``for_storage`` (checked by mypy and pyright)."""

from __future__ import annotations

import redis
import redis.asyncio
import sqlalchemy
from sqlalchemy.ext.asyncio import create_async_engine
from typing_extensions import assert_type

from prisma_management_api import (
    AsyncManagementApiSdk,
    AsyncRedisTokenStorage,
    AsyncSQLTokenStorage,
    AsyncTokenStorage,
    ManagementApiSdk,
    RedisTokenStorage,
    SQLTokenStorage,
    TokenEncryption,
    Tokens,
    TokenStorage,
    TokenStorageError,
    create_async_management_api_sdk,
    create_management_api_sdk,
    create_token_table,
    token_table,
)


def sync_storages(sdk: ManagementApiSdk) -> None:
    redis_storage = RedisTokenStorage(redis.Redis(), key="prisma:user-1", encryption=[b"k1", "k2"])
    assert_type(redis_storage.get_tokens(), Tokens | None)
    assert_type(redis_storage.clear_tokens_if_current(Tokens("w", "a")), bool)
    engine = sqlalchemy.create_engine("sqlite://")
    assert_type(create_token_table(engine), sqlalchemy.Table)
    assert_type(token_table(), sqlalchemy.Table)
    sql_storage = SQLTokenStorage(engine, key="prisma:user-1", encryption=TokenEncryption(b"k"))
    assert_type(sql_storage.get_tokens(), Tokens | None)
    storage: TokenStorage = redis_storage
    storage = sql_storage
    assert_type(sdk.for_storage(storage), ManagementApiSdk)
    assert_type(sdk.for_storage(redis_storage).client.GET("/v1/workspaces").status, int)
    with redis_storage.with_refresh_lock(), sql_storage.with_refresh_lock():
        pass
    error: Exception = TokenStorageError("x")
    del error


async def async_storages(sdk: AsyncManagementApiSdk) -> None:
    redis_storage = AsyncRedisTokenStorage(redis.asyncio.Redis(), key="prisma:user-1")
    assert_type(await redis_storage.get_tokens(), Tokens | None)
    sql_storage = AsyncSQLTokenStorage(create_async_engine("sqlite+aiosqlite://"), key="k")
    assert_type(await sql_storage.clear_tokens_if_current(Tokens("w", "a")), bool)
    storage: AsyncTokenStorage = redis_storage
    assert_type(sdk.for_storage(storage), AsyncManagementApiSdk)
    assert_type(sdk.for_storage(sql_storage), AsyncManagementApiSdk)
    async with redis_storage.with_refresh_lock(), sql_storage.with_refresh_lock():
        pass


def factories() -> None:
    sync_sdk = create_management_api_sdk(
        "id", "http://127.0.0.1/cb", RedisTokenStorage(redis.Redis(), key="k")
    )
    async_sdk = create_async_management_api_sdk(
        "id", "http://127.0.0.1/cb", AsyncRedisTokenStorage(redis.asyncio.Redis(), key="k")
    )
    del sync_sdk, async_sdk
