"""The sync client: ``create_management_api_client(token=...)``."""

from __future__ import annotations

import time
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any

from ._base_client import DEFAULT_BASE_URL, ClientConfig, client_repr
from ._core import RawResponse, parse_result, record_parser, response_model, to_response
from ._exceptions import FetchError
from ._generated.client_methods import SyncPathMethods
from ._ndjson import NdjsonStream
from ._pipeline import Flow, Middleware, Send
from ._result import ApiResult
from ._types import DEFAULT_TIMEOUT, HeadersArg, TimeoutArg

if TYPE_CHECKING:
    import httpx
    import urllib3

    from ._transports._base import SyncTransport


def run_sync(flow: Flow, transport: SyncTransport) -> RawResponse:
    """Drive a flow: perform each effect it yields, feed it the outcome, return what it returns."""
    outcome: RawResponse | None = None
    error: FetchError | None = None
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


class ManagementApiClient(SyncPathMethods):
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
    ) -> None:
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

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        body: Any = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[Any, Any]:
        """Send any request; paths of the spec are typed through ``GET``/``POST``/... instead."""
        prepared = self._config.prepare(method, path, params, body, headers, timeout)
        raw = run_sync(self._config.flow(prepared), self._transport)
        if raw.chunks is None:
            return parse_result(prepared, raw)
        if 200 <= raw.status < 300:
            _, model = response_model(prepared.operation, raw.status)
            stream = NdjsonStream(raw.chunks, raw.close or (lambda: None), record_parser(model))
            return ApiResult(stream, None, to_response(prepared, raw))
        try:  # an error answer to a streamed call is small: read it and parse it as usual
            content = b"".join(raw.chunks)
        finally:
            if raw.close is not None:
                raw.close()
        return parse_result(prepared, raw._replace(content=content, chunks=None))

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
) -> ManagementApiClient:
    """A sync client. ``token`` is sent as ``Authorization: Bearer <token>``; an ``Authorization``
    entry in ``headers`` wins over it. ``http_client`` may be your own urllib3 ``PoolManager`` or
    ``httpx.Client``."""
    return ManagementApiClient(
        token=token,
        base_url=base_url,
        headers=headers,
        timeout=timeout,
        http_client=http_client,
        allow_insecure_http=allow_insecure_http,
    )
