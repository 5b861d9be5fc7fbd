"""What the sync and async clients share: configuration, request building, answer parsing."""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from typing_extensions import Self

from ._base_url import check_api_base_url, check_transport_security, is_loopback, normalize_base_url
from ._core import (
    DEFAULT_BASE_URL,
    PreparedRequest,
    RawResponse,
    base_headers,
    parse_result,
    prepare,
    record_parser,
    response_model,
    to_response,
)
from ._env import api_url_or_env, token_or_env
from ._headers import checked, merge_headers
from ._logging import configure_from_env, log_attempts, logged_call, logger
from ._pipeline import Flow, FlowFactory, Middleware, compose
from ._redirects import REDIRECT_STATUSES, follow_redirects
from ._resource import NOT_GIVEN, NotGiven, forget_namespaces
from ._result import ApiResult, ApiSuccess
from ._retries import RetryCounter, RetryPolicy, is_retryable_status, retry_flow, to_retry_policy
from ._types import (
    DEFAULT_MAX_LINE_BYTES,
    DEFAULT_MAX_RESPONSE_SIZE,
    DEFAULT_TIMEOUT,
    HeadersArg,
    Timeout,
    TimeoutArg,
    check_max_line_bytes,
    check_max_response_size,
    to_timeout,
)

# What only middleware, credentials, streams or parse_as other than "json" use is imported where
# they are used: a plain typed call never loads those modules (each costs a first response about
# a third of a millisecond to load, bench/README.md).
if TYPE_CHECKING:
    from ._credentials import Credentials
    from ._parse_as import ParseAs
    from ._serializers import BodySerializer, QuerySerializer, QuerySerializerArg


StreamTypes = tuple[
    Callable[[Any, Callable[[], Any], Callable[[Any], Any], int], Any],  # an NDJSON stream
    Callable[[Any, Callable[[], Any]], Any],  # a ByteStream
]
"""The sync or async client's stream classes, as ``_finish`` makes them (given as a function that
imports them: only streamed answers need them)."""


# The serializers' module is loaded only once a serializer is given: the default encoding of a
# query or a body never needs it.
def check_query_serializer(value: QuerySerializerArg) -> QuerySerializerArg:
    if value is None:
        return None
    from ._serializers import check_query_serializer

    return check_query_serializer(value)


def check_body_serializer(value: BodySerializer | None) -> BodySerializer | None:
    if value is None:
        return None
    from ._serializers import check_body_serializer

    return check_body_serializer(value)


def resolve_query_serializer(client: QuerySerializerArg, call: QuerySerializerArg) -> QuerySerializer | None:
    if client is None and call is None:
        return None
    from ._serializers import resolve_query_serializer

    return resolve_query_serializer(client, call)


def _nothing() -> None:
    return None


def parse_buffered(
    prepared: PreparedRequest, raw: RawResponse, retries: int, parse_as: ParseAs
) -> ApiResult[Any, Any]:
    """A read answer -> ApiResult, as ``parse_as`` asks for a 2xx body (an error is parsed as usual)."""
    if parse_as == "json" or not 200 <= raw.status < 300:
        return parse_result(prepared, raw, retries)
    response = to_response(prepared, raw)
    if parse_as == "text":
        from ._parse_as import decode_text

        return ApiSuccess(decode_text(raw.content, raw.headers.get("content-type")), response, retries)
    return ApiSuccess(raw.content or b"", response, retries)  # "bytes" ("stream" never buffers)


def _with_users(pipeline: list[Middleware], users: Middleware) -> list[Middleware]:
    """The SDK's middlewares with the users' layer innermost, but for the attempt logging, which
    stays innermost so that it logs the request as the users' middleware left it."""
    if pipeline and pipeline[-1] is log_attempts:
        return [*pipeline[:-1], users, log_attempts]
    return [*pipeline, users]


