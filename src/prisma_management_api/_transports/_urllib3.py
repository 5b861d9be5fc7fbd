"""The default sync transport: urllib3, measured 1.6-2x as fast as httpx (bench/README.md, "Client
overhead")."""

from __future__ import annotations

import functools
import threading
import traceback
from collections.abc import Iterator
from typing import Any

import urllib3
from urllib3.connectionpool import HTTPConnectionPool
from urllib3.exceptions import (
    ConnectTimeoutError,
    HTTPError,
    NewConnectionError,
    ReadTimeoutError,
    SSLError,
)

from .._core import PreparedRequest, RawResponse
from .._deadline import capped
from .._deadline_watch import Watch, watching
from .._exceptions import FetchError
from .._response import Headers
from ._base import invalid_header_error, transport_error
from ._body import CHUNK_SIZE, BodyReader
from ._proxy import ProxySettings
from ._urllib3_watched import POOL_CLASSES_BY_SCHEME, watched_pool

# What `retries=False, redirect=False` makes on every call (Retry.from_int), made once: the flow
# does the retrying and the redirects. Retry objects are never changed in place.
_NO_RETRIES = urllib3.Retry(total=False, redirect=False)
_MAX_ORIGINS = 10  # direct pools kept, as many as PoolManager keeps


class Urllib3Transport:
    """Sends with urllib3: one ``HTTPConnectionPool`` per origin of its own, or your ``PoolManager``.

    Its own pools honour ``HTTP(S)_PROXY`` and ``NO_PROXY``; yours is used as you made it.
    """

    def __init__(self, pool: urllib3.PoolManager | None = None, *, max_connections: int = 32) -> None:
        # Yours is used as it is, every request through it (a ProxyManager routes by full URL).
        self._manager = pool
        self._max_connections = max_connections
        self._proxies = ProxySettings.from_env() if pool is None else ProxySettings({})
        self._proxy_pools: dict[str, urllib3.ProxyManager] = {}
        # Ours: per origin (the URL up to its path, split off by find()), either a pool given the
        # request target directly or the ProxyManager of the origin's proxy, decided once.
        # PoolManager.urlopen parses the URL and normalizes a pool key on every call, about a
        # sixth of a typed call's CPU (bench/README.md).
        self._routes: dict[str, HTTPConnectionPool | urllib3.ProxyManager] = {}
        self._lock = threading.Lock()

    def send(self, request: PreparedRequest) -> RawResponse:
        if request.deadline is None:
            return self._send(request, None)
        with watching(request) as watch:  # the deadline error once it passes, whatever the server does
            return self._send(request, watch)

    def _send(self, request: PreparedRequest, watch: Watch | None) -> RawResponse:
        timeout = _timeout(capped(request.timeout.connect, request), capped(request.timeout.read, request))
        try:
            response = self._urlopen(request, timeout)
        except HTTPError as exc:
            raise _translate(exc, request) from exc
        except ValueError:  # http.client's header check; its message would echo the value
            raise invalid_header_error(request) from None
        headers = Headers(response.headers.items())
        try:
            content = None if request.stream else _read(response, request, headers)
            if watch is not None:
                watch.finish()  # the deadline error if it passed before the answer was whole
        except HTTPError as exc:
            _release(response)
            raise _translate(exc, request) from exc
        except BaseException:
            _release(response)  # closed, not reused: the rest of the body was never read
            raise
        if content is None:
            return RawResponse(
                response.status, headers, None, _chunks(response, request), lambda: _release(response)
            )
        response.release_conn()
        return RawResponse(response.status, headers, content)

    def _urlopen(self, request: PreparedRequest, timeout: urllib3.Timeout) -> urllib3.BaseHTTPResponse:
        options: dict[str, Any] = {
            "body": request.body,
            "headers": request.headers,
            "timeout": timeout,
            "retries": _NO_RETRIES,
            "redirect": False,
            "preload_content": False,
            # A buffered body is decoded by BodyReader, within max_response_size.
            "decode_content": request.stream,
        }
        if self._manager is not None:
            return self._manager.urlopen(request.method, request.url, **options)
        origin, target = _split(request.url)
        route = self._routes.get(origin) or self._route(origin)
        if isinstance(route, urllib3.ProxyManager):
            return route.urlopen(request.method, request.url, **options)
        return route.urlopen(request.method, target, assert_same_host=False, **options)

    def _route(self, origin: str) -> HTTPConnectionPool | urllib3.ProxyManager:
        with self._lock:  # one route per origin, even when threads start together
            route = self._routes.get(origin)
            if route is not None:
                return route
            proxy = self._proxies.proxy_for(origin) if self._proxies else None
            if proxy is not None:
                if proxy not in self._proxy_pools:
                    manager = urllib3.ProxyManager(proxy, maxsize=self._max_connections)
                    manager.pool_classes_by_scheme = POOL_CLASSES_BY_SCHEME
                    self._proxy_pools[proxy] = manager
                route = self._proxy_pools[proxy]
            else:
                pools = [o for o, r in self._routes.items() if isinstance(r, HTTPConnectionPool)]
                if len(pools) >= _MAX_ORIGINS:  # redirects led to many origins: close the oldest
                    closing = self._routes.pop(pools[0])
                    assert isinstance(closing, HTTPConnectionPool)
                    closing.close()
                route = watched_pool(origin, maxsize=self._max_connections)
            self._routes[origin] = route
            return route

    def close(self) -> None:
        with self._lock:
            routes, self._routes = list(self._routes.values()), {}
            proxies, self._proxy_pools = list(self._proxy_pools.values()), {}
        for route in routes:  # not yours: close it yourself
            if isinstance(route, HTTPConnectionPool):
                route.close()
        for proxy in proxies:
            proxy.clear()


