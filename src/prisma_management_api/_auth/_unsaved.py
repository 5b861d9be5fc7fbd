"""A refreshed pair the token storage could not take, kept in memory until it is stored.

Once the server answered a refresh, the old refresh token is dead (rotated): the new pair exists
nowhere else. If the storage fails to store it (the database or Redis is down, after the
storage's own retries), dropping it would make the next refresh replay the dead token, which a
strict server answers by revoking the whole grant. So the pair is kept here: this process goes on
using it, and a background writer stores it as soon as the storage is back (under the storage's
refresh lock, and only while it is still the newest pair). Other processes sharing the storage
see the previous pair until then.

The pair is kept for the whole process, per *place* the storage writes to (a Redis key, a SQL
row, a file, a keyring entry; any other storage is a place of its own): every SDK of the process
on that place uses it, not only the one that refreshed. That is what saves the pair when an event
loop ends while its writer still waits (``asyncio.run()`` per command, as a CLI or a cron job
does): the writer is cancelled with the loop, but the next SDK of this process on the same
storage uses the kept pair instead of the storage's stale one, and starts a writer of its own
(see :meth:`UnsavedTokens.adopt_in_thread`). Closing an SDK makes a last attempt to store it,
bounded by :data:`LAST_ATTEMPT` seconds. A pair still not stored when the process exits is lost;
that is logged as an error naming the storage (never the tokens).
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import logging
import threading
import time
from collections.abc import Awaitable, Callable, Generator, Hashable
from typing import Any

from .._exceptions import TokenStorageError
from ._tokens import Tokens

logger = logging.getLogger("prisma_management_api")

# Seconds between two attempts of the background writer: from 1 s, doubling, at most 30 s.
_FIRST_DELAY = 1.0
_MAX_DELAY = 30.0
# Seconds closing an SDK waits for a last attempt to store a kept pair: long enough for a storage
# that is back (a reconnect, a lock), short enough that a CLI whose storage is still down exits.
LAST_ATTEMPT = 10.0


class TokensNotStoredError(TokenStorageError):
    """The refresh succeeded but the storage could not store the new pair (kept in memory)."""

    def __init__(self, reason: str) -> None:
        super().__init__(
            f"The tokens were refreshed but the token storage could not store them: {reason}. This "
            "process keeps using them and stores them once the storage is back; other processes "
            "sharing the storage still see the previous pair until then."
        )


def safe_cause(error: BaseException) -> BaseException | None:
    """What a :class:`TokensNotStoredError` may chain (``raise ... from safe_cause(error)``): a
    logged traceback prints the cause's text, so only the SDK's own storage errors, worded
    without secrets, are chained; another storage's error is told by its type alone."""
    return error if isinstance(error, TokenStorageError) else None


def _delays(first: float) -> Generator[float, None, None]:
    yield first
    delay = _FIRST_DELAY
    while True:
        delay = min(delay * 2, _MAX_DELAY)
        yield delay


def place_of(storage: object) -> Hashable:
    """Where ``storage`` keeps its pair: equal for two storage objects that read and write the same
    place. The SDK's storages say where (``_token_place()``); any other storage is a place of its
    own, so two objects of a storage of yours never share a kept pair."""
    place = getattr(storage, "_token_place", None)
    return place() if callable(place) else ("object", id(storage))


def _describe(storage: object) -> str:
    # The SDK's storages have reprs without secrets; another storage's repr might quote anything.
    if type(storage).__module__.startswith("prisma_management_api."):
        return repr(storage)
    return type(storage).__name__


class _Kept:
    __slots__ = ("replaced", "storage", "tokens", "writers")

    def __init__(self, tokens: Tokens, storage: object, replaced: Tokens) -> None:
        self.tokens = tokens
        # What the storage held when the first pair of this chain was refreshed: a writer stores
        # the kept pair only over that (or finds it stored already). Anything else there was
        # written since by another process (a new login, a logout) and is newer than this pair.
        self.replaced = replaced
        # Referenced while the pair is kept, so that a place named by ``id(storage)`` is never
        # taken by another object meanwhile.
        self.storage = storage
        self.writers: list[threading.Thread | asyncio.Task[None]] = []

    def being_written(self) -> bool:
        """A writer of this process is still at it: a live thread, or a task whose loop lives."""
        for writer in self.writers:
            if isinstance(writer, threading.Thread):
                if writer.is_alive():
                    return True
            elif not writer.done() and not writer.get_loop().is_closed():
                return True
        return False


_kept: dict[Hashable, _Kept] = {}
_kept_mutex = threading.Lock()
_tasks: set[asyncio.Task[None]] = set()  # referenced: a loop keeps its tasks weakly


