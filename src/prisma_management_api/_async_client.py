"""The async client: ``create_async_management_api_client(token=...)``."""

from __future__ import annotations

import asyncio
import inspect
import time
from collections.abc import AsyncIterator, Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, cast

from typing_extensions import Self

from ._base_client import BaseClient, StreamTypes, parse_buffered, settles
from ._core import PreparedRequest, RawResponse
from ._deadline import deadline_error, remaining
from ._exceptions import FetchError
from ._generated.async_client_methods import AsyncPathMethods
from ._generated.resource_accessors import AsyncResources
from ._pipeline import Call, Flow, Send
from ._pipeline import Middleware as PipelineMiddleware
from ._resource import NOT_GIVEN, NotGiven
from ._result import ApiResult
from ._retries import DEFAULT_MAX_RETRIES, RetryPolicy
from ._transports._body import ajoin_within_limit
from ._types import DEFAULT_MAX_LINE_BYTES, DEFAULT_MAX_RESPONSE_SIZE, DEFAULT_TIMEOUT, HeadersArg, TimeoutArg

if TYPE_CHECKING:
    import aiohttp
    import httpx

    from ._credentials import Credentials
    from ._middleware import AnyMiddleware
    from ._parse_as import ParseAs
    from ._serializers import BodySerializer, QuerySerializerArg
    from ._transports._base import AsyncTransport


async def run_async(
    flow: Flow, transport: AsyncTransport, first: PreparedRequest | None = None
) -> RawResponse:
    """The async twin of :func:`prisma_management_api._client.run_sync` (same flow, awaited I/O)."""
    outcome: RawResponse | None = None
    error: Exception | None = None
    if first is not None:
        try:
            outcome = await _send(transport, first)
        except FetchError as exc:
            error = exc
        else:
            if settles(outcome):
                flow.close()  # never started
                return outcome
        next(flow)  # its first effect: the Send just performed; the outcome goes in below
    while True:
        try:
            effect = flow.throw(error) if error is not None else flow.send(outcome)
        except StopIteration as stop:
            result: RawResponse = stop.value
            return result
        outcome, error = None, None
        if isinstance(effect, Send):
            try:
                outcome = await _send(transport, effect.request)
            except FetchError as exc:
                error = exc
        elif isinstance(effect, Call):
            try:
                value = effect.function()
                effect.result = await value if inspect.isawaitable(value) else value
            except Exception as exc:
                error = exc
        else:
            await asyncio.sleep(effect.seconds)


async def _send(transport: AsyncTransport, request: PreparedRequest) -> RawResponse:
    """One exchange, cancelled when the call's deadline (``Timeout.total``) passes: whatever the
    transport, a server trickling its answer cannot hold the call longer."""
    left = remaining(request)
    if left is None:
        return await transport.send(request)
    try:
        return await asyncio.wait_for(transport.send(request), left)
    except asyncio.TimeoutError:  # the transports turn their own timeouts into FetchError
        raise deadline_error(request) from None
    except Exception:
        # A connect or read timeout the transport capped to the time left fires at the deadline
        # too, and may win the race with wait_for (as on the sync transports, _deadline_watch):
        # the deadline is what happened. A millisecond's slack: the loop runs a timer up to its
        # clock's resolution early.
        assert request.deadline is not None
        if time.monotonic() >= request.deadline - 0.001:
            raise deadline_error(request) from None
        raise


async def _one_chunk(content: bytes) -> AsyncIterator[bytes]:
    yield content


def _stream_types() -> StreamTypes:
    from ._ndjson import AsyncNdjsonStream
    from ._parse_as import AsyncByteStream

    return AsyncNdjsonStream, AsyncByteStream


def make_async_transport(http_client: Any) -> AsyncTransport:
    if http_client is None:
        try:
            from ._transports._aiohttp import AiohttpTransport
        except ImportError as missing:
            # aiohttp is an extra: sync-only users (scripts, CI, the CLI) need not install it.
            raise ImportError(
                "the async client's default transport needs aiohttp: "
                "pip install 'prisma-management-api[async]', "
                "or pass your own httpx.AsyncClient as http_client="
            ) from missing
        return AiohttpTransport()
    module = type(http_client).__module__.split(".")[0]
    if module == "aiohttp":
        from ._transports._aiohttp import AiohttpTransport

        return AiohttpTransport(http_client)
    if module == "httpx":
        from ._transports._httpx import AsyncHttpxTransport

        return AsyncHttpxTransport(http_client)
    if callable(getattr(http_client, "send", None)) and callable(getattr(http_client, "aclose", None)):
        return http_client  # type: ignore[no-any-return]  # an AsyncTransport of the user's
    raise TypeError(
        "http_client must be an aiohttp.ClientSession, an httpx.AsyncClient or a transport, "
        f"got {type(http_client).__name__}"
    )


