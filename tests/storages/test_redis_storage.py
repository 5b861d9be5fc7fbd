"""RedisTokenStorage and AsyncRedisTokenStorage against a real redis-server."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import threading
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
import redis.asyncio
from cryptography.fernet import Fernet
from redis.backoff import NoBackoff
from redis.retry import Retry
from support.servers import RedisServer, start_or_report
from support.waiting import async_wait_for, wait_for

from prisma_management_api import (
    AsyncRedisTokenStorage,
    AuthError,
    FileTokenStorage,
    RedisTokenStorage,
    TokenEncryption,
    Tokens,
    TokenStorageError,
    decode_tokens,
    encode_tokens,
)

A = Tokens("ws_1", "access-secret-a", "refresh-secret-a")
B = Tokens("ws_1", "access-secret-b", "refresh-secret-b")


def test_round_trip_one_value_per_key(redis_client: redis.Redis, key: str) -> None:
    storage = RedisTokenStorage(redis_client, key=key)
    other = RedisTokenStorage(redis_client, key=key + ":other")
    assert storage.get_tokens() is None
    storage.set_tokens(A)
    assert storage.get_tokens() == A
    assert other.get_tokens() is None
    # one string value holding the whole pair, in the TypeScript SDK's JSON form
    assert redis_client.type(key) == b"string"
    assert (
        redis_client.get(key)
        == b'{"workspaceId":"ws_1","accessToken":"access-secret-a","refreshToken":"refresh-secret-a"}'
    )
    storage.set_tokens(B)
    assert RedisTokenStorage(redis_client, key=key).get_tokens() == B
    storage.clear_tokens()
    assert storage.get_tokens() is None and redis_client.exists(key) == 0


def test_ttl_expires_the_pair(redis_client: redis.Redis, key: str) -> None:
    RedisTokenStorage(redis_client, key=key, ttl=3600).set_tokens(A)
    assert 3590_000 < redis_client.pttl(key) <= 3600_000


def test_clear_if_current_deletes_only_the_pair_it_was_given(redis_client: redis.Redis, key: str) -> None:
    storage = RedisTokenStorage(redis_client, key=key)
    storage.set_tokens(B)
    assert storage.clear_tokens_if_current(A) is False
    assert storage.get_tokens() == B
    assert storage.clear_tokens_if_current(B) is True
    assert storage.get_tokens() is None
    assert storage.clear_tokens_if_current(B) is False


def test_a_corrupt_value_reads_as_logged_out_without_quoting_it(
    redis_client: redis.Redis, key: str, caplog: pytest.LogCaptureFixture
) -> None:
    redis_client.set(key, b'{"accessToken": "leaked-secret"')
    with caplog.at_level(logging.WARNING, "prisma_management_api"):
        assert RedisTokenStorage(redis_client, key=key).get_tokens() is None
    assert "not valid" in caplog.text and "leaked-secret" not in caplog.text


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"key": ""}, "key must be a non-empty string"),
        ({"key": "k", "lock_lease": 0}, "lock_lease must be a positive"),
        ({"key": "k", "lock_timeout": -1}, "lock_timeout must be a positive"),
        ({"key": "k", "ttl": 0}, "ttl must be a positive"),
        ({"key": "k", "encryption": "not-a-key"}, "encryption key #0 is not a Fernet key"),
    ],
)
def test_bad_arguments_are_named(redis_client: redis.Redis, kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        RedisTokenStorage(redis_client, **kwargs)  # type: ignore[arg-type]


def test_repr_shows_no_secret(redis_client: redis.Redis, key: str) -> None:
    fernet_key = Fernet.generate_key()
    storage = RedisTokenStorage(redis_client, key=key, encryption=fernet_key)
    assert repr(storage) == f"RedisTokenStorage(key={key!r}, encrypted=True)"
    assert fernet_key.decode() not in repr(storage._settings.encryption)


# --- the refresh lock -------------------------------------------------------------------------


def test_the_lock_excludes_other_holders_and_only_its_owner_releases_it(
    redis_client: redis.Redis, key: str
) -> None:
    first = RedisTokenStorage(redis_client, key=key, lock_timeout=0.3)
    second = RedisTokenStorage(redis_client, key=key, lock_timeout=0.3)
    with first.with_refresh_lock():
        owner = redis_client.get(f"{key}:refresh-lock")
        assert owner is not None and len(owner) == 32
        timed_out = pytest.raises(AuthError, match=r"Timed out after 0\.3s waiting for another worker")
        with timed_out, second.with_refresh_lock():
            pass
        assert redis_client.get(f"{key}:refresh-lock") == owner  # the loser did not delete it
    assert redis_client.exists(f"{key}:refresh-lock") == 0
    with second.with_refresh_lock():
        pass


def test_a_waiter_gets_the_lock_when_the_holder_releases_it(redis_client: redis.Redis, key: str) -> None:
    storage = RedisTokenStorage(redis_client, key=key)
    order: list[str] = []
    held = threading.Event()

    def holder() -> None:
        with storage.with_refresh_lock():
            held.set()
            time.sleep(0.3)
            order.append("holder out")

    thread = threading.Thread(target=holder)
    thread.start()
    assert held.wait(30)
    with storage.with_refresh_lock():
        order.append("waiter in")
    thread.join(30)
    assert order == ["holder out", "waiter in"]


# The lease of the extension tests: the keeper extends it every third of it, so it has two
# thirds of a lease (2 s) to get scheduled, which a loaded 2-core machine does.
LEASE = 3.0


class LeaseWatch:
    """What the test sees of the lock key in Redis: whether its time to live ever grew (only an
    extension makes it grow), and whether it is still there, its holder's, past its first lease."""

    def __init__(self, redis_client: redis.Redis, key: str) -> None:
        self.redis = redis_client
        self.lock_key = f"{key}:refresh-lock"
        self.owner = redis_client.get(self.lock_key)
        self.taken = time.monotonic()
        self.last_pttl = redis_client.pttl(self.lock_key)
        self.extensions = 0

    def look(self) -> bool:
        """One look; True once the lock has been held for longer than a lease and a third."""
        pttl = self.redis.pttl(self.lock_key)
        self.extensions += pttl > self.last_pttl
        self.last_pttl = pttl
        return time.monotonic() - self.taken > LEASE * 4 / 3

    def check(self) -> None:
        assert self.extensions >= 2, f"the time to live grew {self.extensions} times"
        assert self.owner is not None and self.redis.get(self.lock_key) == self.owner


