"""Cutting a blocking exchange off when its call's deadline (``Timeout.total``) passes.

A socket timeout bounds each read, not their sum: a server trickling its status line and headers
a byte at a time (every read well within the read timeout) would hold a sync call forever, and no
Python thread can interrupt another's blocking read. What can: shutting the socket down. One
shared thread (not one per call) keeps a heap of the deadlines of the exchanges in flight; when one
passes, it shuts that exchange's socket down, the blocked read returns at once, the HTTP library
fails, and :func:`watching` raises the deadline error in its place. A watch never shuts a socket
that serves another exchange: the HTTP library hands a connection back to its pool as soon as an
answer is read to its end (before the transport sees that it was), so the hand-back itself stops
the watch (:meth:`Watch.release`), and a connection whose socket was shut is not reused. Calls
without a deadline never come here, and the thread starts with the first call that has one.

The async client needs none of this: ``asyncio.wait_for`` cancels an exchange at any await.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import os
import socket
import threading
import time
from collections.abc import Generator

from ._core import PreparedRequest
from ._deadline import deadline_error

# The exchange in flight on this thread: how a connection made deep inside an HTTP library (urllib3
# makes them in its pool) finds the watch to hand its socket to.
_current = threading.local()

_LONGEST_WAIT = 3600.0  # seconds the watchdog sleeps at most, then looks at its heap again


class Watch:
    """The deadline of one exchange and, once known, the socket to shut down when it passes."""

    __slots__ = ("_ended", "_target", "deadline", "fired", "request")

    def __init__(self, request: PreparedRequest, deadline: float) -> None:
        self.request = request
        self.deadline = deadline
        self.fired = False
        self._ended = False
        self._target: object = None

    def attach(self, target: object) -> None:
        """Watch ``target``: the exchange's socket, or an object whose ``sock`` attribute holds it
        (read when the deadline passes). Attaching after the deadline passed shuts it at once."""
        if target is None:
            return
        with _watchdog.lock:
            if self._ended:
                return
            self._target = target
            if self.fired:
                _shut(target)

    def release(self) -> bool:
        """The exchange handed its connection back to its pool (a body read to its end, or closed):
        its socket is no longer this exchange's. Called by the pool before anyone else can take
        the connection; the deadline still counts for :meth:`finish`. Whether it passed already
        (then the socket was shut down)."""
        with _watchdog.lock:
            self._target = None
            return self.fired

    def end(self) -> bool:
        """Stop watching; whether the deadline passed first (then the socket was shut down)."""
        with _watchdog.lock:
            if not self._ended:
                self._ended = True
                self._target = None
                if not self.fired:  # a fired watch has left the heap already
                    _watchdog.ended += 1
            return self.fired

    def finish(self) -> None:
        """Stop watching, before the connection can serve anything else (back in its pool); raise
        the deadline error if it passed first: the answer may have been cut short."""
        if self.end():
            raise deadline_error(self.request)


@contextlib.contextmanager
def watching(request: PreparedRequest) -> Generator[Watch, None, None]:
    """Watch one exchange of a request that has a deadline; the deadline error replaces whatever
    the exchange raised once the deadline has passed."""
    assert request.deadline is not None
    watch = _watchdog.start(request, request.deadline)
    previous = getattr(_current, "watch", None)
    try:
        # Inside the try: a KeyboardInterrupt right after it must not leave a stale watch here,
        # which would cut every later exchange of this thread once its deadline had passed.
        _current.watch = watch
        yield watch
    except Exception:
        # A read the watchdog cut short, or a connect or read timeout already capped to the time
        # left (it may fire a moment before the watchdog does): the deadline is what happened.
        if watch.end() or time.monotonic() >= request.deadline:
            raise deadline_error(request) from None
        raise
    finally:
        _current.watch = previous
        watch.end()
    if watch.fired:
        raise deadline_error(request)


def current_watch() -> Watch | None:
    """The watch of the exchange in flight on this thread, if it has a deadline."""
    watch: Watch | None = getattr(_current, "watch", None)
    return watch


def _shut(target: object) -> None:
    sock = target if isinstance(target, socket.socket) else getattr(target, "sock", None)
    if isinstance(sock, socket.socket):
        with contextlib.suppress(OSError):  # closed already, or never connected
            # The plain socket's shutdown, also for an SSLSocket: its own would tear the TLS
            # layer down under the reading thread's feet; this only ends the blocked read.
            socket.socket.shutdown(sock, socket.SHUT_RDWR)


class _Watchdog:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self._wake = threading.Condition(self.lock)
        self._heap: list[tuple[float, int, Watch]] = []
        self._order = itertools.count()  # ties on a deadline never compare two Watch objects
        self._thread: threading.Thread | None = None
        self.ended = 0  # watches ended but still in the heap, dropped lazily

    def start(self, request: PreparedRequest, deadline: float) -> Watch:
        watch = Watch(request, deadline)
        # Before the lock, never under it: a fork while this thread held the lock and had not yet
        # registered the hook would give the child a held lock and no hook to replace it.
        _renew_in_forked_children()
        with self.lock:
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="prisma-deadline-watchdog", daemon=True
                )
                self._thread.start()
            if self.ended > 64 and self.ended * 2 > len(self._heap):
                # Most calls end long before their deadline: drop their entries now and then.
                self._heap = [entry for entry in self._heap if not entry[2]._ended]
                heapq.heapify(self._heap)
                self.ended = 0
            heapq.heappush(self._heap, (deadline, next(self._order), watch))
            if self._heap[0][2] is watch:
                self._wake.notify()  # sooner than what the thread is waiting for
        return watch

    def _run(self) -> None:
        with self.lock:
            while True:
                now = time.monotonic()
                while self._heap and (self._heap[0][2]._ended or self._heap[0][0] <= now):
                    _, _, watch = heapq.heappop(self._heap)
                    if watch._ended:
                        self.ended -= 1
                        continue
                    watch.fired = True
                    if watch._target is not None:
                        _shut(watch._target)
                # Capped: Condition.wait refuses more than threading.TIMEOUT_MAX (about 292 years),
                # and the OverflowError would end this thread; Timeout(total=1e10) is valid.
                self._wake.wait(min(self._heap[0][0] - now, _LONGEST_WAIT) if self._heap else None)


_watchdog = _Watchdog()


_fork_hook_registered = False


def _renew_in_forked_children() -> None:
    """Give a forked child a watchdog of its own, from the first watch on.

    Registered when the first watch starts, not at import: a fork hook keeps this module's globals
    (and the modules they reach) alive until the interpreter's very end, which made every process
    that imported the client ~3 ms slower to exit (11 M instructions of a 826 M first response,
    bench/README.md). Before the first watch nothing needs renewing: the lock was never taken.
    """
    global _fork_hook_registered
    if not _fork_hook_registered and hasattr(os, "register_at_fork"):
        os.register_at_fork(after_in_child=_after_fork_in_child)
        _fork_hook_registered = True  # inherited by children, as the hook itself is


def _after_fork_in_child() -> None:
    # The child has no watchdog thread, and the lock may have been held by another thread.
    global _watchdog
    _watchdog = _Watchdog()
