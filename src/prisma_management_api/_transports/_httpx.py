"""Transports over a user's own ``httpx.Client`` / ``httpx.AsyncClient`` (proxies, mTLS, mocks)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx

from .._core import PreparedRequest, RawResponse
from .._exceptions import FetchError
from .._response import Headers
from ._base import transport_error


def _timeout(request: PreparedRequest) -> httpx.Timeout:
    t = request.timeout
    return httpx.Timeout(connect=t.connect, read=t.read, write=t.read, pool=t.connect)


class HttpxTransport:
    def __init__(self, client: httpx.Client) -> None:
        self._client = client

    def send(self, request: PreparedRequest) -> RawResponse:
        built = self._client.build_request(
            request.method,
            request.url,
            content=request.body,
            headers=request.headers,
            timeout=_timeout(request),
        )
        try:
            response = self._client.send(built, stream=request.stream, follow_redirects=False)
        except httpx.TransportError as exc:
            raise _translate(exc, request) from exc
        headers = Headers(response.headers.multi_items())
        if request.stream:
            return RawResponse(
                response.status_code, headers, None, _chunks(response, request), response.close
            )
        return RawResponse(response.status_code, headers, response.content)

    def close(self) -> None:
        """The client is the user's: they close it."""


class AsyncHttpxTransport:
    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def send(self, request: PreparedRequest) -> RawResponse:
        built = self._client.build_request(
            request.method,
            request.url,
            content=request.body,
            headers=request.headers,
            timeout=_timeout(request),
        )
        try:
            response = await self._client.send(built, stream=request.stream, follow_redirects=False)
        except httpx.TransportError as exc:
            raise _translate(exc, request) from exc
        headers = Headers(response.headers.multi_items())
        if request.stream:
            return RawResponse(
                response.status_code, headers, None, _achunks(response, request), response.aclose
            )
        return RawResponse(response.status_code, headers, response.content)

    async def aclose(self) -> None:
        """The client is the user's: they close it."""


def _chunks(response: httpx.Response, request: PreparedRequest) -> Iterator[bytes]:
    try:
        yield from response.iter_bytes()
    except httpx.TransportError as exc:
        raise _translate(exc, request) from exc


async def _achunks(response: httpx.Response, request: PreparedRequest) -> AsyncIterator[bytes]:
    try:
        async for chunk in response.aiter_bytes():
            yield chunk
    except httpx.TransportError as exc:
        raise _translate(exc, request) from exc


def _translate(exc: httpx.TransportError, request: PreparedRequest) -> FetchError:
    if isinstance(exc, httpx.ConnectTimeout):
        return transport_error("connect-timeout", request)
    if isinstance(exc, httpx.ConnectError):
        return transport_error("connect", request)
    if isinstance(exc, httpx.TimeoutException):
        return transport_error("read-timeout", request)
    return transport_error("io", request, type(exc).__name__)