def test_the_lease_is_extended_while_a_slow_refresh_runs(redis_client: redis.Redis, key: str) -> None:
    storage = RedisTokenStorage(redis_client, key=key, lock_lease=LEASE)
    other = RedisTokenStorage(redis_client, key=key, lock_timeout=0.2)
    with storage.with_refresh_lock():
        watch = LeaseWatch(redis_client, key)
        # a slow refresh, held past its first lease: the keeper must have extended it
        assert wait_for(watch.look, timeout=60, interval=0.05)
        watch.check()
        with pytest.raises(AuthError, match="Timed out"), other.with_refresh_lock():
            pass
    with other.with_refresh_lock():
        pass


def test_a_lease_left_by_a_dead_holder_expires(redis_client: redis.Redis, key: str) -> None:
    # a holder that died: its lease is in Redis and nobody extends it
    started = time.monotonic()  # before the lease begins, so the wait measured is never shorter
    redis_client.set(f"{key}:refresh-lock", "0" * 32, px=500)
    with RedisTokenStorage(redis_client, key=key, lock_timeout=30).with_refresh_lock():
        waited = time.monotonic() - started
    assert 0.45 < waited < 30


def test_a_lock_that_expired_under_its_holder_is_not_released_by_it(
    redis_client: redis.Redis, key: str, caplog: pytest.LogCaptureFixture
) -> None:
    storage = RedisTokenStorage(redis_client, key=key)
    with caplog.at_level(logging.WARNING, "prisma_management_api"), storage.with_refresh_lock():
        # the lease ran out (say the holder was paused) and another worker took the lock
        redis_client.set(f"{key}:refresh-lock", "someone-else")
    assert redis_client.get(f"{key}:refresh-lock") == b"someone-else"
    assert "expired before it was released" in caplog.text or "was lost" in caplog.text


