"""Many users per process: ``sdk.for_storage(storage)``, one connection pool, one storage each."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
import redis
import redis.asyncio
import urllib3
from auth.conftest import alog_in, log_in, make_async_sdk, make_sdk
from cryptography.fernet import Fernet

from prisma_management_api import (
    AsyncRedisTokenStorage,
    AuthError,
    FileTokenStorage,
    RedisTokenStorage,
    Tokens,
)
from prisma_management_api.testing import FakePrismaPlatform


def test_each_user_gets_their_own_tokens_over_one_pool(
    platform: FakePrismaPlatform, http: urllib3.PoolManager, redis_client: redis.Redis, key: str
) -> None:
    second_workspace = platform.add_workspace("Second")
    with make_sdk(platform, RedisTokenStorage(redis_client, key=f"{key}:unused")) as sdk:
        alice = sdk.for_storage(RedisTokenStorage(redis_client, key=f"{key}:alice"))
        bob = sdk.for_storage(RedisTokenStorage(redis_client, key=f"{key}:bob"))
        log_in(alice, http)
        platform.oauth.select_workspace(second_workspace.id)
        log_in(bob, http)

        # one pool for everyone; only the storage differs
        assert alice.client._transport is sdk.client._transport is bob.client._transport
        assert alice.token_storage is not bob.token_storage
        bob.client.projects.create(name="bob's project")
        assert [p.name for p in bob.client.projects.list()] == ["bob's project"]
        assert [p.name for p in alice.client.projects.list()] == []
        a, b = alice.token_storage.get_tokens(), bob.token_storage.get_tokens()
        assert a is not None and b is not None
        assert (a.workspace_id, b.workspace_id) == (platform.workspace.id, second_workspace.id)

        # a user with no tokens is logged out, without disturbing the others
        nobody = sdk.for_storage(RedisTokenStorage(redis_client, key=f"{key}:nobody"))
        with pytest.raises(AuthError, match="No tokens available"):
            nobody.client.GET("/v1/workspaces")
        nobody.close()  # closes nothing: the pool belongs to sdk
        assert alice.client.GET("/v1/workspaces").status == 200


def test_for_storage_checks_the_storage(platform: FakePrismaPlatform) -> None:
    with make_sdk(platform) as sdk:
        with pytest.raises(TypeError, match="token_storage lacks get_tokens"):
            sdk.for_storage(object())  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="has async methods"):
            sdk.for_storage(AsyncRedisTokenStorage(redis.asyncio.Redis(), key="k"))  # type: ignore[arg-type]


async def test_async_users_share_one_session(
    platform: FakePrismaPlatform, http: urllib3.PoolManager, async_redis_client: redis.asyncio.Redis, key: str
) -> None:
    second_workspace = platform.add_workspace("Second")
    async with make_async_sdk(platform) as sdk:
        alice = sdk.for_storage(AsyncRedisTokenStorage(async_redis_client, key=f"{key}:alice"))
        bob = sdk.for_storage(AsyncRedisTokenStorage(async_redis_client, key=f"{key}:bob"))
        await alog_in(alice, http)
        platform.oauth.select_workspace(second_workspace.id)
        await alog_in(bob, http)
        assert alice.client._transport is bob.client._transport is sdk.client._transport
        await bob.client.projects.create(name="bob's project")
        names = await asyncio.gather(
            *(user.client.GET("/v1/projects") for user in (alice, bob) for _ in range(20))
        )
        assert [len(r.data.data) for r in names] == [0] * 20 + [1] * 20  # type: ignore[union-attr]
        await alice.aclose()  # closes nothing
        assert (await bob.client.GET("/v1/workspaces")).status == 200


# --- the file storage, encrypted --------------------------------------------------------------


def test_an_encrypted_credentials_file(tmp_path: Path) -> None:
    key, other = Fernet.generate_key(), Fernet.generate_key()
    path = tmp_path / "credentials.json"
    pair = Tokens("ws_1", "access-secret", "refresh-secret")
    FileTokenStorage(path, encryption=key).set_tokens(pair)
    content = path.read_bytes()
    assert content.startswith(b"gAAAAA") and b"secret" not in content and b"ws_1" not in content
    assert FileTokenStorage(path, encryption=[other, key]).get_tokens() == pair
    with pytest.raises(AuthError, match="cannot be decrypted"):
        FileTokenStorage(path, encryption=other).get_tokens()
    with pytest.raises(AuthError, match="are encrypted: give the storage its encryption key"):
        FileTokenStorage(path).get_tokens()
    assert path.read_bytes() == content  # the failed reads changed nothing
