"""Tokens in Redis, shared by every worker and host of a fleet: ``RedisTokenStorage`` and
``AsyncRedisTokenStorage``.

Needs the ``redis`` extra (``pip install "prisma-management-api[redis]"``: redis-py >= 5). One
storage per key, so one per user: ``RedisTokenStorage(redis, key=f"prisma:{user_id}")``. Making
one is cheap (no I/O), so a web app makes one per request around a shared connection pool.

- The pair is one string value (its JSON, or a Fernet token with ``encryption=``): a reader never
  sees a new access token with an old refresh token.
- ``with_refresh_lock()`` is a lease in Redis (``SET <key>:refresh-lock <owner> NX PX <lease>``):
  the owner is a random token, so only its owner releases it (a compare-and-delete script); while
  a slow refresh is in flight, the lease is extended every third of it, so it outlives the
  refresh; if the holder dies, the lease expires and another worker refreshes. A worker that
  cannot get the lock within ``lock_timeout`` gets an :class:`AuthError`.
- ``clear_tokens_if_current(tokens)`` deletes the value only if it is still the one that held
  ``tokens`` (a compare-and-delete script): a dead refresh token never wipes a pair another
  worker just stored.
- Reads go to the server each time (nothing cached), so a read inside the lock sees the pair the
  previous holder stored. Point the storage at the primary, not at a replica.
- Give the sync storage's client a ``socket_timeout`` (``redis.Redis.from_url(url,
  socket_timeout=5)``): redis-py's default waits for a reply forever and has no per-command
  timeout, so a Redis that hangs would block the storage's calls, and a refresh holding the lock,
  for good. A ``RedisTokenStorage`` made on a client without one warns (``UserWarning``). The
  async storage bounds each call itself (``command_timeout``, 10 s).
- Redis errors (down, timeout) become :class:`TokenStorageError` (an :class:`AuthError`); nothing
  stored is changed by a failed call. Keep tokens on a Redis with persistence (AOF): a restart
  without it logs every user out.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import secrets
import threading
import time
import warnings
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator, Hashable
from typing import TYPE_CHECKING, Any, TypeVar, cast

from .._exceptions import AuthError, TokenStorageError
from ._encryption import EncryptionKeys, TokenEncryption, decode_tokens, encode_tokens, to_encryption
from ._tokens import Tokens

if TYPE_CHECKING:
    import redis
    import redis.asyncio

logger = logging.getLogger("prisma_management_api")

T = TypeVar("T")

# KEYS[1] holds ARGV[1]? Then delete it. Releases a lock only for its owner, and clears tokens
# only if they are still the value that was read.
_DELETE_IF_EQUAL = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""
# KEYS[1] holds ARGV[1]? Then set its lease to ARGV[2] milliseconds from now.
_EXTEND_IF_EQUAL = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
"""


class _Script:
    __slots__ = ("sha", "source")

    def __init__(self, source: str) -> None:
        self.source = source
        self.sha = hashlib.sha1(source.encode(), usedforsecurity=False).hexdigest()


_DELETE = _Script(_DELETE_IF_EQUAL)
_EXTEND = _Script(_EXTEND_IF_EQUAL)


def _import_redis() -> Any:
    try:
        import redis
    except ImportError:  # pragma: no cover - depends on the install
        raise ImportError(
            'RedisTokenStorage needs redis-py: pip install "prisma-management-api[redis]"'
        ) from None
    return redis


