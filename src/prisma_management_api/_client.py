"""The sync client: ``create_management_api_client(token=...)``."""

from __future__ import annotations

import copy
import time
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any

from ._base_client import DEFAULT_BASE_URL, ClientConfig, check_transport_security, client_repr
from ._core import RawResponse, merge_headers, parse_result, record_parser, response_model, to_response
from ._exceptions import FetchError
from ._generated.client_methods import SyncPathMethods
from ._generated.resource_accessors import SyncResources
from ._ndjson import NdjsonStream
from ._pipeline import Call, Flow, Middleware, Send
from ._resource import forget_namespaces
from ._result import ApiResult
from ._retries import DEFAULT_MAX_RETRIES, RetryCounter, RetryPolicy, retry_flow, to_retry_policy
from ._types import DEFAULT_TIMEOUT, HeadersArg, TimeoutArg, to_timeout

if TYPE_CHECKING:
    import httpx
    import urllib3

    from ._transports._base import SyncTransport


def run_sync(flow: Flow, transport: SyncTransport) -> RawResponse:
    """Drive a flow: perform each effect it yields, feed it the outcome, return what it returns."""
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
                outcome = transport.send(effect.request)
            except FetchError as exc:
                error = exc
        elif isinstance(effect, Call):
            try:
                effect.result = effect.function()
            except Exception as exc:
                error = exc
        else:
            time.sleep(effect.seconds)


def make_sync_transport(http_client: Any) -> SyncTransport:
    if http_client is None:
        from ._transports._urllib3 import Urllib3Transport

        return Urllib3Transport()
    module = type(http_client).__module__.split(".")[0]
    if module == "urllib3":
        from ._transports._urllib3 import Urllib3Transport

        return Urllib3Transport(http_client)
    if module == "httpx":
        from ._transports._httpx import HttpxTransport

        return HttpxTransport(http_client)
    if callable(getattr(http_client, "send", None)) and callable(getattr(http_client, "close", None)):
        return http_client  # type: ignore[no-any-return]  # a SyncTransport of the user's
    raise TypeError(
        "http_client must be a urllib3.PoolManager, an httpx.Client or a transport, "
        f"got {type(http_client).__name__}"
    )


class ManagementApiClient(SyncPathMethods, SyncResources):
    """A typed client of the Prisma Management API; every call returns an :class:`ApiResult`."""

    def __init__(
        self,
        *,
        token: str | None = None,
        base_url: str = DEFAULT_BASE_URL,
        headers: HeadersArg = None,
        timeout: TimeoutArg = DEFAULT_TIMEOUT,
        http_client: urllib3.PoolManager | httpx.Client | SyncTransport | None = None,
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
        self._transport = make_sync_transport(http_client)

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
    ) -> ManagementApiClient:
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

    def request(
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
        """Send any request; paths of the spec are typed through ``GET``/``POST``/... instead.

        Failed requests are retried as ``max_retries`` allows; a POST or PATCH that reached the
        server only with ``idempotent=True`` (you vouch that repeating it is harmless).
        """
        prepared = self._config.prepare(method, path, params, body, headers, timeout)
        counter = RetryCounter()
        flow = retry_flow(
            prepared, self._config.flow, self._retry_policy, idempotent=idempotent, counter=counter
        )
        raw = run_sync(flow, self._transport)
        if raw.chunks is None:
            return parse_result(prepared, raw, counter.retries)
        if 200 <= raw.status < 300:
            _, model = response_model(prepared.operation, raw.status)
            stream = NdjsonStream(raw.chunks, raw.close or (lambda: None), record_parser(model))
            return ApiResult(stream, None, to_response(prepared, raw), counter.retries)
        try:  # an error answer to a streamed call is small: read it and parse it as usual
            content = b"".join(raw.chunks)
        finally:
            if raw.close is not None:
                raw.close()
        return parse_result(prepared, raw._replace(content=content, chunks=None), counter.retries)

    def close(self) -> None:
        self._transport.close()

    def __enter__(self) -> ManagementApiClient:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return client_repr(type(self).__name__, self._config)


def create_management_api_client(
    *,
    token: str | None = None,
    base_url: str = DEFAULT_BASE_URL,
    headers: HeadersArg = None,
    timeout: TimeoutArg = DEFAULT_TIMEOUT,
    http_client: urllib3.PoolManager | httpx.Client | SyncTransport | None = None,
    allow_insecure_http: bool = False,
    max_retries: int | RetryPolicy = DEFAULT_MAX_RETRIES,
) -> ManagementApiClient:
    """A sync client. ``token`` is sent as ``Authorization: Bearer <token>``; an ``Authorization``
    entry in ``headers`` wins over it. ``http_client`` may be your own urllib3 ``PoolManager`` or
    ``httpx.Client``. ``max_retries`` failed requests are re-sent (GET/PUT/DELETE; POST/PATCH
    only when they provably never left, or per call with ``idempotent=True``)."""
    return ManagementApiClient(
        token=token,
        base_url=base_url,
        headers=headers,
        timeout=timeout,
        http_client=http_client,
        allow_insecure_http=allow_insecure_http,
        max_retries=max_retries,
    )
