"""The database goes down in the one moment that matters: the server has rotated the refresh token
and answered, and the new pair must now be written.

The token answer is held by an httpx response hook (a public httpx feature, on the SDK's own
``http_client``) until the database (PostgreSQL, Redis; each a server of this module's own) has
been stopped, so the write meets the outage every time, whatever the machine's load. The fake's
OAuth server is strict: a lost pair would be replayed at the next refresh and revoke the grant.

- A short outage: the storage retries the write (``write_retry``) until the database is back;
  the call succeeds and the stored pair is the new one.
- An outage longer than ``write_retry``: the call fails with a ``TokenStorageError`` that says
  so, the pair stays usable in this process (the next call succeeds while the database is still
  down), and it is stored once the database is back.

Either way no grant is revoked and a later refresh works.
"""

from __future__ import annotations

import asyncio
import contextlib
import subprocess
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import redis
import redis.asyncio
import sqlalchemy
import urllib3
from auth.conftest import log_in, make_async_sdk, make_sdk
from sqlalchemy.ext.asyncio import create_async_engine
from support.servers import PostgresServer, RedisServer, free_port, serving

from prisma_management_api import (
    AsyncRedisTokenStorage,
    AsyncSQLTokenStorage,
    MemoryTokenStorage,
    RedisTokenStorage,
    SQLTokenStorage,
    Tokens,
    TokenStorageError,
    create_token_table,
    create_token_table_async,
)
from prisma_management_api.testing import FakePrismaPlatform

pytestmark = pytest.mark.slow

OUTAGE = 3.0  # seconds the database stays down in the short-outage tests
WAIT = 120.0  # generous bound for anything that waits on a loaded machine


@pytest.fixture(scope="module")
def own_postgres() -> Iterator[PostgresServer]:
    """A cluster of this module alone: the session's is shared by tests that must not see it stop."""
    yield from serving(PostgresServer)


@pytest.fixture(scope="module")
def own_redis() -> Iterator[RedisServer]:
    yield from serving(RedisServer)


@pytest.fixture
def strict() -> Iterator[FakePrismaPlatform]:
    with FakePrismaPlatform(provisioning_delay=0, refresh_reuse="strict") as fake:
        yield fake


class Outage:
    """Stops a server when the token endpoint has answered a refresh, and starts it again."""

    def __init__(self, server: PostgresServer | RedisServer) -> None:
        self.server = server
        self.stopped = threading.Event()

    def on_response(self, response: httpx.Response) -> None:
        if response.request.url.path.endswith("/token") and not self.stopped.is_set():
            self.server.stop()
            self.stopped.set()

    async def on_response_async(self, response: httpx.Response) -> None:
        if response.request.url.path.endswith("/token") and not self.stopped.is_set():
            await asyncio.to_thread(self.server.stop)
            self.stopped.set()

    def restart_after(self, seconds: float) -> threading.Thread:
        def restart() -> None:
            assert self.stopped.wait(WAIT)
            time.sleep(seconds)
            self.server.start()

        thread = threading.Thread(target=restart, daemon=True)
        thread.start()
        return thread

    def end(self) -> None:
        if self.server.process is None:
            self.server.start()


def first_pair(platform: FakePrismaPlatform, http: urllib3.PoolManager, storage: Any) -> None:
    sdk = make_sdk(platform, MemoryTokenStorage())
    storage.set_tokens(log_in(sdk, http))
    sdk.close()


def read(storage: Any) -> Any:
    """The stored pair, or None while the storage cannot answer (its pool reconnecting)."""
    try:
        return storage.get_tokens()
    except TokenStorageError:
        return None


