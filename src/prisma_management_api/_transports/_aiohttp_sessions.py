"""The aiohttp transport's own sessions: one per event loop, none outliving its loop.

A session belongs to the loop it was made in, yet one async client may serve several loops (one
``asyncio.run`` after another, loops in other threads). Replacing the session when the loop changed
left the old one's sockets open until garbage collection, with a ResourceWarning each (40 sockets
per loop piled up to 200; ``aclose()`` closed only the last 40). So each loop gets its session,
and each session is closed *inside its loop* before the loop ends: a tiny async generator is
registered with the loop, and ``loop.shutdown_asyncgens()`` finalises it; ``asyncio.run``,
``asyncio.Runner`` and pytest-asyncio call that before closing a loop. ``aclose()`` closes them all.
"""

from __future__ import annotations

import asyncio
import os
import socket
import ssl
from collections.abc import AsyncGenerator

import aiohttp


def trusted_certificates() -> ssl.SSLContext | bool:
    """The certificates to verify servers with, as the environment says when the transport is made.

    aiohttp verifies with a context it built when it was imported: ``SSL_CERT_FILE`` or
    ``SSL_CERT_DIR`` (OpenSSL's variables, e.g. a company CA in front of a proxy) set after that
    were ignored, while urllib3 reads them at each connection. With either set, the transport
    makes its own context (the system's defaults plus what they name); without, aiohttp's.
    """
    if not (os.environ.get("SSL_CERT_FILE") or os.environ.get("SSL_CERT_DIR")):
        return True
    return ssl.create_default_context()


class LoopSessions:
    def __init__(self, max_connections: int) -> None:
        self._max_connections = max_connections
        self._tls = trusted_certificates()
        self._by_loop: dict[asyncio.AbstractEventLoop, _LoopSession] = {}

    async def current(self) -> aiohttp.ClientSession:
        """The running loop's session, made (and tied to the loop's shutdown) on first use."""
        loop = asyncio.get_running_loop()
        own = self._by_loop.get(loop)
        if own is None or own.session.closed:  # closed: by aclose(), or the loop's shutdown hook
            self._forget_ended_loops()
            own = self._by_loop[loop] = _LoopSession(self._max_connections, self._tls)
            await own.close_with_loop()
        return own.session

    def _forget_ended_loops(self) -> None:
        for loop in [loop for loop in list(self._by_loop) if loop.is_closed()]:  # list(): other threads
            # Closed without shutdown_asyncgens() (a hand-run loop): nothing can run in it now.
            own = self._by_loop.pop(loop, None)
            if own is not None:
                own.abandon()

    async def aclose(self) -> None:
        """Close every session: this loop's here, another running loop's in that loop."""
        current = asyncio.get_running_loop()
        sessions, self._by_loop = self._by_loop, {}
        for loop, own in sessions.items():
            if loop is current:
                await own.aclose()
            elif loop.is_closed():
                own.abandon()
            elif loop.is_running():
                done = asyncio.run_coroutine_threadsafe(own.aclose(), loop)
                await asyncio.wait_for(asyncio.wrap_future(done), 10)
            # A loop that is not running (set aside, not closed) closes its session at its shutdown.


class _LoopSession:
    """A session and the async generator that closes it when its event loop shuts down."""

    __slots__ = ("_closer", "session")

    def __init__(self, max_connections: int, tls: ssl.SSLContext | bool) -> None:
        self.session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=max_connections, ssl=tls))
        # aiohttp re-sends an idempotent request once, silently, when its connection drops;
        # the SDK's retry policy does that, counted (result.retries) and with backoff.
        if hasattr(self.session, "_retry_connection"):
            self.session._retry_connection = False
        self._closer = _close_at_shutdown(self.session)

    async def close_with_loop(self) -> None:
        # The first step registers the generator with the running loop (its asyncgen hooks); the
        # loop holds it weakly, so this object keeps it alive until then.
        await self._closer.__anext__()

    async def aclose(self) -> None:
        await self._closer.aclose()  # runs its finally: the session closes
        await self.session.close()  # in case the generator had not started

    def abandon(self) -> None:
        """Drop a session whose loop was closed without ``shutdown_asyncgens()``.

        aiohttp gives up on a closed loop (its connector's close does nothing there), which left
        the sockets open until garbage collection, with a ResourceWarning each; they are closed
        here directly.
        """
        connector = self.session.connector
        if connector is None:
            return
        for protocols in list(connector._conns.values()):  # pyright: ignore[reportPrivateUsage]
            for protocol, _ in protocols:
                _close_socket(protocol.transport)
        connector._close()  # pyright: ignore[reportPrivateUsage]  # marks it closed: no warning


def _close_socket(transport: object) -> None:
    # asyncio's selector transports keep their socket in ``_sock`` and warn at collection while it
    # is set; a transport of another kind (uvloop) is left to its own finaliser.
    sock = getattr(transport, "_sock", None)
    if isinstance(sock, socket.socket):
        sock.close()
        transport._sock = None  # type: ignore[attr-defined]


async def _close_at_shutdown(session: aiohttp.ClientSession) -> AsyncGenerator[None, None]:
    try:
        yield
    finally:
        await session.close()