def _split(url: str) -> tuple[str, str]:
    """``"https://h:1/v1/x?q"`` -> ``("https://h:1", "/v1/x?q")``."""
    slash = url.find("/", url.find("//") + 2)
    return (url, "/") if slash < 0 else (url[:slash], url[slash:])


def _read(response: urllib3.BaseHTTPResponse, request: PreparedRequest, headers: Headers) -> bytes:
    reader = BodyReader(request, headers)
    if reader.in_one_read:
        reader.feed(response.read(decode_content=False))
        return reader.finish()
    while True:
        if request.deadline is not None:
            # Asked afresh each time: urllib3 hands the connection back to its pool inside the read
            # that ends the body, and the socket is then another call's, or closed (a full or a
            # closed pool). No read may outlast the deadline.
            sock = getattr(response.connection, "sock", None)
            if sock is not None:
                sock.settimeout(capped(request.timeout.read, request))
        # read1: what one read of the socket gives (read(n) would wait for all n bytes).
        data = response.read1(CHUNK_SIZE, decode_content=False)
        if not data:
            return reader.finish()
        reader.feed(data)


@functools.lru_cache(maxsize=64)
def _timeout(connect: float | None, read: float | None) -> urllib3.Timeout:
    # One object per setting rather than one per request: urllib3 clones it for each request.
    return urllib3.Timeout(connect=connect, read=read)


def _chunks(response: urllib3.BaseHTTPResponse, request: PreparedRequest) -> Iterator[bytes]:
    try:
        # stream() yields each chunk of a chunked body as it arrives: NDJSON lines come live.
        yield from response.stream(65536)
    except HTTPError as exc:
        raise _translate(exc, request) from exc


def _release(response: urllib3.BaseHTTPResponse) -> None:
    response.close()
    response.release_conn()


def _translate(exc: HTTPError, request: PreparedRequest) -> FetchError:
    in_handshake = _in_tls_handshake(exc)
    # NewConnectionError subclasses ConnectTimeoutError, so it is asked about first.
    if isinstance(exc, NewConnectionError) or (in_handshake and isinstance(exc, SSLError)):
        return transport_error("connect", request)
    if isinstance(exc, ConnectTimeoutError) or (in_handshake and isinstance(exc, ReadTimeoutError)):
        return transport_error("connect-timeout", request)
    if isinstance(exc, ReadTimeoutError):
        return transport_error("read-timeout", request)
    return transport_error("io", request, type(exc).__name__)


def _in_tls_handshake(exc: HTTPError) -> bool:
    """Whether the error happened in the TLS handshake (a bad certificate, no common protocol, a
    server that never answers the hello): no byte of the request left, so even a POST may be sent
    again. urllib3 raises the same ``SSLError`` (or, for a timeout, ``ReadTimeoutError``) wherever
    the ``ssl`` error happened; where it happened is in the original error's traceback."""
    original = exc.__cause__ or exc.__context__ or (exc.args[0] if exc.args else None)
    if not isinstance(original, BaseException):
        return False
    frames = traceback.walk_tb(original.__traceback__)
    return any(frame.f_code.co_name == "do_handshake" for frame, _ in frames)