class _Settings:
    """What the sync and async storages share: names, options, and the checks on them."""

    def __init__(
        self,
        key: str,
        encryption: EncryptionKeys | None,
        lock_lease: float,
        lock_timeout: float,
        ttl: float | None,
        write_retry: float,
    ) -> None:
        if not isinstance(key, str) or not key:
            raise ValueError("key must be a non-empty string, e.g. f'prisma:{user_id}'")
        for name, value in (("lock_lease", lock_lease), ("lock_timeout", lock_timeout)):
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
                raise ValueError(f"{name} must be a positive number of seconds, got {value!r}")
        if isinstance(write_retry, bool) or not isinstance(write_retry, (int, float)) or write_retry < 0:
            raise ValueError(f"write_retry must be a number of seconds >= 0, got {write_retry!r}")
        if ttl is not None and (isinstance(ttl, bool) or not isinstance(ttl, (int, float)) or ttl <= 0):
            raise ValueError(f"ttl must be a positive number of seconds or None, got {ttl!r}")
        self.key = key
        self.lock_key = f"{key}:refresh-lock"
        self.encryption: TokenEncryption | None = to_encryption(encryption)
        self.lease_ms = max(1, int(lock_lease * 1000))
        self.lock_timeout = float(lock_timeout)
        self.ttl_ms = int(ttl * 1000) if ttl is not None else None
        self.write_retry = float(write_retry)
        self.where = f"Redis key {key!r}"

    def decode(self, raw: bytes | str | None) -> Tokens | None:
        if raw is None:
            return None
        data = raw.encode() if isinstance(raw, str) else raw
        try:
            return decode_tokens(data, self.encryption, where=self.where)
        except ValueError:
            logger.warning("the tokens in %s are not valid: treating them as logged out", self.where)
            return None

    def lock_timed_out(self) -> AuthError:
        return AuthError(
            f"Timed out after {self.lock_timeout:g}s waiting for another worker to finish refreshing "
            f"the tokens ({self.where})"
        )

    def failed(self, error: BaseException, doing: str) -> TokenStorageError:
        # The error's own text is left out: a server's reply may quote the command, which holds
        # the tokens ("unknown command 'EVALSHA', with args beginning with: ..." where scripting is
        # disabled).
        return TokenStorageError(f"Redis failed while {doing} ({self.where}): {type(error).__name__}")

    @staticmethod
    def cause(error: BaseException) -> BaseException | None:
        """What a :class:`TokenStorageError` may chain (every logged traceback shows its text): a
        connection or timeout error, which redis-py words from the host and port alone; not a
        server's reply, for the reason above."""
        redis = _import_redis()
        return error if isinstance(error, (redis.ConnectionError, redis.TimeoutError)) else None


def _warn_if_unbounded(client: Any) -> None:
    """redis-py waits for a reply forever by default (no ``socket_timeout``), and has no timeout
    per command: against a Redis that hangs (paused, a stuck proxy, a half-open connection), the
    lease keeper and the lock's release would block for good, and with them the refresh. So the
    bound must be the client's: said once per place that makes such a storage."""
    kwargs: Any = getattr(getattr(client, "connection_pool", None), "connection_kwargs", None)
    if isinstance(kwargs, dict) and cast("dict[str, Any]", kwargs).get("socket_timeout") is None:
        warnings.warn(
            "this Redis client has no socket_timeout: a Redis that stops answering would block the "
            "token storage's calls (and a refresh holding its lock) forever. Make the client with "
            "socket_timeout=5 (seconds), e.g. redis.Redis.from_url(url, socket_timeout=5)",
            UserWarning,
            stacklevel=3,
        )


def _place(client: Any, key: str) -> Hashable:
    """A key of one Redis server and database, whichever client (sync, async, a new one per
    ``asyncio.run``) reaches it; a client without a plain connection pool is a place of its own."""
    kwargs: Any = getattr(getattr(client, "connection_pool", None), "connection_kwargs", None)
    settings = cast("dict[str, Any]", kwargs) if isinstance(kwargs, dict) else {}
    # A pool that names no server (a Sentinel's asks it for its master's address) is a place of
    # its own: two masters would otherwise be one default "localhost:6379".
    server = settings.get("path") or (settings.get("host"), settings.get("port", 6379))
    if server == (None, 6379):
        return ("redis", id(client), key)
    return ("redis", server, settings.get("db", 0), key)


def _poll_delays() -> Generator[float, None, None]:
    delay = 0.005
    while True:
        yield delay
        delay = min(delay * 2, 0.1)