@atexit.register
def _report_lost() -> None:
    """Said once, at exit, for each pair no writer could store: the user will have to log in."""
    for kept in list(_kept.values()):
        logger.error(
            "refreshed tokens were never stored (%s) and are lost with this process: the storage "
            "still holds the previous pair, whose refresh token the server has rotated, so the next "
            "refresh fails (a strict server revokes the grant) and the user must log in again",
            _describe(kept.storage),
        )


class UnsavedTokens:
    """The pair the storage of one place has not taken yet, if any (shared by every
    :class:`UnsavedTokens` of this process on that place). Thread-safe."""

    def __init__(self, storage: object) -> None:
        self._storage = storage
        self._place = place_of(storage)

    def get(self) -> Tokens | None:
        kept = _kept.get(self._place)
        return kept.tokens if kept is not None else None

    def stored(self, tokens: Tokens | None = None) -> None:
        """The storage holds a newer pair (``None``), or holds ``tokens``: nothing is pending."""
        with _kept_mutex:
            kept = _kept.get(self._place)
            if kept is not None and (tokens is None or kept.tokens is tokens):
                del _kept[self._place]

    def keep(self, tokens: Tokens, error: BaseException, replaced: Tokens) -> TokensNotStoredError:
        """Keep ``tokens``, refreshed from ``replaced``, which the storage failed to store."""
        with _kept_mutex:
            previous = _kept.get(self._place)
            # A refresh of a kept pair (the storage still down): the storage still holds what the
            # chain's first refresh replaced.
            base = previous.replaced if previous is not None else replaced
            _kept[self._place] = _Kept(tokens, self._storage, base)
        # The SDK's storages word their errors without secrets; another storage's text might
        # quote what it was storing, so only its type is told.
        reason = error.message if isinstance(error, TokenStorageError) else type(error).__name__
        logger.warning("the refreshed tokens could not be stored; kept in memory until the storage is back")
        return TokensNotStoredError(reason)

    def _orphan(self) -> Tokens | None:
        """The kept pair, when no writer of this process is storing it any more (its loop ended)."""
        with _kept_mutex:
            kept = _kept.get(self._place)
            if kept is None or kept.being_written():
                return None
            return kept.tokens

    def _add_writer(self, tokens: Tokens, writer: threading.Thread | asyncio.Task[None]) -> None:
        with _kept_mutex:
            kept = _kept.get(self._place)
            if kept is not None and kept.tokens is tokens:
                kept.writers.append(writer)

    def adopt_in_thread(
        self,
        get_tokens: Callable[[], Tokens | None],
        set_tokens: Callable[[Tokens], None],
        refresh_lock: Callable[[], contextlib.AbstractContextManager[Any]],
    ) -> None:
        """Store a kept pair whose writer is gone (its event loop ended): a writer of this SDK,
        trying at once."""
        tokens = self._orphan()
        if tokens is not None:
            self.store_in_background(tokens, get_tokens, set_tokens, refresh_lock, first_delay=0.0)

    def adopt_on_loop(
        self,
        get_tokens: Callable[[], Awaitable[Tokens | None]],
        set_tokens: Callable[[Tokens], Awaitable[Any]],
        refresh_lock: Callable[[], contextlib.AbstractAsyncContextManager[Any]],
    ) -> None:
        """As :meth:`adopt_in_thread`, with a task of the running loop (an async storage)."""
        tokens = self._orphan()
        if tokens is not None:
            self.store_on_loop(tokens, get_tokens, set_tokens, refresh_lock, first_delay=0.0)

    def _store_once(
        self,
        tokens: Tokens,
        get_tokens: Callable[[], Tokens | None],
        set_tokens: Callable[[Tokens], None],
        refresh_lock: Callable[[], contextlib.AbstractContextManager[Any]],
    ) -> None:
        with refresh_lock():
            replaced = self._replaced(tokens)
            if replaced is None:
                return  # a later refresh stored (or kept) a newer pair, or a logout dropped it
            current = get_tokens()
            if current != tokens:
                if current != replaced:
                    self._superseded(tokens)
                    return
                set_tokens(tokens)
        self.stored(tokens)
        logger.warning("the kept tokens are stored")

    def _replaced(self, tokens: Tokens) -> Tokens | None:
        """What the storage held before ``tokens``' chain of refreshes, while ``tokens`` is kept."""
        kept = _kept.get(self._place)
        return kept.replaced if kept is not None and kept.tokens is tokens else None

    def _superseded(self, tokens: Tokens) -> None:
        # Another process wrote the storage since this pair's refresh (a new login, a logout): its
        # pair is the newer one. Writing ours over it would undo that login or that logout.
        self.stored(tokens)
        logger.warning(
            "the kept tokens are dropped: %s holds a pair written since they were refreshed",
            _describe(self._storage),
        )

    async def _store_once_on_loop(
        self,
        tokens: Tokens,
        get_tokens: Callable[[], Awaitable[Tokens | None]],
        set_tokens: Callable[[Tokens], Awaitable[Any]],
        refresh_lock: Callable[[], contextlib.AbstractAsyncContextManager[Any]],
    ) -> None:
        async with refresh_lock():
            replaced = self._replaced(tokens)
            if replaced is None:
                return
            current = await get_tokens()
            if current != tokens:
                if current != replaced:
                    self._superseded(tokens)
                    return
                await set_tokens(tokens)
        self.stored(tokens)
        logger.warning("the kept tokens are stored")

    def store_in_background(
        self,
        tokens: Tokens,
        get_tokens: Callable[[], Tokens | None],
        set_tokens: Callable[[Tokens], None],
        refresh_lock: Callable[[], contextlib.AbstractContextManager[Any]],
        first_delay: float = _FIRST_DELAY,
    ) -> None:
        """Retry ``set_tokens(tokens)`` in a daemon thread until it succeeds or a newer pair wins."""

        def write() -> None:
            for delay in _delays(first_delay):
                time.sleep(delay)
                if self.get() is not tokens:
                    return
                try:
                    self._store_once(tokens, get_tokens, set_tokens, refresh_lock)
                except Exception as error:
                    logger.debug("the kept tokens could not be stored yet (%s)", type(error).__name__)
                    continue
                return

        thread = threading.Thread(target=write, name="prisma-unsaved-tokens", daemon=True)
        self._add_writer(tokens, thread)
        thread.start()

    def store_on_loop(
        self,
        tokens: Tokens,
        get_tokens: Callable[[], Awaitable[Tokens | None]],
        set_tokens: Callable[[Tokens], Awaitable[Any]],
        refresh_lock: Callable[[], contextlib.AbstractAsyncContextManager[Any]],
        first_delay: float = _FIRST_DELAY,
    ) -> None:
        """The async twin of :meth:`store_in_background`: a task of the running loop (the async
        storage's clients belong to it). If the loop ends first, the pair stays kept for the next
        SDK of this process on the same storage (:meth:`adopt_on_loop`)."""

        async def write() -> None:
            for delay in _delays(first_delay):
                await asyncio.sleep(delay)
                if self.get() is not tokens:
                    return
                try:
                    await self._store_once_on_loop(tokens, get_tokens, set_tokens, refresh_lock)
                except Exception as error:
                    logger.debug("the kept tokens could not be stored yet (%s)", type(error).__name__)
                    continue
                return

        task = asyncio.get_running_loop().create_task(write())
        _tasks.add(task)
        task.add_done_callback(_tasks.discard)
        self._add_writer(tokens, task)

    def last_attempt(
        self,
        get_tokens: Callable[[], Tokens | None],
        set_tokens: Callable[[Tokens], None],
        refresh_lock: Callable[[], contextlib.AbstractContextManager[Any]],
        wait: float = LAST_ATTEMPT,
    ) -> None:
        """The SDK is closing: try to store a kept pair now, waiting at most ``wait`` seconds (in a
        daemon thread, so a storage that hangs cannot hold the program's exit)."""
        tokens = self.get()
        if tokens is None:
            return
        failure: list[str] = []

        def attempt() -> None:
            try:
                self._store_once(tokens, get_tokens, set_tokens, refresh_lock)
            except Exception as error:
                failure.append(type(error).__name__)

        thread = threading.Thread(target=attempt, name="prisma-unsaved-tokens", daemon=True)
        thread.start()
        thread.join(wait)
        if thread.is_alive():
            failure.append(f"no answer within {wait:g}s")
        if failure:
            self._still_kept(failure[0])

    async def last_attempt_on_loop(
        self,
        get_tokens: Callable[[], Awaitable[Tokens | None]],
        set_tokens: Callable[[Tokens], Awaitable[Any]],
        refresh_lock: Callable[[], contextlib.AbstractAsyncContextManager[Any]],
        wait: float = LAST_ATTEMPT,
    ) -> None:
        """As :meth:`last_attempt`, on the running loop (whose end would cancel its writer)."""
        tokens = self.get()
        if tokens is None:
            return
        try:
            await asyncio.wait_for(
                self._store_once_on_loop(tokens, get_tokens, set_tokens, refresh_lock), wait
            )
        except asyncio.TimeoutError:
            self._still_kept(f"no answer within {wait:g}s")
        except Exception as error:
            self._still_kept(type(error).__name__)

    def _still_kept(self, reason: str) -> None:
        logger.warning(
            "the kept tokens could not be stored while closing the SDK (%s): this process keeps "
            "them for its next SDK on %s, and loses them if it exits first",
            reason,
            _describe(self._storage),
        )
