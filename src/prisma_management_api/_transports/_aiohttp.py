"""The default async transport: aiohttp, measured 11-18x faster than httpx at 1,000 requests in
flight (bench/README.md, "Client overhead")."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import AsyncIterator

import aiohttp
from yarl import URL

from .._core import PreparedRequest, RawResponse
from .._exceptions import FetchError
from .._response import Headers
from ._base import invalid_header_error, transport_error
from ._body import BodyReader
from ._proxy import ProxySettings


class AiohttpTransport:
    """Sends with an ``aiohttp.ClientSession`` (yours, or one of its own that it closes).

    A session belongs to one event loop; an own session is made again when the loop changes
    (as between ``asyncio.run`` calls). An own session honours ``HTTP(S)_PROXY``/``NO_PROXY``.
    """

    def __init__(self, session: aiohttp.ClientSession | None = None, *, max_connections: int = 100) -> None:
        self._session = session
        self._owns_session = session is None
        self._max_connections = max_connections
        self._loop: asyncio.AbstractEventLoop | None = None
        self._proxies = ProxySettings.from_env() if session is None else ProxySettings({})

    def _current_session(self) -> aiohttp.ClientSession:
        loop = asyncio.get_running_loop()
        if self._session is None or (self._owns_session and self._loop is not loop):
            self._session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=self._max_connections))
            # aiohttp re-sends an idempotent request once, silently, when its connection drops;
            # the SDK's retry policy does that, counted (result.retries) and with backoff.
            if hasattr(self._session, "_retry_connection"):
                self._session._retry_connection = False
            self._loop = loop
        return self._session

    async def send(self, request: PreparedRequest) -> RawResponse:
        session = self._current_session()
        timeout = _timeout(request.timeout.connect, request.timeout.read)
        try:
            response = await session.request(
                request.method,
                # encoded=True: the URL the SDK built is the URL sent, not re-quoted by yarl.
                URL(request.url, encoded=True),
                data=request.body,
                headers=request.headers,
                timeout=timeout,
                allow_redirects=False,
                # No body, no Content-Type (aiohttp would add application/octet-stream).
                skip_auto_headers=_NO_CONTENT_TYPE if request.body is None else None,
                # A buffered body is decoded by BodyReader, within max_response_size.
                auto_decompress=request.stream,
                proxy=self._proxies.proxy_for(request.url) if self._proxies else None,
            )
        except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
            raise _translate(exc, request) from exc
        except ValueError:  # aiohttp's header check: the caller's mistake, not a network failure
            raise invalid_header_error(request) from None
        headers = Headers(response.headers.items())
        if request.stream:
            return RawResponse(response.status, headers, None, _chunks(response, request), response.release)
        try:
            reader = BodyReader(request, headers)
            async for data in response.content.iter_any():
                reader.feed(data)
            content = reader.finish()
        except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
            response.close()
            raise _translate(exc, request) from exc
        except BaseException:  # too large, undecodable, or cancelled by the call's deadline
            response.close()  # the connection is dropped, not reused with half a body in it
            raise
        response.release()
        return RawResponse(response.status, headers, content)

    async def aclose(self) -> None:
        if self._owns_session and self._session is not None and not self._session.closed:
            await self._session.close()


_NO_CONTENT_TYPE = ("Content-Type",)


@functools.lru_cache(maxsize=64)
def _timeout(connect: float | None, read: float | None) -> aiohttp.ClientTimeout:
    # ClientTimeout is immutable: one per setting rather than one per request.
    return aiohttp.ClientTimeout(total=None, sock_connect=connect, sock_read=read)


async def _chunks(response: aiohttp.ClientResponse, request: PreparedRequest) -> AsyncIterator[bytes]:
    try:
        async for chunk in response.content.iter_any():
            yield chunk
    except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
        raise _translate(exc, request) from exc


def _translate(exc: BaseException, request: PreparedRequest) -> FetchError:
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return transport_error("connect-timeout", request)
    if isinstance(exc, aiohttp.ClientConnectorError):
        return transport_error("connect", request)
    if isinstance(exc, (asyncio.TimeoutError, aiohttp.ServerTimeoutError)):
        return transport_error("read-timeout", request)
    return transport_error("io", request, type(exc).__name__)