class RedisTokenStorage:
    """Tokens of one user (one ``key``) in Redis, for the sync SDK (or the async one, in threads).

    ``redis``: a ``redis.Redis`` client (share one, and its connection pool, between storages).
    ``encryption``: a Fernet key, a list of keys (the first encrypts) or a
    :class:`TokenEncryption`. ``lock_lease``: seconds the refresh lock lives unless extended (it
    is extended while its holder is alive). ``lock_timeout``: seconds to wait for it.
    ``ttl``: expire the stored pair after this many seconds without a write (e.g. the refresh
    token's lifetime); ``None`` keeps it. ``write_retry``: seconds a write keeps retrying while
    Redis is unreachable (a refreshed pair exists nowhere else once the server rotated it).
    """

    def __init__(
        self,
        redis: redis.Redis,
        *,
        key: str,
        encryption: EncryptionKeys | None = None,
        lock_lease: float = 15.0,
        lock_timeout: float = 60.0,
        ttl: float | None = None,
        write_retry: float = 30.0,
    ) -> None:
        module = _import_redis()
        _warn_if_unbounded(redis)
        self._errors: type[Exception] = module.RedisError
        self._no_script: type[Exception] = module.exceptions.NoScriptError
        self.redis = redis
        self._settings = _Settings(key, encryption, lock_lease, lock_timeout, ttl, write_retry)
        self._unreachable: tuple[type[Exception], ...] = (module.ConnectionError, module.TimeoutError)

    @property
    def key(self) -> str:
        return self._settings.key

    def get_tokens(self) -> Tokens | None:
        return self._settings.decode(self._call(lambda: self.redis.get(self.key), "reading the tokens"))

    def set_tokens(self, tokens: Tokens) -> None:
        value = encode_tokens(tokens, self._settings.encryption)
        ttl_ms = self._settings.ttl_ms
        deadline = time.monotonic() + self._settings.write_retry
        for delay in _poll_delays():
            try:
                self.redis.set(self.key, value, px=ttl_ms)
                return
            except self._unreachable as error:
                # A refreshed pair exists nowhere else: the server has already rotated the old
                # one. Losing it would log the user out, so an outage is waited out a while.
                if time.monotonic() + delay > deadline:
                    raise self._settings.failed(error, "storing the tokens") from self._settings.cause(error)
                time.sleep(delay * 4)
            except self._errors as error:
                raise self._settings.failed(error, "storing the tokens") from self._settings.cause(error)

    def clear_tokens(self) -> None:
        self._call(lambda: self.redis.delete(self.key), "clearing the tokens")

    def clear_tokens_if_current(self, tokens: Tokens) -> bool:
        raw = self._call(lambda: self.redis.get(self.key), "reading the tokens")
        if raw is None or self._settings.decode(raw) != tokens:
            return False
        deleted = self._script(_DELETE, [self.key], [raw], "clearing the tokens")
        return bool(deleted)

    def rotate_encryption(self) -> bool:
        """Write the stored pair again under the first encryption key; False when logged out."""
        tokens = self.get_tokens()
        if tokens is None:
            return False
        self.set_tokens(tokens)
        return True

    @contextlib.contextmanager
    def with_refresh_lock(self) -> Generator[None, None, None]:
        settings = self._settings
        owner = secrets.token_hex(16)
        self._acquire(owner)
        stop = threading.Event()
        keeper = threading.Thread(
            target=self._keep_lease, args=(owner, stop), name="prisma-redis-lease", daemon=True
        )
        keeper.start()
        try:
            yield
        finally:
            stop.set()
            keeper.join()
            try:
                released = self._script(_DELETE, [settings.lock_key], [owner], "releasing the refresh lock")
            except TokenStorageError:
                # The lease expires by itself; the tokens stored inside the lock are safe.
                logger.warning(
                    "could not release the refresh lock of %s; its lease will expire", settings.where
                )
            else:
                if not released:
                    logger.warning("the refresh lock of %s expired before it was released", settings.where)

    def _acquire(self, owner: str) -> None:
        settings = self._settings
        deadline = time.monotonic() + settings.lock_timeout
        for delay in _poll_delays():
            taken = self._call(
                lambda: self.redis.set(settings.lock_key, owner, nx=True, px=settings.lease_ms),
                "taking the refresh lock",
            )
            if taken:
                return
            if time.monotonic() + delay > deadline:
                raise settings.lock_timed_out()
            time.sleep(delay)

    def _keep_lease(self, owner: str, stop: threading.Event) -> None:
        settings = self._settings
        while not stop.wait(settings.lease_ms / 3000):
            try:
                kept = self._script(
                    _EXTEND, [settings.lock_key], [owner, settings.lease_ms], "extending the refresh lock"
                )
            except TokenStorageError:
                continue  # Redis is away for a moment: try again at the next beat
            if not kept:
                logger.warning("the refresh lock of %s was lost (its lease expired)", settings.where)
                return

    def _script(self, script: _Script, keys: list[str], args: list[Any], doing: str) -> Any:
        def run() -> Any:
            try:
                return self.redis.evalsha(script.sha, len(keys), *keys, *args)
            except self._no_script:
                return self.redis.eval(script.source, len(keys), *keys, *args)

        return self._call(run, doing)

    def _call(self, command: Callable[[], T], doing: str) -> T:
        try:
            return command()
        except self._errors as error:
            raise self._settings.failed(error, doing) from self._settings.cause(error)

    def _token_place(self) -> Hashable:
        """Where the pair lives, for a pair kept in memory (``_unsaved.place_of``)."""
        return _place(self.redis, self.key)

    def __repr__(self) -> str:
        encrypted = self._settings.encryption is not None
        return f"RedisTokenStorage(key={self.key!r}, encrypted={encrypted})"


