"""Transports over a user's own ``httpx.Client`` / ``httpx.AsyncClient`` (proxies, mTLS, mocks)."""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator, Callable, Iterator
from types import FrameType
from typing import Any

import httpx

from .._core import PreparedRequest, RawResponse
from .._deadline import capped
from .._deadline_watch import Watch, watching
from .._exceptions import FetchError
from .._response import Headers
from ._base import check_own_loop, invalid_header_error, transport_error
from ._body import BodyReader


def _timeout(request: PreparedRequest) -> httpx.Timeout:
    connect, read = capped(request.timeout.connect, request), capped(request.timeout.read, request)
    return httpx.Timeout(connect=connect, read=read, write=read, pool=connect)


class HttpxTransport:
    def __init__(self, client: httpx.Client) -> None:
        self._client = client

    def send(self, request: PreparedRequest) -> RawResponse:
        if request.deadline is None:
            return self._send(request, None)
        with watching(request) as watch:  # the deadline error once it passes, whatever the server does
            return self._send(request, watch)

    def _send(self, request: PreparedRequest, watch: Watch | None) -> RawResponse:
        built = self._client.build_request(
            request.method,
            request.url,
            content=request.body,
            headers=request.headers,
            timeout=_timeout(request),
            extensions=None if watch is None else {"trace": _announcer(watch)},
        )
        try:
            # Always streamed: a buffered body is read raw (undecoded) into a BodyReader.
            response = self._client.send(built, stream=True, follow_redirects=False)
        except httpx.LocalProtocolError:
            # h11 refused a header (CR/LF in it): the caller's mistake, not a network failure, so
            # not retried; h11's message, kept out of the chain, would show the value.
            raise invalid_header_error(request) from None
        except httpx.TransportError as exc:
            raise _translate(exc, request) from exc
        headers = Headers(response.headers.multi_items())
        try:
            content = None
            if not request.stream:
                reader = BodyReader(request, headers)
                for data in response.iter_raw():
                    reader.feed(data)
                content = reader.finish()
            if watch is not None:
                watch.finish()  # the deadline error if it passed before the answer was whole
        except httpx.TransportError as exc:
            response.close()
            raise _translate(exc, request) from exc
        except BaseException:
            response.close()
            raise
        if content is None:
            return RawResponse(
                response.status_code, headers, None, _chunks(response, request), response.close
            )
        response.close()  # read to the end: back to the pool
        return RawResponse(response.status_code, headers, content)

    def close(self) -> None:
        """The client is the user's: they close it."""


def _announcer(watch: Watch) -> Callable[[str, dict[str, Any]], None]:
    """httpcore's ``trace`` extension, handing the exchange's socket to ``watch``."""

    def trace(event: str, info: dict[str, Any]) -> None:
        if event.endswith(".response_closed.started"):
            # The answer was read to its end (or closed): httpcore hands the connection back to
            # its pool right after this, where another call can take it; its socket is not ours.
            watch.release()
        elif event.endswith(".connect_tcp.complete"):  # a new connection (or a proxy's), before TLS
            watch.attach(info["return_value"].get_extra_info("socket"))
        elif event.endswith(".send_request_headers.started"):
            # A connection from the pool made no connect event, and no event names its stream:
            # httpcore calls this from the connection's handle_request, whose `self` holds it.
            frame: FrameType | None = sys._getframe(1)
            for _ in range(4):
                if frame is None:
                    return
                stream = getattr(frame.f_locals.get("self"), "_network_stream", None)
                if stream is not None:
                    watch.attach(stream.get_extra_info("socket"))
                    return
                frame = frame.f_back

    return trace


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
            response = await self._client.send(built, stream=True, follow_redirects=False)
        except RuntimeError as exc:
            check_own_loop("httpx.AsyncClient", exc)
            raise
        except httpx.LocalProtocolError:
            # h11 refused a header (CR/LF in it): the caller's mistake, not a network failure, so
            # not retried; h11's message, kept out of the chain, would show the value.
            raise invalid_header_error(request) from None
        except httpx.TransportError as exc:
            raise _translate(exc, request) from exc
        headers = Headers(response.headers.multi_items())
        if request.stream:
            return RawResponse(
                response.status_code, headers, None, _achunks(response, request), response.aclose
            )
        try:
            reader = BodyReader(request, headers)
            async for data in response.aiter_raw():
                reader.feed(data)
            content = reader.finish()
        except httpx.TransportError as exc:
            raise _translate(exc, request) from exc
        finally:
            await response.aclose()  # also when the call's deadline cancelled the read
        return RawResponse(response.status_code, headers, content)

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
