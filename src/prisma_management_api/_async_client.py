"""The async client: ``create_async_management_api_client(token=...)``."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any

from ._base_client import BaseClient, settles
from ._core import PreparedRequest, RawResponse, parse_result
from ._deadline import deadline_error, remaining
from ._exceptions import FetchError
from ._generated.client_methods import AsyncPathMethods
from ._generated.resource_accessors import AsyncResources
from ._ndjson import AsyncNdjsonStream
from ._pipeline import Call, Flow, Middleware, Send
from ._result import ApiResult
from ._retries import DEFAULT_MAX_RETRIES, RetryPolicy
from ._types import DEFAULT_MAX_RESPONSE_SIZE, DEFAULT_TIMEOUT, HeadersArg, TimeoutArg

if TYPE_CHECKING:
    import aiohttp
    import httpx

    from ._credentials import Credentials
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
    """The async twin of :class:`ManagementApiClient`: same arguments, awaitable methods."""

    def __init__(
        self,
        *,
        token: str | None = None,
        base_url: str | None = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = DEFAULT_TIMEOUT,
        http_client: aiohttp.ClientSession | httpx.AsyncClient | AsyncTransport | None = None,
        allow_insecure_http: bool = False,
        middlewares: list[Middleware] | None = None,
        max_retries: int | RetryPolicy = DEFAULT_MAX_RETRIES,
        max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE,
        credentials: Credentials | None = None,
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
        )
        self._transport = make_async_transport(http_client)

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
    ) -> ApiResult[Any, Any]:
        """Send any request; see :meth:`ManagementApiClient.request` (retries included)."""
        prepared, flow, counter, first = self._begin(method, path, params, body, headers, timeout, idempotent)
        raw = await run_async(flow, self._transport, first)
        result = self._finish(prepared, raw, counter, AsyncNdjsonStream)
        if result is not None:
            return result
        try:  # an error answer to a streamed call is small: read it and parse it as usual
            content = b"".join([chunk async for chunk in raw.chunks])
        finally:
            if raw.close is not None:
                outcome = raw.close()
                if asyncio.iscoroutine(outcome):
                    await outcome
        return parse_result(prepared, raw._replace(content=content, chunks=None), counter.retries)

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
    )
