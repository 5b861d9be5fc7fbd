"""urllib3 pools whose connections hand their socket to the call's deadline watch
(:mod:`.._deadline_watch`): urllib3 makes and reuses connections inside ``urlopen``, where no
transport can reach them, so they announce themselves, and the pools take each back from its watch
before anyone else can have it. Without a deadline this costs one thread-local lookup per
exchange."""

from __future__ import annotations

import socket
from typing import TYPE_CHECKING, Any

from urllib3.connection import HTTPConnection, HTTPSConnection, port_by_scheme
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.util import parse_url

from .._deadline_watch import Watch, current_watch

if TYPE_CHECKING:
    from urllib3._base_connection import BaseHTTPConnection


def _announce(connection: _WatchedHTTPConnection | _WatchedHTTPSConnection, target: object) -> None:
    watch = current_watch()
    if watch is not None:
        connection.watch = watch
        watch.attach(target)


def _released(connection: BaseHTTPConnection | None) -> None:
    """A connection going back to its pool is no longer its exchange's: its watch lets go of it
    first. urllib3 hands it back by itself once the body is read to its end, inside the read."""
    if not isinstance(connection, (_WatchedHTTPConnection, _WatchedHTTPSConnection)):
        return
    watch, connection.watch = connection.watch, None
    if watch is not None and watch.release():  # its socket was shut down: never reused as it is
        connection.close()


class _WatchedHTTPConnection(HTTPConnection):
    watch: Watch | None = None  # the exchange's watch, while one is using this connection

    def _new_conn(self) -> socket.socket:
        sock = super()._new_conn()
        # Before a proxy's tunnel: it is covered too. (The TLS handshake moves the socket into an
        # SSLSocket; ssl bounds the whole handshake by the connect timeout, capped to the time left.)
        _announce(self, sock)
        return sock

    def request(self, *args: Any, **kwargs: Any) -> None:
        _announce(self, self)  # a connection from the pool: its socket is read when the deadline passes
        super().request(*args, **kwargs)


class _WatchedHTTPSConnection(HTTPSConnection):
    watch: Watch | None = None

    def _new_conn(self) -> socket.socket:
        sock = super()._new_conn()
        _announce(self, sock)
        return sock

    def request(self, *args: Any, **kwargs: Any) -> None:
        _announce(self, self)
        super().request(*args, **kwargs)


class WatchedHTTPConnectionPool(HTTPConnectionPool):
    # urllib3's own classes fail its protocol the same way under pyright (mutable attributes).
    ConnectionCls = _WatchedHTTPConnection  # pyright: ignore[reportAssignmentType]

    def _put_conn(self, conn: BaseHTTPConnection | None) -> None:
        _released(conn)
        super()._put_conn(conn)


class WatchedHTTPSConnectionPool(HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection  # pyright: ignore[reportAssignmentType]

    def _put_conn(self, conn: BaseHTTPConnection | None) -> None:
        _released(conn)
        super()._put_conn(conn)


POOL_CLASSES_BY_SCHEME: dict[str, type[HTTPConnectionPool]] = {
    "http": WatchedHTTPConnectionPool,
    "https": WatchedHTTPSConnectionPool,
}


def watched_pool(origin: str, **options: Any) -> HTTPConnectionPool:
    """``urllib3.connection_from_url``, with connections that announce themselves."""
    parsed = parse_url(origin)
    scheme = parsed.scheme or "http"
    port = parsed.port or port_by_scheme.get(scheme, 80)
    return POOL_CLASSES_BY_SCHEME[scheme](parsed.host or "", port, **options)