def wait_until(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + WAIT
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting until {what}"
        time.sleep(0.1)


StorageFactory = Callable[[float], Any]


@dataclass
class Scene:
    """A stored pair whose access token has expired, and an SDK over that storage whose next
    call refreshes, and whose refresh answer stops the storage's server (``outage``)."""

    storage: Any
    before: Tokens
    outage: Outage
    sdk: Any


@contextlib.contextmanager
def refresh_meets_an_outage(
    platform: FakePrismaPlatform,
    http: urllib3.PoolManager,
    sync_storage: tuple[StorageFactory, Any],
    write_retry: float,
) -> Iterator[Scene]:
    """The :class:`Scene`, on a storage that retries a write for ``write_retry`` seconds; at the
    end the server runs again and the SDK is closed."""
    make_storage, server = sync_storage
    storage = make_storage(write_retry)
    first_pair(platform, http, storage)
    outage = Outage(server)
    client = httpx.Client(event_hooks={"response": [outage.on_response]})
    sdk = make_sdk(platform, storage, http_client=client)
    try:
        platform.advance(3601)  # the stored access token has expired: the next call refreshes
        yield Scene(storage, storage.get_tokens(), outage, sdk)
    finally:
        outage.end()
        sdk.close()


def assert_nothing_lost(platform: FakePrismaPlatform, storage: Any) -> None:
    """One refresh, no grant revoked, and the stored pair refreshes in turn."""
    assert platform.counters.token_requests("refresh_token") == 1
    assert platform.oauth.grants_revoked == 0
    platform.advance(3601)
    again = make_sdk(platform, storage)
    assert again.client.GET("/v1/workspaces").status == 200
    again.close()
    assert platform.oauth.grants_revoked == 0


@pytest.fixture(params=["postgresql", "redis"])
def sync_storage(
    request: pytest.FixtureRequest, key: str
) -> Iterator[tuple[StorageFactory, PostgresServer | RedisServer]]:
    """A storage factory (taking ``write_retry``) and the server it writes to."""
    if request.param == "postgresql":
        server: PostgresServer = request.getfixturevalue("own_postgres")
        engine = sqlalchemy.create_engine(server.url("psycopg"))
        create_token_table(engine)
        yield (lambda retry: SQLTokenStorage(engine, key=key, write_retry=retry)), server
        engine.dispose()
    else:
        redis_server: RedisServer = request.getfixturevalue("own_redis")
        client = redis.Redis.from_url(redis_server.url, socket_timeout=30)
        yield (lambda retry: RedisTokenStorage(client, key=key, write_retry=retry)), redis_server
        client.close()


def test_a_short_outage_is_waited_out_and_nothing_is_lost(
    strict: FakePrismaPlatform, http: urllib3.PoolManager, sync_storage: tuple[StorageFactory, Any]
) -> None:
    with refresh_meets_an_outage(strict, http, sync_storage, write_retry=60.0) as scene:
        scene.outage.restart_after(OUTAGE)
        assert scene.sdk.client.GET("/v1/workspaces").status == 200
        assert scene.outage.stopped.is_set()
    stored = scene.storage.get_tokens()
    assert stored is not None and stored.refresh_token != scene.before.refresh_token
    assert_nothing_lost(strict, scene.storage)


def test_a_longer_outage_fails_the_call_but_keeps_the_pair_in_memory_until_stored(
    strict: FakePrismaPlatform, http: urllib3.PoolManager, sync_storage: tuple[StorageFactory, Any]
) -> None:
    with refresh_meets_an_outage(strict, http, sync_storage, write_retry=0.5) as scene:
        with pytest.raises(TokenStorageError) as failure:
            scene.sdk.client.GET("/v1/workspaces")
        assert "refreshed but the token storage could not store them" in failure.value.message
        assert "keeps using them" in failure.value.message
        # The database is still down: this process goes on with the new pair, no storage read.
        assert scene.outage.server.process is None
        assert scene.sdk.client.GET("/v1/workspaces").status == 200
        scene.outage.server.start()
        # ... and stores it once the database is back (a background writer, with backoff).
        wait_until(lambda: read(scene.storage) not in (None, scene.before), "the kept pair is stored")
    assert_nothing_lost(strict, scene.storage)


@pytest.fixture(scope="module")
def other_postgres() -> Iterator[PostgresServer]:
    yield from serving(PostgresServer)


def by_socket(server: PostgresServer) -> sqlalchemy.Engine:
    """An engine reaching ``server`` by its Unix socket: the URL names no host nor port, its query
    does (the form Cloud SQL's socket asks for), with the token table."""
    query = f"host={server.directory}&port={server.port}"
    engine = sqlalchemy.create_engine(f"postgresql+psycopg://{server.USER}@/postgres?{query}")
    create_token_table(engine)
    return engine


def assert_alice_keeps_her_pair_to_herself(
    platform: FakePrismaPlatform,
    http: urllib3.PoolManager,
    alice: tuple[StorageFactory, Any],
    bob_storage: Any,
) -> None:
    """Alice's refresh meets an outage of her storage, whose place looks like Bob's: her pair is
    kept in memory, Bob's SDK still works on his own workspace with his own pair, and her pair is
    stored in her own storage once it is back."""
    with refresh_meets_an_outage(platform, http, alice, write_retry=0.5) as scene:
        with pytest.raises(TokenStorageError, match="keeps using them"):
            scene.sdk.client.GET("/v1/workspaces")  # Alice's refreshed pair is kept in memory
        with make_sdk(platform, bob_storage) as bob:
            assert [project.name for project in bob.client.projects.list()] == ["bob's project"]
        stored = bob_storage.get_tokens()
        assert stored is not None and stored.workspace_id != platform.workspace.id
        scene.outage.server.start()  # and Alice's pair is stored in her own storage
        wait_until(lambda: read(scene.storage) not in (None, scene.before), "Alice's kept pair is stored")


def test_a_pair_kept_for_one_server_is_not_used_with_another(
    strict: FakePrismaPlatform,
    http: urllib3.PoolManager,
    own_postgres: PostgresServer,
    other_postgres: PostgresServer,
    key: str,
) -> None:
    """Two databases whose URLs differ only by their query (another server, another user's pair
    under the same key): the pair one keeps in memory is never the other's."""
    alice_engine, bob_engine = by_socket(own_postgres), by_socket(other_postgres)
    bob_storage = SQLTokenStorage(bob_engine, key=key)
    strict.oauth.select_workspace(strict.add_workspace("Bob's").id)
    first_pair(strict, http, bob_storage)
    strict.oauth.select_workspace(None)
    with make_sdk(strict, bob_storage) as bob:
        bob.client.projects.create(name="bob's project")
    alice = (lambda retry: SQLTokenStorage(alice_engine, key=key, write_retry=retry)), own_postgres
    try:
        assert_alice_keeps_her_pair_to_herself(strict, http, alice, bob_storage)
    finally:
        alice_engine.dispose()
        bob_engine.dispose()


@pytest.fixture(scope="module")
def other_redis() -> Iterator[RedisServer]:
    yield from serving(RedisServer)


@pytest.fixture
def sentinel(own_redis: RedisServer, other_redis: RedisServer, tmp_path: Path) -> Iterator[redis.Sentinel]:
    """A Redis Sentinel naming two masters: ``alice`` (``own_redis``) and ``bob`` (``other_redis``)."""
    port = free_port()
    config = tmp_path / "sentinel.conf"  # the sentinel rewrites it: a file of its own
    config.write_text(
        f"port {port}\nbind 127.0.0.1\ndir {tmp_path}\n"
        f"sentinel monitor alice 127.0.0.1 {own_redis.port} 1\n"
        f"sentinel monitor bob 127.0.0.1 {other_redis.port} 1\n"
    )
    process = subprocess.Popen(
        [own_redis.binary, str(config), "--sentinel"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        client = redis.Sentinel([("127.0.0.1", port)], socket_timeout=30)
        wait_until(lambda: _finds_both(client), "the sentinel names both masters")
        yield client
    finally:
        process.terminate()
        process.wait(WAIT)


def _finds_both(client: redis.Sentinel) -> bool:
    try:
        return all(client.discover_master(name) for name in ("alice", "bob"))
    except redis.RedisError:
        return False


def test_a_pair_kept_for_one_sentinel_master_is_not_used_with_another(
    strict: FakePrismaPlatform,
    http: urllib3.PoolManager,
    own_redis: RedisServer,
    sentinel: redis.Sentinel,
    key: str,
) -> None:
    """Two masters of one Sentinel (two servers, another user's pair under the same key): the pair
    one keeps in memory is never the other's."""
    bob_storage = RedisTokenStorage(sentinel.master_for("bob", socket_timeout=30), key=key)
    strict.oauth.select_workspace(strict.add_workspace("Bob's").id)
    first_pair(strict, http, bob_storage)
    strict.oauth.select_workspace(None)
    with make_sdk(strict, bob_storage) as bob:
        bob.client.projects.create(name="bob's project")

    def alice_storage(retry: float) -> RedisTokenStorage:
        return RedisTokenStorage(sentinel.master_for("alice", socket_timeout=30), key=key, write_retry=retry)

    assert_alice_keeps_her_pair_to_herself(strict, http, (alice_storage, own_redis), bob_storage)


AsyncFactory = Callable[[float], Any]


@pytest.fixture(params=["postgresql+asyncpg", "redis"])
async def async_storage(
    request: pytest.FixtureRequest, key: str
) -> AsyncIterator[tuple[AsyncFactory, PostgresServer | RedisServer]]:
    if request.param.startswith("postgresql"):
        server: PostgresServer = request.getfixturevalue("own_postgres")
        engine = create_async_engine(server.url("asyncpg"))
        await create_token_table_async(engine)
        yield (lambda retry: AsyncSQLTokenStorage(engine, key=key, write_retry=retry)), server
        await engine.dispose()
    else:
        redis_server: RedisServer = request.getfixturevalue("own_redis")
        client = redis.asyncio.Redis.from_url(redis_server.url, socket_timeout=30)
        yield (lambda retry: AsyncRedisTokenStorage(client, key=key, write_retry=retry)), redis_server
        await client.aclose()


async def aread(storage: Any) -> Any:
    try:
        return await storage.get_tokens()
    except TokenStorageError:
        return None


async def first_pair_async(platform: FakePrismaPlatform, http: urllib3.PoolManager, storage: Any) -> None:
    sdk = make_sdk(platform, MemoryTokenStorage())
    tokens = await asyncio.to_thread(log_in, sdk, http)
    sdk.close()
    await storage.set_tokens(tokens)


@contextlib.asynccontextmanager
async def async_refresh_meets_an_outage(
    platform: FakePrismaPlatform,
    http: urllib3.PoolManager,
    async_storage: tuple[AsyncFactory, Any],
    write_retry: float,
) -> AsyncIterator[Scene]:
    """:func:`refresh_meets_an_outage` with an async storage and SDK."""
    make_storage, server = async_storage
    storage = make_storage(write_retry)
    await first_pair_async(platform, http, storage)
    outage = Outage(server)
    client = httpx.AsyncClient(event_hooks={"response": [outage.on_response_async]})
    sdk = make_async_sdk(platform, storage, http_client=client)
    try:
        platform.advance(3601)
        yield Scene(storage, await storage.get_tokens(), outage, sdk)
    finally:
        await asyncio.to_thread(outage.end)
        await sdk.aclose()
        await client.aclose()


async def test_async_a_short_outage_is_waited_out_and_nothing_is_lost(
    strict: FakePrismaPlatform, http: urllib3.PoolManager, async_storage: tuple[AsyncFactory, Any]
) -> None:
    async with async_refresh_meets_an_outage(strict, http, async_storage, write_retry=60.0) as scene:
        scene.outage.restart_after(OUTAGE)
        assert (await scene.sdk.client.GET("/v1/workspaces")).status == 200
        assert scene.outage.stopped.is_set()
    stored = await scene.storage.get_tokens()
    assert stored is not None and stored.refresh_token != scene.before.refresh_token
    assert strict.oauth.grants_revoked == 0


async def test_async_a_longer_outage_keeps_the_pair_in_memory_until_stored(
    strict: FakePrismaPlatform, http: urllib3.PoolManager, async_storage: tuple[AsyncFactory, Any]
) -> None:
    async with async_refresh_meets_an_outage(strict, http, async_storage, write_retry=0.5) as scene:
        with pytest.raises(TokenStorageError) as failure:
            await scene.sdk.client.GET("/v1/workspaces")
        assert "refreshed but the token storage could not store them" in failure.value.message
        assert scene.outage.server.process is None
        assert (await scene.sdk.client.GET("/v1/workspaces")).status == 200
        await asyncio.to_thread(scene.outage.server.start)
        deadline = time.monotonic() + WAIT
        while await aread(scene.storage) in (None, scene.before):
            assert time.monotonic() < deadline, "the kept pair was never stored"
            await asyncio.sleep(0.1)
    assert strict.counters.token_requests("refresh_token") == 1
    assert strict.oauth.grants_revoked == 0


# --- one asyncio.run() per command, the storage down during the first one's refresh -------------


def storage_of_this_loop(backend: str, server: Any, key: str, retry: float) -> tuple[Any, Any]:
    """A storage on a client (or engine) of its own, and the coroutine function that closes it: what
    a CLI makes in each ``asyncio.run()`` (an async client belongs to the loop it was made on)."""
    if backend == "redis":
        client = redis.asyncio.Redis.from_url(server.url, socket_timeout=30)
        # The outage cuts the first command off inside its refresh lock, whose lease (kept by the
        # append-only file across the restart) then blocks writers until it expires: a short
        # one, so that the next command's last attempt (10 s at most) outlives it.
        storage = AsyncRedisTokenStorage(client, key=key, write_retry=retry, lock_lease=1.0)
        return storage, client.aclose
    engine = create_async_engine(server.url("asyncpg"))
    return AsyncSQLTokenStorage(engine, key=key, write_retry=retry), engine.dispose


@pytest.mark.parametrize("backend", ["postgresql+asyncpg", "redis"])
def test_async_a_pair_kept_when_its_loop_ends_is_stored_by_the_next_asyncio_run(
    strict: FakePrismaPlatform,
    http: urllib3.PoolManager,
    key: str,
    backend: str,
    request: pytest.FixtureRequest,
) -> None:
    """The first command's refresh meets the outage and its loop ends with the storage still down
    (its background writer cancelled with it); the second command, in the same process with the
    storage back, must use the rotated pair, not the dead one the storage still holds, and store
    it. The fake is strict: a replayed refresh token would revoke the grant."""
    server: PostgresServer | RedisServer = request.getfixturevalue(
        "own_redis" if backend == "redis" else "own_postgres"
    )

    async def set_up() -> Any:
        storage, close = storage_of_this_loop(backend, server, key, 30.0)
        if backend != "redis":
            await create_token_table_async(storage.engine)
        await first_pair_async(strict, http, storage)
        try:
            return await storage.get_tokens()
        finally:
            await close()

    before = asyncio.run(set_up())
    outage = Outage(server)
    strict.advance(3601)  # the stored access token has expired: the first command refreshes

    async def first_command() -> None:
        storage, close = storage_of_this_loop(backend, server, key, 0.5)
        client = httpx.AsyncClient(event_hooks={"response": [outage.on_response_async]})
        try:
            async with make_async_sdk(strict, storage, http_client=client) as sdk:
                with pytest.raises(
                    TokenStorageError, match="refreshed but the token storage could not store"
                ):
                    await sdk.client.GET("/v1/workspaces")
        finally:
            await client.aclose()
            await close()

    async def command() -> Any:
        storage, close = storage_of_this_loop(backend, server, key, 30.0)
        try:
            async with make_async_sdk(strict, storage) as sdk:
                assert (await sdk.client.GET("/v1/workspaces")).status == 200
            return await storage.get_tokens()
        finally:
            await close()

    try:
        asyncio.run(first_command())
        assert outage.stopped.is_set() and server.process is None
        server.start()
        stored = asyncio.run(command())
    finally:
        outage.end()
    assert stored is not None and stored.refresh_token != before.refresh_token
    assert strict.counters.token_requests("refresh_token") == 1
    assert strict.oauth.grants_revoked == 0
    strict.advance(3601)  # the stored pair is the live one: the next command refreshes it
    asyncio.run(command())
    assert strict.counters.token_requests("refresh_token") == 2
    assert strict.oauth.grants_revoked == 0