class ClientConfig:
    """Settings of one client. ``with_options`` copies them; ``use``/``eject`` replace the
    ``middleware`` tuple (never change it in place: a call in flight keeps the one it began with)."""

    __slots__ = (
        "base_url",
        "body_serializer",
        "flow",
        "headers",
        "max_ndjson_line_bytes",
        "max_response_size",
        "middleware",
        "pipeline",
        "plain",
        "query_serializer",
        "sends_credentials",
        "timeout",
    )

    def __init__(
        self,
        *,
        token: str | None,
        base_url: str,
        headers: HeadersArg,
        timeout: TimeoutArg,
        allow_insecure_http: bool,
        middlewares: list[Middleware],
        max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE,
        middleware: tuple[object, ...] = (),
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        max_ndjson_line_bytes: int = DEFAULT_MAX_LINE_BYTES,
    ) -> None:
        self.max_response_size = check_max_response_size(max_response_size)
        self.base_url = normalize_base_url(base_url)
        check_api_base_url(self.base_url)
        self.headers = base_headers(token, headers)
        self.sends_credentials = any(k.lower() == "authorization" for k in self.headers) or any(
            middleware is not log_attempts for middleware in middlewares
        )
        check_transport_security(self.base_url, self.sends_credentials, allow_insecure_http)
        self.timeout: Timeout = to_timeout(timeout, DEFAULT_TIMEOUT)
        self.pipeline = middlewares
        self.flow: FlowFactory = compose(middlewares, follow_redirects)
        # Users' middleware, as a tuple so that "none" is one cheap truth test per call.
        self.middleware = middleware
        self.query_serializer = check_query_serializer(query_serializer)
        self.body_serializer = check_body_serializer(body_serializer)
        # No middleware: a call's flow starts by sending the prepared request as it is (_begin).
        self.plain = not middlewares
        self.max_ndjson_line_bytes = check_max_line_bytes(max_ndjson_line_bytes)

    def prepare(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any] | None,
        body: Any,
        headers: HeadersArg,
        timeout: TimeoutArg,
        *,
        base_url: str | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        stream: bool = False,
    ) -> PreparedRequest:
        return prepare(
            base_url=self.base_url if base_url is None else base_url,
            default_headers=self.headers,
            method=method,
            path=path,
            params=params,
            body=body,
            headers=headers,
            timeout=to_timeout(timeout, self.timeout),
            max_response_size=self.max_response_size,
            query_serializer=resolve_query_serializer(self.query_serializer, query_serializer),
            body_serializer=check_body_serializer(body_serializer) or self.body_serializer,
            stream=stream,
        )


def settles(raw: RawResponse) -> bool:
    """Whether the flow of a client without middleware would return this first answer as it is.

    A redirect or a retryable status may make the flow act (follow, or send again); anything else
    it returns untouched. The drivers send a plain call's request before running its flow, and
    run the flow only when this is false: the generators cost about 8 us a call, 2-3% of a typed
    call (bench/README.md), which the common case of one answer then does not pay.
    """
    return raw.status not in REDIRECT_STATUSES and not is_retryable_status(raw.status)