# --- encryption -------------------------------------------------------------------------------


def test_encrypted_pairs_are_never_stored_in_clear_and_keys_rotate(
    redis_client: redis.Redis, key: str
) -> None:
    old, new = Fernet.generate_key(), Fernet.generate_key()
    RedisTokenStorage(redis_client, key=key, encryption=old).set_tokens(A)
    raw = redis_client.get(key)
    assert raw is not None and raw.startswith(b"gAAAAA")
    assert b"secret" not in raw and b"ws_1" not in raw
    assert Fernet(old).decrypt(raw).startswith(b'{"workspaceId":"ws_1"')

    # the new key first, the old one kept: the old value reads, the next write uses the new key
    rotated = RedisTokenStorage(redis_client, key=key, encryption=[new, old])
    assert rotated.get_tokens() == A
    assert rotated.rotate_encryption() is True
    assert RedisTokenStorage(redis_client, key=key, encryption=new).get_tokens() == A


def test_a_wrong_key_is_an_auth_error_never_garbage(redis_client: redis.Redis, key: str) -> None:
    RedisTokenStorage(redis_client, key=key, encryption=Fernet.generate_key()).set_tokens(A)
    wrong = RedisTokenStorage(redis_client, key=key, encryption=Fernet.generate_key())
    with pytest.raises(AuthError, match="cannot be decrypted with the configured encryption key"):
        wrong.get_tokens()
    with pytest.raises(AuthError, match="are encrypted: give the storage its encryption key"):
        RedisTokenStorage(redis_client, key=key).get_tokens()
    # nothing was changed by the failed reads
    assert redis_client.get(key) is not None


def test_a_clear_pair_is_read_and_encrypted_at_the_next_write(
    redis_client: redis.Redis, key: str, caplog: pytest.LogCaptureFixture
) -> None:
    RedisTokenStorage(redis_client, key=key).set_tokens(A)
    storage = RedisTokenStorage(redis_client, key=key, encryption=Fernet.generate_key())
    with caplog.at_level(logging.WARNING, "prisma_management_api"):
        assert storage.get_tokens() == A
    assert "stored in clear" in caplog.text
    storage.set_tokens(B)
    assert (redis_client.get(key) or b"").startswith(b"gAAAAA")


# --- outages ----------------------------------------------------------------------------------


def test_a_redis_outage_is_a_typed_error_that_names_no_secret() -> None:
    # no retries: redis-py's default backoff would make the test wait for nothing
    client = redis.Redis(host="127.0.0.1", port=1, socket_connect_timeout=2, retry=Retry(NoBackoff(), 0))
    storage = RedisTokenStorage(client, key="prisma:down", write_retry=0.2)
    for call in (storage.get_tokens, lambda: storage.set_tokens(A), storage.clear_tokens):
        with pytest.raises(
            TokenStorageError, match=r"Redis failed while .* \(Redis key 'prisma:down'\)"
        ) as info:
            call()
        assert isinstance(info.value, AuthError)
        assert isinstance(info.value.__cause__, redis.ConnectionError)
        assert "secret" not in str(info.value)
    with pytest.raises(TokenStorageError, match="taking the refresh lock"), storage.with_refresh_lock():
        pass


def test_a_restarted_redis_keeps_the_tokens(redis_server: RedisServer, key: str) -> None:
    client = redis.Redis.from_url(redis_server.url, socket_timeout=5)
    storage = RedisTokenStorage(client, key=key)
    storage.set_tokens(A)
    redis_server.restart()
    assert storage.get_tokens() == A  # redis-py reconnects; the append-only file kept the pair
    client.close()


# --- async ------------------------------------------------------------------------------------


async def test_async_storage_round_trip_and_clear_if_current(
    async_redis_client: redis.asyncio.Redis, redis_client: redis.Redis, key: str
) -> None:
    fernet_key = Fernet.generate_key()
    storage = AsyncRedisTokenStorage(async_redis_client, key=key, encryption=fernet_key)
    assert await storage.get_tokens() is None
    await storage.set_tokens(A)
    assert await storage.get_tokens() == A
    # the same value as the sync storage writes: both can share a key
    assert RedisTokenStorage(redis_client, key=key, encryption=fernet_key).get_tokens() == A
    assert await storage.clear_tokens_if_current(B) is False
    assert await storage.clear_tokens_if_current(A) is True
    assert await storage.get_tokens() is None


