"""Token refresh that happens once, however many callers need it at the same moment.

Three layers, from the inside out:

1. **Across processes**: the refresh runs inside the storage's ``with_refresh_lock()`` when it
   has one, and re-reads the tokens there. If they are no longer the pair that failed, another
   process refreshed already and its pair is used as it is: N processes, one token request.
2. **Across threads** (sync SDK): a single-flight keyed by the failed pair. The first thread
   refreshes; the others wait on its ``Future`` and share its outcome. A thread that arrives
   after the flight landed finds different tokens in storage (layer 1) and just uses them.
3. **Across tasks** (async SDK): the same single-flight with an ``asyncio.Task``. Waiters await
   it through ``asyncio.shield``, so a waiter that is cancelled (or times out) leaves the refresh
   running for the others; the task stores the new pair before it completes, so no one ever sees
   a refresh half applied.

Besides the TypeScript SDK's refresh on a 401, a token whose ``exp`` is within
``refresh_leeway`` seconds is refreshed before it is sent (same single-flight); if that early
refresh fails while the token is still valid, the token is used anyway.

A call with a deadline (``Timeout.total``) waits for a refresh only until then
(:class:`DeadlineReached`): the sync leader runs the refresh in a thread of its own, the async one
waits on its task, and either way the refresh goes on, so a rotated pair is stored all the same.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import inspect
import logging
import threading
from collections.abc import AsyncGenerator, Callable
from concurrent.futures import Future, wait
from typing import TYPE_CHECKING, Any

from .._core import RawResponse
from .._deadline import DeadlineReached, seconds_left
from .._exceptions import AuthError, FetchError
from ._oauth_flow import (
    NO_REFRESH_TOKEN,
    NO_TOKENS,
    REFRESH_NETWORK_ERROR,
    OAuthConfig,
    expires_within,
    has_expired,
    refresh_request,
    tokens_from_response,
)
from ._storage import MemoryTokenStorage
from ._tokens import Tokens
from ._unsaved import TokensNotStoredError, UnsavedTokens, safe_cause

if TYPE_CHECKING:
    from .._transports._base import AsyncTransport, SyncTransport

logger = logging.getLogger("prisma_management_api")


# --- the decisions, shared by both managers -----------------------------------------------------


def _checked(tokens: object, where: str) -> Tokens | None:
    if tokens is None or isinstance(tokens, Tokens):
        return tokens
    raise TypeError(f"token_storage.{where}() must return Tokens or None, got {type(tokens).__name__}")


def _already_refreshed(current: Tokens | None, stale: Tokens) -> Tokens | None:
    """The tokens to use without a token request, or ``None`` when ``stale`` must be refreshed."""
    if current is None:
        raise AuthError(NO_TOKENS)
    # A newer pair that has expired too (short-lived tokens, a slow path) is refreshed in turn.
    if current != stale and not has_expired(current.access_token):
        logger.debug("tokens were refreshed by another caller; using them")
        return current
    if not current.refresh_token:
        raise AuthError(NO_REFRESH_TOKEN)
    return None


def _needs_early_refresh(tokens: Tokens, leeway: float) -> bool:
    if tokens.refresh_token is None:
        # A login without offline_access: nothing can renew an expired token, and sending it
        # would only earn a 401. Said before any request, with what to do about it.
        if has_expired(tokens.access_token):
            raise AuthError(NO_REFRESH_TOKEN)
        return False
    return expires_within(tokens.access_token, leeway)


def _early_refresh_failed(tokens: Tokens, error: AuthError) -> Tokens:
    """After a failed early refresh: the old token while it is valid, else the error."""
    if error.refresh_token_invalid or has_expired(tokens.access_token):
        raise error
    if isinstance(error, TokensNotStoredError):
        raise error  # the new pair is kept in memory; the caller hears that the storage failed
    logger.debug("early token refresh failed (%s); the access token is still valid, using it", error.message)
    return tokens


def _copy_for_waiter(error: BaseException) -> BaseException:
    # Each waiting thread raises its own AuthError: one exception object raised in many threads
    # at once would have its traceback rewritten under their feet.
    if isinstance(error, AuthError):
        # Of the same class (TokenStorageError stays one), made without its own __init__.
        copy = AuthError.__new__(type(error))
        AuthError.__init__(copy, error.message, refresh_token_invalid=error.refresh_token_invalid)
        return copy
    return error


class _Interrupted(AuthError):
    def __init__(self) -> None:
        super().__init__("The token refresh was interrupted; try again")


# --- sync: threads ------------------------------------------------------------------------------


class SyncTokenManager:
    """The tokens of the sync SDK: read per request, refreshed once per stale pair."""

    def __init__(
        self,
        storage: Any,
        config: OAuthConfig,
        transport: SyncTransport,
        refresh_leeway: float,
        unsaved: UnsavedTokens | None = None,
    ) -> None:
        self._storage = storage
        self._config = config
        self._transport = transport
        self._leeway = refresh_leeway
        self._lock = threading.Lock()
        self._flights: dict[Tokens, Future[Tokens]] = {}
        self._unsaved = unsaved or UnsavedTokens(storage)

    def tokens_for_request(self, deadline: float | None = None) -> Tokens:
        tokens = self._read()
        if tokens is None:
            raise AuthError(NO_TOKENS)
        if not _needs_early_refresh(tokens, self._leeway):
            return tokens
        try:
            return self._single_flight(tokens, "the access token expires soon", deadline)
        except AuthError as error:
            return _early_refresh_failed(tokens, error)

    def refresh_after_401(self, rejected: Tokens, deadline: float | None = None) -> Tokens:
        return self._single_flight(rejected, "the API answered 401", deadline)

    def forget_unsaved(self) -> None:
        """A login or logout replaced the tokens: a pair kept in memory is outdated."""
        self._unsaved.stored()

    def store_unsaved(self) -> None:
        """The SDK is closing: a last, bounded attempt to store a pair kept in memory."""
        self._unsaved.last_attempt(self._stored_pair, self._storage.set_tokens, self._refresh_lock)

    def _refresh_lock(self) -> contextlib.AbstractContextManager[Any]:
        lock = getattr(self._storage, "with_refresh_lock", None)
        return lock() if lock is not None else contextlib.nullcontext()

    def _read(self) -> Tokens | None:
        # A refreshed pair the storage could not take is this process's newest: used until stored
        # (by a writer of this SDK when the one that kept it is gone with its event loop).
        kept = self._unsaved.get()
        if kept is not None:
            self._unsaved.adopt_in_thread(self._stored_pair, self._storage.set_tokens, self._refresh_lock)
            return kept
        return self._stored_pair()

    def _stored_pair(self) -> Tokens | None:
        return _checked(self._storage.get_tokens(), "get_tokens")

    def _single_flight(self, stale: Tokens, reason: str, deadline: float | None = None) -> Tokens:
        with self._lock:
            flight = self._flights.get(stale)
            leader = flight is None
            if flight is None:
                flight = self._flights[stale] = Future()
        if leader and deadline is None:
            return self._lead(flight, stale, reason)
        if leader:
            # A call with a deadline waits for the refresh only until then; the refresh itself
            # (lock, token request, storing the rotated pair) runs to its end in a thread of its
            # own, so a deadline never leaves it half done. Not a daemon: exit waits for it too.
            run = functools.partial(self._lead_quietly, flight, stale, reason)
            try:
                threading.Thread(target=run, name="prisma-token-refresh", daemon=False).start()
            except RuntimeError:
                # No thread to be had ("can't start new thread": a thread or memory limit). Lead
                # here, past the deadline if need be, rather than leave a flight no one leads,
                # which every later caller of this pair would wait on forever.
                return self._lead(flight, stale, reason)
        if deadline is not None and not wait([flight], timeout=seconds_left(deadline)).done:
            raise DeadlineReached
        try:
            return flight.result()
        except BaseException as error:
            copy = _copy_for_waiter(error)
            if copy is error:
                raise
            raise copy from error.__cause__

    def _lead(self, flight: Future[Tokens], stale: Tokens, reason: str) -> Tokens:
        try:
            tokens = self._refresh(stale, reason)
        except Exception as error:
            flight.set_exception(error)
            raise
        except BaseException:
            # KeyboardInterrupt belongs to the leader's thread; the waiters get an AuthError.
            flight.set_exception(_Interrupted())
            raise
        else:
            flight.set_result(tokens)
            return tokens
        finally:
            with self._lock:
                del self._flights[stale]

    def _lead_quietly(self, flight: Future[Tokens], stale: Tokens, reason: str) -> None:
        with contextlib.suppress(BaseException):  # the outcome is the flight's, read by the waiters
            self._lead(flight, stale, reason)

    def refresh_once(self, stale: Tokens, reason: str) -> Tokens:
        """One refresh of ``stale`` (no single-flight: the caller provides it)."""
        return self._refresh(stale, reason)

    def _refresh(self, stale: Tokens, reason: str) -> Tokens:
        # A cheap look first: when another thread or process is done already, no file lock is taken.
        reuse = _already_refreshed(self._read(), stale)
        if reuse is not None:
            return reuse
        with self._refresh_lock():
            current = self._read()
            reuse = _already_refreshed(current, stale)
            if reuse is not None:
                return reuse
            assert current is not None and current.refresh_token is not None
            logger.debug("refreshing the access token: %s", reason)
            try:
                raw = self._transport.send(refresh_request(self._config, current.refresh_token))
            except FetchError as error:
                raise AuthError(REFRESH_NETWORK_ERROR) from error
            fresh = self._parse(raw, current)
            self._store(fresh, current)
        logger.debug("access token refreshed (workspace %s)", fresh.workspace_id)
        return fresh

    def _store(self, fresh: Tokens, replaced: Tokens) -> None:
        try:
            self._storage.set_tokens(fresh)
        except Exception as error:
            failure = self._unsaved.keep(fresh, error, replaced)
            self._unsaved.store_in_background(
                fresh, self._stored_pair, self._storage.set_tokens, self._refresh_lock
            )
            raise failure from safe_cause(error)
        self._unsaved.stored()

    def _parse(self, raw: RawResponse, current: Tokens) -> Tokens:
        try:
            return tokens_from_response(raw, refreshing=True, previous_refresh_token=current.refresh_token)
        except AuthError as error:
            if error.refresh_token_invalid:
                logger.debug("the refresh token was refused; clearing the stored tokens")
                self._unsaved.stored(current)
                clear_if_current = getattr(self._storage, "clear_tokens_if_current", None)
                if clear_if_current is not None:
                    clear_if_current(current)
                else:
                    self._storage.clear_tokens()
            raise


# --- async: tasks -------------------------------------------------------------------------------


class AsyncStore:
    """A sync or async token storage, seen through coroutines.

    Sync methods run in ``asyncio.to_thread`` (so file and keyring I/O never block the loop),
    except those of :class:`MemoryTokenStorage`, which never block.
    """

    def __init__(self, storage: Any) -> None:
        self.storage = storage
        self._inline = isinstance(storage, MemoryTokenStorage)

    async def _call(self, method: Callable[..., Any], *args: Any) -> Any:
        if inspect.iscoroutinefunction(method):
            return await method(*args)
        result = method(*args) if self._inline else await asyncio.to_thread(method, *args)
        return await result if inspect.isawaitable(result) else result

    async def get_tokens(self) -> Tokens | None:
        return _checked(await self._call(self.storage.get_tokens), "get_tokens")

    async def set_tokens(self, tokens: Tokens) -> None:
        await self._call(self.storage.set_tokens, tokens)

    async def clear_tokens(self) -> None:
        await self._call(self.storage.clear_tokens)

    async def clear_tokens_if_current(self, tokens: Tokens) -> None:
        method = getattr(self.storage, "clear_tokens_if_current", None)
        if method is not None:
            await self._call(method, tokens)
        else:
            await self.clear_tokens()

    def refresh_lock(self) -> contextlib.AbstractAsyncContextManager[Any]:
        lock = getattr(self.storage, "with_refresh_lock", None)
        if lock is None:
            return contextlib.nullcontext()
        if inspect.iscoroutinefunction(self.storage.get_tokens):
            manager = lock()  # an async storage's lock: an async context manager, made on the loop
            if hasattr(manager, "__aenter__"):
                return manager  # type: ignore[no-any-return]
            return held_in_thread(lambda: manager)
        return held_in_thread(lock)


@contextlib.asynccontextmanager
async def held_in_thread(
    factory: Callable[[], contextlib.AbstractContextManager[Any]],
) -> AsyncGenerator[None, None]:
    """Hold a blocking context manager from an event loop: one dedicated thread makes it, enters
    it, waits for the release and exits it. A dedicated thread (not the default executor): lock
    holders waiting there could otherwise starve the very storage calls that would free them.
    """
    loop = asyncio.get_running_loop()
    entered: asyncio.Future[BaseException | None] = loop.create_future()
    exited: asyncio.Future[BaseException | None] = loop.create_future()
    release = threading.Event()

    def report(future: asyncio.Future[BaseException | None], outcome: BaseException | None) -> None:
        # Outcomes travel as results, never as exceptions: a future nobody awaits any more (its
        # waiter was cancelled) must not log "exception was never retrieved".
        def settle() -> None:
            if not future.done():
                future.set_result(outcome)

        with contextlib.suppress(RuntimeError):  # the loop is closed: nobody is waiting
            loop.call_soon_threadsafe(settle)

    def hold() -> None:
        inside = False
        try:
            with factory():
                inside = True
                report(entered, None)
                release.wait()
        except BaseException as error:
            report(exited if inside else entered, error)
        else:
            report(exited, None)

    threading.Thread(target=hold, name="prisma-refresh-lock", daemon=True).start()
    try:
        failure = await entered
    except BaseException:
        release.set()  # cancelled while waiting for the lock: the thread lets go as soon as it has it
        raise
    if failure is not None:
        raise failure
    try:
        yield
    finally:
        release.set()
        failure = await exited
        if failure is not None:
            raise failure


def has_only_sync_methods(storage: Any) -> bool:
    """A storage whose every method blocks (a :class:`TokenStorage`), none a coroutine."""
    methods = ("get_tokens", "set_tokens", "clear_tokens", "clear_tokens_if_current")
    return not any(inspect.iscoroutinefunction(getattr(storage, name, None)) for name in methods)


async def finish_in_thread(function: Callable[[], Tokens]) -> Tokens:
    """Run ``function`` to its end in a thread of its own, whatever happens to the awaiting task.

    A refresh that the server has answered rotates the refresh token: losing the answer loses
    the grant (the next refresh replays the old token and the server revokes everything). An
    event loop that ends (``asyncio.run`` cancelling what is left, a loop closed with tasks still
    pending) can split any work it runs itself; it cannot stop a thread. The thread is not a
    daemon, so even the interpreter's exit waits for it (bounded by the request timeout).
    """
    loop = asyncio.get_running_loop()
    outcome: asyncio.Future[tuple[Tokens | None, BaseException | None]] = loop.create_future()

    def report(result: Tokens | None, error: BaseException | None) -> None:
        # Outcomes travel as results, never as exceptions: nobody may be waiting any more.
        def settle() -> None:
            if not outcome.done():
                outcome.set_result((result, error))

        with contextlib.suppress(RuntimeError):  # the loop is closed: the work is done anyway
            loop.call_soon_threadsafe(settle)

    def run() -> None:
        try:
            tokens = function()
        except BaseException as error:
            report(None, error)
        else:
            report(tokens, None)

    threading.Thread(target=run, name="prisma-token-refresh", daemon=False).start()
    result, error = await outcome
    if error is not None:
        raise error
    assert result is not None
    return result


class AsyncTokenManager:
    """The tokens of the async SDK: read per request, refreshed once per stale pair per loop.

    With ``refresh_transport`` (a blocking transport) and a storage of plain methods, a refresh
    (lock, re-read, token request, storing the answer) runs whole in a thread of its own
    (:func:`finish_in_thread`), so loop shutdown cannot lose a rotated refresh token. Otherwise
    (an async storage, or the user's own async HTTP client for everything) it runs on the loop,
    where cancelled waiters still leave it running but the loop's own end can interrupt it.
    """

    def __init__(
        self,
        storage: Any,
        config: OAuthConfig,
        transport: AsyncTransport,
        refresh_leeway: float,
        refresh_transport: SyncTransport | None = None,
    ) -> None:
        self._store = AsyncStore(storage)
        self._config = config
        self._transport = transport
        self._leeway = refresh_leeway
        self._flights: dict[tuple[asyncio.AbstractEventLoop, Tokens], asyncio.Task[Tokens]] = {}
        self._unsaved = UnsavedTokens(storage)
        self._in_thread: SyncTokenManager | None = None
        if refresh_transport is not None and has_only_sync_methods(storage):
            self._in_thread = SyncTokenManager(
                storage, config, refresh_transport, refresh_leeway, self._unsaved
            )

    async def _read(self) -> Tokens | None:
        kept = self._unsaved.get()
        if kept is None:
            return await self._store.get_tokens()
        # Kept by an SDK whose loop has ended (asyncio.run per command), its writer cancelled with
        # it: this SDK stores it. A storage of plain methods in a thread, which no loop's end stops.
        if has_only_sync_methods(self._store.storage):
            lock = getattr(self._store.storage, "with_refresh_lock", None) or contextlib.nullcontext
            storage = self._store.storage
            self._unsaved.adopt_in_thread(
                lambda: _checked(storage.get_tokens(), "get_tokens"), storage.set_tokens, lock
            )
        else:
            self._unsaved.adopt_on_loop(
                self._store.get_tokens, self._store.set_tokens, self._store.refresh_lock
            )
        return kept

    async def tokens_for_request(self, deadline: float | None = None) -> Tokens:
        tokens = await self._read()
        if tokens is None:
            raise AuthError(NO_TOKENS)
        if not _needs_early_refresh(tokens, self._leeway):
            return tokens
        try:
            return await self._single_flight(tokens, "the access token expires soon", deadline)
        except AuthError as error:
            return _early_refresh_failed(tokens, error)

    async def refresh_after_401(self, rejected: Tokens, deadline: float | None = None) -> Tokens:
        return await self._single_flight(rejected, "the API answered 401", deadline)

    def forget_unsaved(self) -> None:
        """As :meth:`SyncTokenManager.forget_unsaved`."""
        self._unsaved.stored()

    async def store_unsaved(self) -> None:
        """The SDK is closing (its loop may end next, cancelling the writer): a last, bounded
        attempt to store a pair kept in memory."""
        await self._unsaved.last_attempt_on_loop(
            self._store.get_tokens, self._store.set_tokens, self._store.refresh_lock
        )

    async def _single_flight(self, stale: Tokens, reason: str, deadline: float | None = None) -> Tokens:
        loop = asyncio.get_running_loop()
        key = (loop, stale)
        flight = self._flights.get(key)
        if flight is None:
            flight = loop.create_task(self._refresh(stale, reason))
            self._flights[key] = flight
            flight.add_done_callback(functools.partial(self._landed, key))
        if deadline is not None:
            # Waiting stops at the call's deadline; the refresh goes on (never cancelled by it).
            done, _ = await asyncio.wait({flight}, timeout=seconds_left(deadline))
            if not done:
                raise DeadlineReached
        # shield: a cancelled waiter stops waiting; the refresh goes on for everyone else.
        return await asyncio.shield(flight)

    def _landed(self, key: tuple[asyncio.AbstractEventLoop, Tokens], flight: asyncio.Task[Tokens]) -> None:
        if self._flights.get(key) is flight:
            del self._flights[key]
        if not flight.cancelled():
            flight.exception()  # retrieved: if every waiter was cancelled, nothing is logged

    async def _refresh(self, stale: Tokens, reason: str) -> Tokens:
        reuse = _already_refreshed(await self._read(), stale)
        if reuse is not None:
            return reuse
        if self._in_thread is not None:
            return await finish_in_thread(functools.partial(self._in_thread.refresh_once, stale, reason))
        async with self._store.refresh_lock():
            current = await self._read()
            reuse = _already_refreshed(current, stale)
            if reuse is not None:
                return reuse
            assert current is not None and current.refresh_token is not None
            logger.debug("refreshing the access token: %s", reason)
            try:
                raw = await self._transport.send(refresh_request(self._config, current.refresh_token))
            except FetchError as error:
                raise AuthError(REFRESH_NETWORK_ERROR) from error
            try:
                fresh = tokens_from_response(
                    raw, refreshing=True, previous_refresh_token=current.refresh_token
                )
            except AuthError as error:
                if error.refresh_token_invalid:
                    logger.debug("the refresh token was refused; clearing the stored tokens")
                    self._unsaved.stored(current)
                    await self._store.clear_tokens_if_current(current)
                raise
            try:
                await self._store.set_tokens(fresh)
            except Exception as error:
                failure = self._unsaved.keep(fresh, error, current)
                self._unsaved.store_on_loop(
                    fresh, self._store.get_tokens, self._store.set_tokens, self._store.refresh_lock
                )
                raise failure from safe_cause(error)
            self._unsaved.stored()
        logger.debug("access token refreshed (workspace %s)", fresh.workspace_id)
        return fresh
