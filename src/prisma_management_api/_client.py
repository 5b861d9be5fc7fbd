"""The sync client: ``create_management_api_client(token=...)``."""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, cast

from typing_extensions import Self

from ._base_client import BaseClient, StreamTypes, parse_buffered, settles
from ._core import PreparedRequest, RawResponse
from ._exceptions import FetchError
from ._generated.client_methods import SyncPathMethods
from ._generated.resource_accessors import SyncResources
from ._pipeline import Call, Flow, Send
from ._pipeline import Middleware as PipelineMiddleware
from ._resource import NOT_GIVEN, NotGiven
from ._result import ApiResult
from ._retries import DEFAULT_MAX_RETRIES, RetryPolicy
from ._transports._body import join_within_limit
from ._types import DEFAULT_MAX_LINE_BYTES, DEFAULT_MAX_RESPONSE_SIZE, DEFAULT_TIMEOUT, HeadersArg, TimeoutArg

if TYPE_CHECKING:
    import httpx
    import urllib3

    from ._credentials import Credentials
    from ._middleware import Middleware
    from ._parse_as import ParseAs
    from ._serializers import BodySerializer, QuerySerializerArg
    from ._transports._base import SyncTransport


def run_sync(flow: Flow, transport: SyncTransport, first: PreparedRequest | None = None) -> RawResponse:
    """Drive a flow: perform each effect it yields, feed it the outcome, return what it returns.

    ``first``: the request the flow's first effect sends (a client without middleware). It is sent
    before the flow runs, and the flow runs only if the answer does not settle the call.
    """
    outcome: RawResponse | None = None
    error: Exception | None = None
    if first is not None:
        try:
            outcome = transport.send(first)
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


def _stream_types() -> StreamTypes:
    from ._ndjson import NdjsonStream
    from ._parse_as import ByteStream

    return NdjsonStream, ByteStream


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


class ManagementApiClient(SyncPathMethods, SyncResources, BaseClient):
    """A typed client of the Prisma Management API; every call returns an :class:`ApiResult`.

    ``middleware`` are the users' (see :class:`Middleware`); ``middlewares`` are flow-pipeline
    middlewares, the SDK's own extension point (its token refresh is one).
    """

    def __init__(
        self,
        *,
        token: str | None = None,
        base_url: str | None = None,
        headers: HeadersArg = None,
        timeout: TimeoutArg = DEFAULT_TIMEOUT,
        http_client: urllib3.PoolManager | httpx.Client | SyncTransport | None = None,
        allow_insecure_http: bool = False,
        middlewares: list[PipelineMiddleware] | None = None,
        max_retries: int | RetryPolicy = DEFAULT_MAX_RETRIES,
        max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE,
        credentials: Credentials | None = None,
        middleware: Sequence[Middleware] | None = None,
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
        self._transport = make_sync_transport(http_client)

    def use(self, *middleware: Middleware) -> None:
        """Add middleware after the client's: their ``on_request`` hooks run in this order, their
        ``on_response`` and ``on_error`` hooks in reverse. Calls already under way keep the
        middleware they began with."""
        self._use(middleware)

    def eject(self, *middleware: Middleware) -> None:
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
        middleware: Sequence[Middleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        max_ndjson_line_bytes: int | None = None,
    ) -> Self:
        """A copy with other settings, sharing this client's connections (and its token handling).

        ``headers`` are added to (or replace) the client's; ``middleware`` replaces the client's
        list (the copy's ``use``/``eject`` leave the original alone); ``None`` keeps a setting
        (but ``max_response_size=None`` lifts the size limit). Close the original client, not
        the copies: they use its transport.
        """
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
        base_url: str | None = None,
        middleware: Sequence[Middleware] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: ParseAs = "json",
    ) -> ApiResult[Any, Any]:
        """Send any request; paths of the spec are typed through ``GET``/``POST``/... instead.

        Failed requests are retried as ``max_retries`` allows; a POST or PATCH that reached the
        server only with ``idempotent=True`` (you vouch that repeating it is harmless).
        ``parse_as`` makes a successful answer's ``data`` the model ("json"), ``str``, ``bytes``
        or a :class:`ByteStream`; the other options override the client's for this call
        (``middleware`` is added after the client's).
        """
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
        raw = run_sync(flow, self._transport, first)
        if raw.chunks is None and prepared.stream and parse_as in ("json", "stream"):
            # A middleware answered a streamed call with a whole body: hand it on as one chunk.
            raw = raw._replace(chunks=iter((raw.content or b"",)), content=None)
        result = self._finish(prepared, raw, counter, parse_as, _stream_types)
        if result is not None:
            return result
        chunks = cast("Iterator[bytes]", raw.chunks)  # a buffered answer has its result already
        try:  # an error answer is small, text/bytes are wanted whole: read it and parse it
            content = join_within_limit(prepared, chunks)
        finally:
            if raw.close is not None:
                raw.close()
        return parse_buffered(prepared, raw._replace(content=content, chunks=None), counter.retries, parse_as)

    def close(self) -> None:
        self._transport.close()

    def __enter__(self) -> ManagementApiClient:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def create_management_api_client(
    *,
    token: str | None = None,
    base_url: str | None = None,
    headers: HeadersArg = None,
    timeout: TimeoutArg = DEFAULT_TIMEOUT,
    http_client: urllib3.PoolManager | httpx.Client | SyncTransport | None = None,
    allow_insecure_http: bool = False,
    max_retries: int | RetryPolicy = DEFAULT_MAX_RETRIES,
    max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE,
    credentials: Credentials | None = None,
    middleware: Sequence[Middleware] | None = None,
    query_serializer: QuerySerializerArg = None,
    body_serializer: BodySerializer | None = None,
    max_ndjson_line_bytes: int = DEFAULT_MAX_LINE_BYTES,
) -> ManagementApiClient:
    """A sync client. ``token`` is sent as ``Authorization: Bearer <token>``; an ``Authorization``
    entry in ``headers`` wins over it. Left out, ``token`` and ``base_url`` come from
    ``PRISMA_SERVICE_TOKEN`` and ``PRISMA_MANAGEMENT_API_URL`` (else https://api.prisma.io).
    ``credentials`` authenticate instead of a token (:class:`GitHubActionsOIDC`).
    ``http_client`` may be your own urllib3 ``PoolManager`` or ``httpx.Client``. ``max_retries``
    failed requests are re-sent (GET/PUT/DELETE; POST/PATCH only when they provably never left, or
    per call with ``idempotent=True``). An answer whose body exceeds ``max_response_size`` bytes
    (32 MiB; None for no limit) raises ``ResponseTooLargeError``; ``timeout=Timeout(..., total=s)``
    gives every call a deadline. An NDJSON stream (build and deployment logs) refuses a line
    longer than ``max_ndjson_line_bytes`` (16 MiB by default) with ``NdjsonLineTooLongError``."""
    return ManagementApiClient(
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