async def test_async_lock_excludes_extends_and_releases(
    async_redis_client: redis.asyncio.Redis, redis_client: redis.Redis, key: str
) -> None:
    storage = AsyncRedisTokenStorage(async_redis_client, key=key, lock_lease=LEASE)
    sync_other = RedisTokenStorage(redis_client, key=key, lock_timeout=0.2)
    async with storage.with_refresh_lock():
        watch = LeaseWatch(redis_client, key)  # a blocking client: a few ms on the loop, each look
        assert await async_wait_for(watch.look, timeout=60, interval=0.05)
        watch.check()
        with pytest.raises(AuthError, match="Timed out"):
            await asyncio.to_thread(lambda: sync_other.with_refresh_lock().__enter__())
    assert redis_client.exists(f"{key}:refresh-lock") == 0


async def test_async_lock_wait_times_out(async_redis_client: redis.asyncio.Redis, key: str) -> None:
    holder = AsyncRedisTokenStorage(async_redis_client, key=key)
    waiter = AsyncRedisTokenStorage(async_redis_client, key=key, lock_timeout=0.2)
    async with holder.with_refresh_lock():
        with pytest.raises(AuthError, match=r"Timed out after 0\.2s"):
            async with waiter.with_refresh_lock():
                pass


def test_a_write_waits_out_a_short_outage(redis_server: RedisServer, key: str) -> None:
    client = redis.Redis.from_url(redis_server.url, socket_timeout=5, retry=Retry(NoBackoff(), 0))
    storage = RedisTokenStorage(client, key=key, write_retry=60)
    redis_server.stop()
    restart = threading.Timer(1.0, redis_server.start)
    restart.start()
    try:
        storage.set_tokens(A)  # a refreshed pair: kept trying until Redis was back
    finally:
        restart.join(60)
    assert storage.get_tokens() == A
    client.close()


# --- a Redis that stops answering ---------------------------------------------------------------


def test_a_sync_client_without_socket_timeout_is_warned_about(redis_server: RedisServer, key: str) -> None:
    unbounded = redis.Redis.from_url(redis_server.url)
    with pytest.warns(UserWarning, match="no socket_timeout"):
        RedisTokenStorage(unbounded, key=key)
    bounded = redis.Redis.from_url(redis_server.url, socket_timeout=5)
    with warnings.catch_warnings():
        # UserWarning only: a ResourceWarning an earlier test's garbage raises here is not ours.
        warnings.simplefilter("error", UserWarning)
        RedisTokenStorage(bounded, key=key)
        # The async storage bounds each call itself (command_timeout): nothing to warn about.
        AsyncRedisTokenStorage(redis.asyncio.Redis.from_url(redis_server.url), key=key)
    unbounded.close()
    bounded.close()


@pytest.fixture
def pausable_redis() -> Iterator[RedisServer]:
    """A Redis of this test's own, which the test pauses (SIGSTOP): it accepts and answers nothing."""
    server = start_or_report(RedisServer)
    assert server.process is not None
    yield server
    os.kill(server.process.pid, signal.SIGCONT)
    server.close()


def test_with_a_socket_timeout_a_hung_redis_does_not_hold_the_refresh_forever(
    pausable_redis: RedisServer, key: str, caplog: pytest.LogCaptureFixture
) -> None:
    client = redis.Redis.from_url(pausable_redis.url, socket_timeout=1, retry=Retry(NoBackoff(), 1))
    storage = RedisTokenStorage(client, key=key, lock_lease=1.5)
    assert pausable_redis.process is not None
    with storage.with_refresh_lock():
        os.kill(pausable_redis.process.pid, signal.SIGSTOP)
        paused = time.monotonic()
    # The lease keeper's extend and the release each end at the socket timeout (and one retry):
    # the lock is let go with a warning, the lease expiring by itself once Redis is back.
    assert time.monotonic() - paused < 30.0
    assert "could not release the refresh lock" in caplog.text
    client.close()


