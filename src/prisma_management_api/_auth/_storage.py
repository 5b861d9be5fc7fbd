"""Where the SDK keeps the tokens: the storage protocols and the in-memory storage.

The design: **one small class with plain (sync) methods serves both SDKs.**

- :class:`TokenStorage` has three required methods, ``get_tokens()``, ``set_tokens(tokens)`` and
  ``clear_tokens()``, and two optional ones the SDK uses when they exist:
  ``with_refresh_lock()``, a context manager held around a refresh (make it a cross-process lock
  when several processes share the tokens, as :class:`FileTokenStorage` does), and
  ``clear_tokens_if_current(tokens) -> bool``, which clears only if the stored tokens are still
  ``tokens`` (so a dead refresh token never wipes a pair another process just stored).
- The sync SDK calls these methods directly. The async SDK calls them through
  ``asyncio.to_thread``, so file or keyring I/O never blocks the event loop; it enters and exits
  ``with_refresh_lock()`` on one dedicated thread, so a lock that must be released by the thread
  that took it (``threading.RLock``, ``fcntl`` locks held per thread) works unchanged.
- The async SDK also takes an :class:`AsyncTokenStorage`: the same methods as coroutines, and
  ``with_refresh_lock()`` returning an async context manager. Each method is detected on its own
  with :func:`inspect.iscoroutinefunction` (a context manager by its ``__aenter__``), so a storage
  may mix both kinds. The sync SDK refuses a storage with async methods.

Why not async-only, as in the TypeScript SDK: sync programs (CLIs, scripts, Django views) are
the common case in Python and must not need an event loop, and a sync storage is trivially run
in a thread by the async SDK, while the reverse is not possible.

Why ``with_refresh_lock()`` is a context manager and not the TypeScript SDK's
``withRefreshLock(fn)``: it is the Python shape of "hold this around that", and it is the same
shape sync and async (``with`` / ``async with``).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Generator
from typing import Protocol, runtime_checkable

from ._tokens import Tokens


@runtime_checkable
class TokenStorage(Protocol):
    """Implement this to keep the tokens where your program keeps secrets.

    Optional methods the SDK uses when present::

        def with_refresh_lock(self) -> ContextManager[object]: ...
        def clear_tokens_if_current(self, tokens: Tokens) -> bool: ...
    """

    def get_tokens(self) -> Tokens | None:
        """The stored tokens, or ``None`` when logged out."""
        ...

    def set_tokens(self, tokens: Tokens) -> None:
        """Store the tokens of a login or a refresh, replacing any before."""
        ...

    def clear_tokens(self) -> None:
        """Forget the tokens: logout, or a refresh token the server refused."""
        ...


@runtime_checkable
class AsyncTokenStorage(Protocol):
    """The async twin of :class:`TokenStorage`, accepted by the async SDK only.

    Optional methods the SDK uses when present::

        def with_refresh_lock(self) -> AsyncContextManager[object]: ...
        async def clear_tokens_if_current(self, tokens: Tokens) -> bool: ...
    """

    async def get_tokens(self) -> Tokens | None: ...

    async def set_tokens(self, tokens: Tokens) -> None: ...

    async def clear_tokens(self) -> None: ...


class MemoryTokenStorage:
    """Tokens kept in this process only: tests, short scripts, or a server that logs in each time.

    Safe to share between threads and between a sync and an async SDK. Its get, set and clear
    methods never block, so the async SDK calls them directly instead of through a thread.
    """

    def __init__(self, tokens: Tokens | None = None) -> None:
        self._tokens = tokens
        self._lock = threading.Lock()
        self._refresh_lock = threading.Lock()

    def get_tokens(self) -> Tokens | None:
        return self._tokens

    def set_tokens(self, tokens: Tokens) -> None:
        if not isinstance(tokens, Tokens):
            raise TypeError(f"set_tokens takes Tokens, got {type(tokens).__name__}")
        with self._lock:
            self._tokens = tokens

    def clear_tokens(self) -> None:
        with self._lock:
            self._tokens = None

    def clear_tokens_if_current(self, tokens: Tokens) -> bool:
        with self._lock:
            if self._tokens != tokens:
                return False
            self._tokens = None
            return True

    @contextlib.contextmanager
    def with_refresh_lock(self) -> Generator[None, None, None]:
        # Serializes refreshes of SDKs that share this storage (each SDK already refreshes once).
        with self._refresh_lock:
            yield

    def __repr__(self) -> str:
        return f"MemoryTokenStorage(logged_in={self._tokens is not None})"
