"""The default sync transport: urllib3, measured 1.6-2x as fast as httpx (bench/README.md, "Client
overhead")."""

from __future__ import annotations

import functools
from collections.abc import Iterator

import urllib3
from urllib3.exceptions import (
    ConnectTimeoutError,
    HTTPError,
    NewConnectionError,
    ReadTimeoutError,
)

from .._core import PreparedRequest, RawResponse
from .._exceptions import FetchError
from .._response import Headers
from ._base import transport_error


class Urllib3Transport:
    """Sends with a ``urllib3.PoolManager`` (yours, or one of its own that it closes)."""

    def __init__(self, pool: urllib3.PoolManager | None = None, *, max_connections: int = 32) -> None:
        self._owns_pool = pool is None
        # block=False: a burst beyond max_connections opens extra, unpooled connections.
        self._pool = pool if pool is not None else urllib3.PoolManager(maxsize=max_connections)

    def send(self, request: PreparedRequest) -> RawResponse:
        timeout = _timeout(request.timeout.connect, request.timeout.read)
        try:
            response = self._pool.urlopen(
                request.method,
                request.url,
                body=request.body,
                headers=request.headers,
                timeout=timeout,
                retries=False,
                redirect=False,
                preload_content=not request.stream,
            )
        except HTTPError as exc:
            raise _translate(exc, request) from exc
        headers = Headers(response.headers.items())
        if not request.stream:
            return RawResponse(response.status, headers, response.data)
        return RawResponse(
            response.status, headers, None, _chunks(response, request), lambda: _release(response)
        )

    def close(self) -> None:
        if self._owns_pool:
            self._pool.clear()


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
    # NewConnectionError subclasses ConnectTimeoutError, so it is asked about first.
    if isinstance(exc, NewConnectionError):
        return transport_error("connect", request)
    if isinstance(exc, ConnectTimeoutError):
        return transport_error("connect-timeout", request)
    if isinstance(exc, ReadTimeoutError):
        return transport_error("read-timeout", request)
    return transport_error("io", request, type(exc).__name__)