GUARD = 60.0  # the test's own bound: without the storage's, these calls would never return


async def test_the_async_storage_bounds_each_call_when_redis_stops_answering(
    pausable_redis: RedisServer, key: str, caplog: pytest.LogCaptureFixture
) -> None:
    # No socket_timeout: redis-py alone would wait for the paused Redis forever.
    client = redis.asyncio.Redis.from_url(pausable_redis.url)
    storage = AsyncRedisTokenStorage(client, key=key, command_timeout=1, write_retry=1, lock_lease=1.5)
    await storage.set_tokens(A)
    assert pausable_redis.process is not None
    pid = pausable_redis.process.pid
    calls = {
        "reading the tokens": storage.get_tokens,
        "storing the tokens": lambda: storage.set_tokens(B),
        "clearing the tokens": storage.clear_tokens,
    }

    async def refresh_while_redis_hangs() -> None:
        async with storage.with_refresh_lock():
            os.kill(pid, signal.SIGSTOP)
            for doing, call in calls.items():
                started = time.monotonic()
                with pytest.raises(TokenStorageError, match=f"Redis failed while {doing}") as failure:
                    await asyncio.wait_for(call(), GUARD)
                assert time.monotonic() - started < 30.0
                assert "secret" not in str(failure.value)
        # ... and the lease keeper's extends and the release end at the bound too: the lock is
        # let go with a warning, its lease expiring by itself once Redis is back.

    async def take_the_lock() -> None:
        async with storage.with_refresh_lock():
            pass

    try:
        await asyncio.wait_for(refresh_while_redis_hangs(), GUARD)
        assert "could not release the refresh lock" in caplog.text
        with pytest.raises(TokenStorageError, match="Redis failed while taking the refresh lock"):
            await asyncio.wait_for(take_the_lock(), GUARD)
    finally:
        os.kill(pid, signal.SIGCONT)
        await client.aclose()
    assert await storage.get_tokens() == A  # nothing was changed by the failed calls


def test_command_timeout_must_be_positive(redis_server: RedisServer, key: str) -> None:
    client = redis.asyncio.Redis.from_url(redis_server.url)
    for bad in (0, -1, True, "5"):
        with pytest.raises(ValueError, match="command_timeout"):
            AsyncRedisTokenStorage(client, key=key, command_timeout=bad)  # type: ignore[arg-type]


def test_the_public_codec_reads_and_writes_what_the_storages_store(
    redis_client: redis.Redis, key: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A storage of the user's own (DynamoDB, Vault...) stores what the SDK's storages store: a
    value moves between them, encrypted or not, and nothing of it is quoted in errors."""
    fernet_key = Fernet.generate_key()
    RedisTokenStorage(redis_client, key=key, encryption=fernet_key).set_tokens(A)
    stored = redis_client.get(key)
    assert isinstance(stored, bytes) and b"secret" not in stored
    assert decode_tokens(stored, fernet_key) == A
    assert decode_tokens(stored.decode(), TokenEncryption([Fernet.generate_key(), fernet_key])) == A
    with pytest.raises(AuthError, match="cannot be decrypted"):
        decode_tokens(stored, Fernet.generate_key())
    with pytest.raises(AuthError, match="are encrypted: give the storage its encryption key"):
        decode_tokens(stored, where="my DynamoDB item")
    # The other way: values of a storage of one's own, read by the SDK's storages.
    redis_client.set(key, encode_tokens(B))
    assert RedisTokenStorage(redis_client, key=key).get_tokens() == B
    path = tmp_path / "credentials.json"
    path.write_bytes(encode_tokens(B, fernet_key))
    assert FileTokenStorage(path, encryption=fernet_key).get_tokens() == B
    # A pair stored in clear is read with a key too (turning encryption on logs no one out).
    assert decode_tokens(encode_tokens(B), fernet_key) == B
    with pytest.raises(ValueError, match="the tokens in my DynamoDB item are not a valid token pair") as bad:
        decode_tokens(b'{"accessToken": "secret-x"}', where="my DynamoDB item")
    assert "secret" not in str(bad.value)
    with pytest.raises(TypeError):
        encode_tokens({"accessToken": "secret-x"})  # type: ignore[arg-type]
