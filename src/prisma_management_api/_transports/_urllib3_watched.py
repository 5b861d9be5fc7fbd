"""urllib3 pools whose connections hand their socket to the call's deadline watch
(:mod:`.._deadline_watch`): urllib3 makes and reuses connections inside ``urlopen``, where no
transport can reach them, so they announce themselves. Without a deadline this costs one
thread-local lookup per exchange."""

from __future__ import annotations

import socket
from typing import Any

from urllib3.connection import HTTPConnection, HTTPSConnection, port_by_scheme
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.util import parse_url

from .._deadline_watch import current_watch


def _announce(target: object) -> None:
    watch = current_watch()
    if watch is not None:
        watch.attach(target)


class _WatchedHTTPConnection(HTTPConnection):
    def _new_conn(self) -> socket.socket:
        sock = super()._new_conn()
        _announce(sock)  # before the TLS handshake and a proxy's tunnel: they are covered too
        return sock

    def request(self, *args: Any, **kwargs: Any) -> None:
        _announce(self)  # a connection from the pool: its socket is read when the deadline passes
        super().request(*args, **kwargs)


class _WatchedHTTPSConnection(HTTPSConnection):
    def _new_conn(self) -> socket.socket:
        sock = super()._new_conn()
        _announce(sock)
        return sock

    def request(self, *args: Any, **kwargs: Any) -> None:
        _announce(self)
        super().request(*args, **kwargs)


class WatchedHTTPConnectionPool(HTTPConnectionPool):
    # urllib3's own classes fail its protocol the same way under pyright (mutable attributes).
    ConnectionCls = _WatchedHTTPConnection  # pyright: ignore[reportAssignmentType]


class WatchedHTTPSConnectionPool(HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection  # pyright: ignore[reportAssignmentType]


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