class AsyncManagementApiClient(AsyncPathMethods, AsyncResources, BaseClient):
    """The async twin of :class:`ManagementApiClient`: same arguments, awaitable methods.

    Its middleware may be :class:`Middleware` (hooks run on the event loop: keep them quick) or
    :class:`AsyncMiddleware` (coroutine hooks, awaited).
    """

    _is_async = True

    def __init__(
        self,
        *,
        token: str | None = None,
        base_url: str | None = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = DEFAULT_TIMEOUT,
        http_client: aiohttp.ClientSession | httpx.AsyncClient | AsyncTransport | None = None,
        allow_insecure_http: bool = False,
        middlewares: list[PipelineMiddleware] | None = None,
        max_retries: int | RetryPolicy = DEFAULT_MAX_RETRIES,
        max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE,
        credentials: Credentials | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        max_ndjson_line_bytes: int = DEFAULT_MAX_LINE_BYTES,
    ) -> None:
        self._configure(
            token=token,
            base_url=base_url,
            headers=headers,
            timeout=timeout,
            allow_insecure_http=allow_insecure_http,
            middlewares=middlewares,
            max_retries=max_retries,
            max_response_size=max_response_size,
            credentials=credentials,
            middleware=middleware,
            query_serializer=query_serializer,
            body_serializer=body_serializer,
            max_ndjson_line_bytes=max_ndjson_line_bytes,
        )
        self._transport = make_async_transport(http_client)

    def use(self, *middleware: AnyMiddleware) -> None:
        """As :meth:`ManagementApiClient.use`; :class:`AsyncMiddleware` is welcome here."""
        self._use(middleware)

    def eject(self, *middleware: AnyMiddleware) -> None:
        """Remove middleware added before (by identity; one not there is ignored)."""
        self._eject(middleware)

    def with_options(
        self,
        *,
        max_retries: int | RetryPolicy | None = None,
        timeout: TimeoutArg = None,
        headers: HeadersArg = None,
        max_response_size: int | NotGiven | None = NOT_GIVEN,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        max_ndjson_line_bytes: int | None = None,
    ) -> Self:
        """As :meth:`ManagementApiClient.with_options`."""
        return self._with_options(
            max_retries=max_retries,
            timeout=timeout,
            headers=headers,
            max_response_size=max_response_size,
            base_url=base_url,
            middleware=middleware,
            query_serializer=query_serializer,
            body_serializer=body_serializer,
            max_ndjson_line_bytes=max_ndjson_line_bytes,
        )

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        body: Any = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
        base_url: str | None = None,
        middleware: Sequence[AnyMiddleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: ParseAs = "json",
    ) -> ApiResult[Any, Any]:
        """Send any request; see :meth:`ManagementApiClient.request` (retries included);
        ``parse_as="stream"`` gives an :class:`AsyncByteStream`."""
        prepared, flow, counter, first = self._begin(
            method,
            path,
            params,
            body,
            headers,
            timeout,
            idempotent,
            base_url=base_url,
            middleware=middleware,
            query_serializer=query_serializer,
            body_serializer=body_serializer,
            parse_as=parse_as,
        )
        raw = await run_async(flow, self._transport, first)
        if raw.chunks is None and prepared.stream and parse_as in ("json", "stream"):
            # A middleware answered a streamed call with a whole body: hand it on as one chunk.
            raw = raw._replace(chunks=_one_chunk(raw.content or b""), content=None)
        result = self._finish(prepared, raw, counter, parse_as, _stream_types)
        if result is not None:
            return result
        chunks = cast("AsyncIterator[bytes]", raw.chunks)  # a buffered answer has its result already
        try:  # an error answer is small, text/bytes are wanted whole: read it and parse it
            content = await ajoin_within_limit(prepared, chunks)
        finally:
            if raw.close is not None:
                outcome = raw.close()
                if asyncio.iscoroutine(outcome):
                    await outcome
        return parse_buffered(prepared, raw._replace(content=content, chunks=None), counter.retries, parse_as)

    async def aclose(self) -> None:
        await self._transport.aclose()

    async def __aenter__(self) -> AsyncManagementApiClient:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


def create_async_management_api_client(
    *,
    token: str | None = None,
    base_url: str | None = None,
    headers: HeadersArg = None,
    timeout: TimeoutArg = DEFAULT_TIMEOUT,
    http_client: aiohttp.ClientSession | httpx.AsyncClient | AsyncTransport | None = None,
    allow_insecure_http: bool = False,
    max_retries: int | RetryPolicy = DEFAULT_MAX_RETRIES,
    max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE,
    credentials: Credentials | None = None,
    middleware: Sequence[AnyMiddleware] | None = None,
    query_serializer: QuerySerializerArg = None,
    body_serializer: BodySerializer | None = None,
    max_ndjson_line_bytes: int = DEFAULT_MAX_LINE_BYTES,
) -> AsyncManagementApiClient:
    """An async client; same arguments as :func:`create_management_api_client`. ``http_client``
    may be your own ``aiohttp.ClientSession`` or ``httpx.AsyncClient``."""
    return AsyncManagementApiClient(
        token=token,
        base_url=base_url,
        headers=headers,
        timeout=timeout,
        http_client=http_client,
        allow_insecure_http=allow_insecure_http,
        max_retries=max_retries,
        max_response_size=max_response_size,
        credentials=credentials,
        middleware=middleware,
        query_serializer=query_serializer,
        body_serializer=body_serializer,
        max_ndjson_line_bytes=max_ndjson_line_bytes,
    )