class AsyncRedisTokenStorage:
    """:class:`RedisTokenStorage` over a ``redis.asyncio.Redis`` client, for the async SDK.

    Same arguments and behaviour; the methods are coroutines and ``with_refresh_lock()`` is an
    async context manager whose lease is extended by a task of the running loop.
    ``command_timeout``: seconds each Redis call may take (waiting for a pooled connection
    included) before it fails with :class:`TokenStorageError`: redis-py has no per-command
    timeout, and a client without ``socket_timeout`` would wait for a Redis that hangs forever.
    """

    def __init__(
        self,
        redis: redis.asyncio.Redis,
        *,
        key: str,
        encryption: EncryptionKeys | None = None,
        lock_lease: float = 15.0,
        lock_timeout: float = 60.0,
        ttl: float | None = None,
        write_retry: float = 30.0,
        command_timeout: float = 10.0,
    ) -> None:
        module = _import_redis()
        if (
            isinstance(command_timeout, bool)
            or not isinstance(command_timeout, (int, float))
            or command_timeout <= 0
        ):
            raise ValueError(f"command_timeout must be a positive number of seconds, got {command_timeout!r}")
        self._command_timeout = float(command_timeout)
        self._timeout_error: type[Exception] = module.TimeoutError
        self._errors: type[Exception] = module.RedisError
        self._no_script: type[Exception] = module.exceptions.NoScriptError
        self.redis = redis
        self._settings = _Settings(key, encryption, lock_lease, lock_timeout, ttl, write_retry)
        self._unreachable: tuple[type[Exception], ...] = (module.ConnectionError, module.TimeoutError)

    @property
    def key(self) -> str:
        return self._settings.key

    async def get_tokens(self) -> Tokens | None:
        return self._settings.decode(await self._call(lambda: self.redis.get(self.key), "reading the tokens"))

    async def set_tokens(self, tokens: Tokens) -> None:
        value = encode_tokens(tokens, self._settings.encryption)
        ttl_ms = self._settings.ttl_ms
        deadline = time.monotonic() + self._settings.write_retry
        for delay in _poll_delays():
            try:
                await self._bounded(self.redis.set(self.key, value, px=ttl_ms))
                return
            except self._unreachable as error:
                # As in RedisTokenStorage.set_tokens: a refreshed pair must outlive an outage.
                if time.monotonic() + delay > deadline:
                    raise self._settings.failed(error, "storing the tokens") from self._settings.cause(error)
                await asyncio.sleep(delay * 4)
            except self._errors as error:
                raise self._settings.failed(error, "storing the tokens") from self._settings.cause(error)

    async def clear_tokens(self) -> None:
        await self._call(lambda: self.redis.delete(self.key), "clearing the tokens")

    async def clear_tokens_if_current(self, tokens: Tokens) -> bool:
        raw = await self._call(lambda: self.redis.get(self.key), "reading the tokens")
        if raw is None or self._settings.decode(raw) != tokens:
            return False
        return bool(await self._script(_DELETE, [self.key], [raw], "clearing the tokens"))

    async def rotate_encryption(self) -> bool:
        """Write the stored pair again under the first encryption key; False when logged out."""
        tokens = await self.get_tokens()
        if tokens is None:
            return False
        await self.set_tokens(tokens)
        return True

    @contextlib.asynccontextmanager
    async def with_refresh_lock(self) -> AsyncGenerator[None, None]:
        settings = self._settings
        owner = secrets.token_hex(16)
        await self._acquire(owner)
        keeper = asyncio.get_running_loop().create_task(self._keep_lease(owner))
        try:
            yield
        finally:
            keeper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await keeper
            try:
                released = await self._script(
                    _DELETE, [settings.lock_key], [owner], "releasing the refresh lock"
                )
            except TokenStorageError:
                logger.warning(
                    "could not release the refresh lock of %s; its lease will expire", settings.where
                )
            else:
                if not released:
                    logger.warning("the refresh lock of %s expired before it was released", settings.where)

    async def _acquire(self, owner: str) -> None:
        settings = self._settings
        deadline = time.monotonic() + settings.lock_timeout
        for delay in _poll_delays():
            taken = await self._call(
                lambda: self.redis.set(settings.lock_key, owner, nx=True, px=settings.lease_ms),
                "taking the refresh lock",
            )
            if taken:
                return
            if time.monotonic() + delay > deadline:
                raise settings.lock_timed_out()
            await asyncio.sleep(delay)

    async def _keep_lease(self, owner: str) -> None:
        settings = self._settings
        while True:
            await asyncio.sleep(settings.lease_ms / 3000)
            try:
                kept = await self._script(
                    _EXTEND, [settings.lock_key], [owner, settings.lease_ms], "extending the refresh lock"
                )
            except TokenStorageError:
                continue
            if not kept:
                logger.warning("the refresh lock of %s was lost (its lease expired)", settings.where)
                return

    async def _script(self, script: _Script, keys: list[str], args: list[Any], doing: str) -> Any:
        async def run() -> Any:
            try:
                return await self.redis.evalsha(script.sha, len(keys), *keys, *args)
            except self._no_script:
                return await self.redis.eval(script.source, len(keys), *keys, *args)

        return await self._call(run, doing)

    async def _bounded(self, command: Awaitable[T]) -> T:
        """``command`` within ``command_timeout``, or redis-py's own ``TimeoutError``: handled as
        the socket timeout it stands in for (an unreachable Redis: a write retries it)."""
        try:
            return await asyncio.wait_for(command, self._command_timeout)
        except asyncio.TimeoutError:
            raise self._timeout_error(f"no answer within {self._command_timeout:g}s") from None

    async def _call(self, command: Callable[[], Awaitable[T]], doing: str) -> T:
        try:
            return await self._bounded(command())
        except self._errors as error:
            raise self._settings.failed(error, doing) from self._settings.cause(error)

    def _token_place(self) -> Hashable:
        """As :meth:`RedisTokenStorage._token_place`: a sync and an async storage of one key are
        one place."""
        return _place(self.redis, self.key)

    def __repr__(self) -> str:
        encrypted = self._settings.encryption is not None
        return f"AsyncRedisTokenStorage(key={self.key!r}, encrypted={encrypted})"
