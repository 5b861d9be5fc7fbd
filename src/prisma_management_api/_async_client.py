"""The async client: ``create_async_management_api_client(token=...)``."""

from __future__ import annotations

import asyncio
import copy
import inspect
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any

from ._base_client import DEFAULT_BASE_URL, ClientConfig, check_transport_security, client_repr
from ._core import RawResponse, merge_headers, parse_result, record_parser, response_model, to_response
from ._exceptions import FetchError
from ._generated.client_methods import AsyncPathMethods
from ._generated.resource_accessors import AsyncResources
from ._ndjson import AsyncNdjsonStream
from ._pipeline import Call, Flow, Middleware, Send
from ._resource import forget_namespaces
from ._result import ApiResult
from ._retries import DEFAULT_MAX_RETRIES, RetryCounter, RetryPolicy, retry_flow, to_retry_policy
from ._types import DEFAULT_TIMEOUT, HeadersArg, TimeoutArg, to_timeout

if TYPE_CHECKING:
    import aiohttp
    import httpx

    from ._transports._base import AsyncTransport


async def run_async(flow: Flow, transport: AsyncTransport) -> RawResponse:
    """The async twin of :func:`prisma_management_api._client.run_sync` (same flow, awaited I/O)."""
    outcome: RawResponse | None = None
    error: Exception | None = None
    while True:
        try:
            effect = flow.throw(error) if error is not None else flow.send(outcome)
        except StopIteration as stop:
            result: RawResponse = stop.value
            return result
        outcome, error = None, None
        if isinstance(effect, Send):
            try:
                outcome = await transport.send(effect.request)
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


def make_async_transport(http_client: Any) -> AsyncTransport:
    if http_client is None:
        from ._transports._aiohttp import AiohttpTransport

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


class AsyncManagementApiClient(AsyncPathMethods, AsyncResources):
    """The async twin of :class:`ManagementApiClient`: same arguments, awaitable methods."""

    def __init__(
        self,
        *,
        token: str | None = None,
        base_url: str = DEFAULT_BASE_URL,
        headers: HeadersArg = None,
        timeout: TimeoutArg = DEFAULT_TIMEOUT,
        http_client: aiohttp.ClientSession | httpx.AsyncClient | AsyncTransport | None = None,
        allow_insecure_http: bool = False,
        middlewares: list[Middleware] | None = None,
        max_retries: int | RetryPolicy = DEFAULT_MAX_RETRIES,
    ) -> None:
        self._retry_policy = to_retry_policy(max_retries)
        self._allow_insecure_http = allow_insecure_http
        self._config = ClientConfig(
            token=token,
            base_url=base_url,
            headers=headers,
            timeout=timeout,
            allow_insecure_http=allow_insecure_http,
            middlewares=list(middlewares or []),
        )
        self._transport = make_async_transport(http_client)

    @property
    def base_url(self) -> str:
        return self._config.base_url

    @property
    def max_retries(self) -> int:
        """How many times a failed request may be re-sent (see ``_retries`` for which are)."""
        return self._retry_policy.max_retries

    def with_options(
        self,
        *,
        max_retries: int | RetryPolicy | None = None,
        timeout: TimeoutArg = None,
        headers: HeadersArg = None,
    ) -> AsyncManagementApiClient:
        """A copy with other settings, sharing this client's connections (and its token handling).

        ``headers`` are added to (or replace) the client's; ``None`` keeps a setting. Close the
        original client, not the copies: they use its transport.
        """
        config = copy.copy(self._config)
        if timeout is not None:
            config.timeout = to_timeout(timeout, config.timeout)
        if headers:
            config.headers = dict(config.headers)
            merge_headers(config.headers, headers)
            sends_credentials = any(key.lower() == "authorization" for key in headers)
            check_transport_security(config.base_url, sends_credentials, self._allow_insecure_http)
        clone = copy.copy(self)
        forget_namespaces(clone)
        clone._config = config
        if max_retries is not None:
            clone._retry_policy = to_retry_policy(max_retries, self._retry_policy)
        return clone

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
        prepared = self._config.prepare(method, path, params, body, headers, timeout)
        counter = RetryCounter()
        flow = retry_flow(
            prepared, self._config.flow, self._retry_policy, idempotent=idempotent, counter=counter
        )
        raw = await run_async(flow, self._transport)
        if raw.chunks is None:
            return parse_result(prepared, raw, counter.retries)
        if 200 <= raw.status < 300:
            _, model = response_model(prepared.operation, raw.status)
            stream = AsyncNdjsonStream(raw.chunks, raw.close or (lambda: None), record_parser(model))
            return ApiResult(stream, None, to_response(prepared, raw), counter.retries)
        try:
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

    def __repr__(self) -> str:
        return client_repr(type(self).__name__, self._config)


def create_async_management_api_client(
    *,
    token: str | None = None,
    base_url: str = DEFAULT_BASE_URL,
    headers: HeadersArg = None,
    timeout: TimeoutArg = DEFAULT_TIMEOUT,
    http_client: aiohttp.ClientSession | httpx.AsyncClient | AsyncTransport | None = None,
    allow_insecure_http: bool = False,
    max_retries: int | RetryPolicy = DEFAULT_MAX_RETRIES,
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
    )
