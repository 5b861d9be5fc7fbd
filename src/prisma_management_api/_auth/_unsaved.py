"""A refreshed pair the token storage could not take, kept in memory until it is stored.

Once the server answered a refresh, the old refresh token is dead (rotated): the new pair exists
nowhere else. If the storage fails to store it (the database or Redis is down, after the
storage's own retries), dropping it would make the next refresh replay the dead token, which a
strict server answers by revoking the whole grant. So the pair is kept here: this process goes on
using it, and a background writer stores it as soon as the storage is back (under the storage's
refresh lock, and only while it is still the newest pair). Other processes sharing the storage
see the previous pair until then.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
from collections.abc import Callable, Generator
from typing import Any

from .._exceptions import TokenStorageError
from ._tokens import Tokens

logger = logging.getLogger("prisma_management_api")

# Seconds between two attempts of the background writer: from 1 s, doubling, at most 30 s.
_FIRST_DELAY = 1.0
_MAX_DELAY = 30.0


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


def _delays() -> Generator[float, None, None]:
    delay = _FIRST_DELAY
    while True:
        yield delay
        delay = min(delay * 2, _MAX_DELAY)


class UnsavedTokens:
    """The pair the storage has not taken yet, if any. Thread-safe."""

    def __init__(self) -> None:
        self._tokens: Tokens | None = None
        self._mutex = threading.Lock()
        self._writers: set[asyncio.Task[None]] = set()  # referenced: a loop keeps tasks weakly

    def get(self) -> Tokens | None:
        return self._tokens

    def stored(self, tokens: Tokens | None = None) -> None:
        """The storage holds a newer pair (``None``), or holds ``tokens``: nothing is pending."""
        with self._mutex:
            if tokens is None or self._tokens is tokens:
                self._tokens = None

    def keep(self, tokens: Tokens, error: BaseException) -> TokensNotStoredError:
        with self._mutex:
            self._tokens = tokens
        # The SDK's storages word their errors without secrets; another storage's text might
        # quote what it was storing, so only its type is told.
        reason = error.message if isinstance(error, TokenStorageError) else type(error).__name__
        logger.warning("the refreshed tokens could not be stored; kept in memory until the storage is back")
        return TokensNotStoredError(reason)

    def store_in_background(
        self,
        tokens: Tokens,
        set_tokens: Callable[[Tokens], None],
        refresh_lock: Callable[[], contextlib.AbstractContextManager[Any]],
    ) -> None:
        """Retry ``set_tokens(tokens)`` in a daemon thread until it succeeds or a newer pair wins."""

        def write() -> None:
            for delay in _delays():
                time.sleep(delay)
                try:
                    with refresh_lock():
                        if self._tokens is not tokens:
                            return  # a later refresh stored (or kept) a newer pair
                        set_tokens(tokens)
                except Exception as error:
                    logger.debug("the kept tokens could not be stored yet (%s)", type(error).__name__)
                    continue
                self.stored(tokens)
                logger.warning("the kept tokens are stored")
                return

        threading.Thread(target=write, name="prisma-unsaved-tokens", daemon=True).start()

    def store_on_loop(
        self,
        tokens: Tokens,
        set_tokens: Callable[[Tokens], Any],
        refresh_lock: Callable[[], contextlib.AbstractAsyncContextManager[Any]],
    ) -> None:
        """The async twin of :meth:`store_in_background`: a task of the running loop (the async
        storage's clients belong to it)."""

        async def write() -> None:
            for delay in _delays():
                await asyncio.sleep(delay)
                try:
                    async with refresh_lock():
                        if self._tokens is not tokens:
                            return
                        await set_tokens(tokens)
                except Exception as error:
                    logger.debug("the kept tokens could not be stored yet (%s)", type(error).__name__)
                    continue
                self.stored(tokens)
                logger.warning("the kept tokens are stored")
                return

        task = asyncio.get_running_loop().create_task(write())
        self._writers.add(task)
        task.add_done_callback(self._writers.discard)