class BaseClient:
    """Everything of a client but its I/O: settings, copies, building a call, reading its answer.

    The sync and async clients add only the driver that performs the flow's effects, and the
    reading of a streamed error body, which differ by nature.
    """

    _config: ClientConfig
    _retry_policy: RetryPolicy
    _allow_insecure_http: bool
    _is_async: bool = False

    def _configure(
        self,
        *,
        token: str | None,
        base_url: str | None,
        headers: HeadersArg,
        timeout: TimeoutArg,
        allow_insecure_http: bool,
        middlewares: list[Middleware] | None,
        max_retries: int | RetryPolicy,
        max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE,
        credentials: Credentials | None = None,
        middleware: Sequence[object] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        max_ndjson_line_bytes: int = DEFAULT_MAX_LINE_BYTES,
    ) -> None:
        """``token`` and ``base_url`` left out are read from ``PRISMA_SERVICE_TOKEN`` and
        ``PRISMA_MANAGEMENT_API_URL`` (no token from the environment when ``credentials`` or an
        ``Authorization`` header authenticate instead)."""
        configure_from_env()
        self._retry_policy = to_retry_policy(max_retries)
        self._allow_insecure_http = allow_insecure_http
        chain = list(middlewares or [])
        url = api_url_or_env(base_url, DEFAULT_BASE_URL)
        if credentials is not None:
            from ._credentials import Credentials

            if token is not None:
                raise ValueError("pass either token or credentials, not both")
            if not isinstance(credentials, Credentials):
                raise TypeError(
                    f"credentials must have a middleware(base_url) method, got {type(credentials).__name__}"
                )
            chain.insert(0, credentials.middleware(normalize_base_url(url)))
        elif not middlewares and not _has_authorization(headers):
            # (an SDK passes its OAuth middleware: no service token from the environment then)
            token = token_or_env(token)
        if logger.isEnabledFor(logging.DEBUG):  # decided per client: no cost when not logging
            chain.append(log_attempts)
        self._config = ClientConfig(
            token=token,
            base_url=url,
            headers=headers,
            timeout=timeout,
            allow_insecure_http=allow_insecure_http,
            middlewares=chain,
            max_response_size=max_response_size,
            middleware=self._checked_middleware(middleware),
            query_serializer=query_serializer,
            body_serializer=body_serializer,
            max_ndjson_line_bytes=max_ndjson_line_bytes,
        )

    @property
    def base_url(self) -> str:
        return self._config.base_url

    @property
    def max_response_size(self) -> int | None:
        """Bytes an answer's body may have (after decoding), or None for no limit."""
        return self._config.max_response_size

    @property
    def max_retries(self) -> int:
        """How many times a failed request may be re-sent (see ``_retries`` for which are)."""
        return self._retry_policy.max_retries

    @property
    def middleware(self) -> tuple[object, ...]:
        """The client's middleware, in the order their ``on_request`` hooks run."""
        return self._config.middleware

    def _checked_middleware(self, middleware: Sequence[object] | None) -> tuple[object, ...]:
        if middleware is None:
            return ()
        if isinstance(middleware, (str, bytes)) or not isinstance(middleware, Sequence):
            raise TypeError(f"middleware must be a list of middleware, got {type(middleware).__name__}")
        from ._middleware import check_middleware

        for item in middleware:
            check_middleware(item, allow_async=self._is_async)
        return tuple(middleware)

    def _use(self, middleware: Sequence[object]) -> None:
        added = self._checked_middleware([m for m in middleware if m is not None])
        self._config.middleware = self._config.middleware + added

    def _eject(self, middleware: Sequence[object]) -> None:
        remaining = list(self._config.middleware)
        for item in middleware:
            for index, present in enumerate(remaining):
                if present is item:  # by identity, as openapi-fetch's indexOf
                    del remaining[index]
                    break
        self._config.middleware = tuple(remaining)

    def _with_options(
        self,
        *,
        max_retries: int | RetryPolicy | None = None,
        timeout: TimeoutArg = None,
        headers: HeadersArg = None,
        max_response_size: int | NotGiven | None = NOT_GIVEN,
        base_url: str | None = None,
        middleware: Sequence[object] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        max_ndjson_line_bytes: int | None = None,
    ) -> Self:
        config = copy.copy(self._config)
        if not isinstance(max_response_size, NotGiven):
            config.max_response_size = check_max_response_size(max_response_size)
        if base_url is not None:
            config.base_url = normalize_base_url(base_url)
            check_api_base_url(config.base_url)
        if timeout is not None:
            config.timeout = to_timeout(timeout, config.timeout)
        if max_ndjson_line_bytes is not None:
            config.max_ndjson_line_bytes = check_max_line_bytes(max_ndjson_line_bytes)
        if headers:
            config.headers = dict(config.headers)
            merge_headers(config.headers, checked(headers))
            config.sends_credentials = config.sends_credentials or any(
                key.lower() == "authorization" for key in headers
            )
        if base_url is not None or headers:
            check_transport_security(config.base_url, config.sends_credentials, self._allow_insecure_http)
        if middleware is not None:
            config.middleware = self._checked_middleware(middleware)
        if query_serializer is not None:
            config.query_serializer = check_query_serializer(query_serializer)
        if body_serializer is not None:
            config.body_serializer = check_body_serializer(body_serializer)
        clone = copy.copy(self)
        forget_namespaces(clone)
        clone._config = config
        if max_retries is not None:
            clone._retry_policy = to_retry_policy(max_retries, self._retry_policy)
        return clone

    def _with_middlewares(self, middlewares: list[Middleware]) -> Self:
        """A copy whose flow has these middlewares instead, sharing the connections: what the SDK's
        ``for_storage`` makes per user (cheap: no I/O, no new pool). The attempt logging of a
        client made under ``PRISMA_LOG=debug`` stays, innermost as it was."""
        config = copy.copy(self._config)
        if config.pipeline and config.pipeline[-1] is log_attempts:
            middlewares = [*middlewares, log_attempts]
        config.pipeline = middlewares
        config.flow = compose(middlewares, follow_redirects)
        config.plain = not middlewares
        clone = copy.copy(self)
        forget_namespaces(clone)
        clone._config = config
        return clone

    def _begin(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any] | None,
        body: Any,
        headers: HeadersArg,
        timeout: TimeoutArg,
        idempotent: bool,
        *,
        base_url: str | None = None,
        middleware: Sequence[object] | None = None,
        query_serializer: QuerySerializerArg = None,
        body_serializer: BodySerializer | None = None,
        parse_as: ParseAs = "json",
    ) -> tuple[PreparedRequest, Flow, RetryCounter, PreparedRequest | None]:
        """The prepared request, the flow (retries around the SDK's middlewares around the users',
        once per attempt, around one send that follows redirects), the retry counter, and the
        request the drivers may send before running the flow.

        That last is the prepared request when nothing precedes its sending in the flow (no
        middleware of the SDK's or the user's, no call logging): the drivers send it first and run
        the flow only for an answer that does not :func:`settle <settles>` the call, or a
        transport error. Otherwise it is ``None`` and the flow runs from the start."""
        config = self._config
        if base_url is not None:
            base_url = normalize_base_url(base_url)
            check_api_base_url(base_url)
            check_transport_security(base_url, config.sends_credentials, self._allow_insecure_http)
        if parse_as != "json":
            from ._parse_as import check_parse_as

            check_parse_as(parse_as)
        prepared = config.prepare(
            method,
            path,
            params,
            body,
            headers,
            timeout,
            base_url=base_url,
            query_serializer=query_serializer,
            body_serializer=body_serializer,
            stream=parse_as == "stream",
        )
        users = config.middleware + self._checked_middleware(middleware) if middleware else config.middleware
        flow_factory = config.flow
        if users:
            from ._middleware_flow import CallInfo, middleware_layer

            call = CallInfo(
                schema_path=path,
                params=params,
                operation_id=prepared.operation.operation_id if prepared.operation is not None else None,
                base_url=config.base_url if base_url is None else base_url,
                parse_as=parse_as,
                is_async=self._is_async,
            )
            flow_factory = compose(
                _with_users(config.pipeline, middleware_layer(users, call)), follow_redirects
            )
        counter = RetryCounter()
        flow = retry_flow(prepared, flow_factory, self._retry_policy, idempotent=idempotent, counter=counter)
        first = prepared if config.plain and not users else None
        if logger.isEnabledFor(logging.INFO):
            flow = logged_call(prepared, flow, counter)
            first = None  # the log line is written by the flow, even for one plain answer
        return prepared, flow, counter, first

    def _finish(
        self,
        prepared: PreparedRequest,
        raw: RawResponse,
        counter: RetryCounter,
        parse_as: ParseAs,
        stream_types: Callable[[], StreamTypes],
    ) -> ApiResult[Any, Any] | None:
        """The result; ``None`` when the caller must first read the streamed body with its own
        I/O (an error answer, or ``parse_as`` "text"/"bytes" of a streamed operation) and hand it
        to :func:`parse_buffered`."""
        if raw.chunks is None:
            return parse_buffered(prepared, raw, counter.retries, parse_as)
        if 200 <= raw.status < 300 and parse_as in ("json", "stream"):
            close = raw.close or _nothing
            response = to_response(prepared, raw)
            stream_type, byte_stream_type = stream_types()
            if parse_as == "stream":
                return ApiSuccess(byte_stream_type(raw.chunks, close), response, counter.retries)
            _, model = response_model(prepared.operation, raw.status)
            stream = stream_type(raw.chunks, close, record_parser(model), self._config.max_ndjson_line_bytes)
            return ApiSuccess(stream, response, counter.retries)
        return None

    def __repr__(self) -> str:
        # Never the headers: they hold the token.
        return f"<{type(self).__name__} base_url={self._config.base_url!r}>"


def _has_authorization(headers: HeadersArg) -> bool:
    return bool(headers) and any(key.lower() == "authorization" for key in headers or {})


__all__ = [
    "DEFAULT_BASE_URL",
    "BaseClient",
    "ClientConfig",
    "check_transport_security",
    "is_loopback",
    "parse_buffered",
]
