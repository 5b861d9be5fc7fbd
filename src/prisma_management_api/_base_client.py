"""What the sync and async clients share: configuration, request building, answer parsing."""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable, Mapping
from typing import Any

from typing_extensions import Self

from ._base_url import check_api_base_url, check_transport_security, is_loopback, normalize_base_url
from ._core import (
    DEFAULT_BASE_URL,
    PreparedRequest,
    RawResponse,
    base_headers,
    merge_headers,
    parse_result,
    prepare,
    record_parser,
    response_model,
    to_response,
)
from ._credentials import Credentials
from ._env import api_url_or_env, token_or_env
from ._headers import checked
from ._logging import configure_from_env, log_attempts, logged_call, logger
from ._pipeline import Flow, FlowFactory, Middleware, compose
from ._redirects import REDIRECT_STATUSES, follow_redirects
from ._resource import NOT_GIVEN, NotGiven, forget_namespaces
from ._result import ApiResult, ApiSuccess
from ._retries import RetryCounter, RetryPolicy, is_retryable_status, retry_flow, to_retry_policy
from ._types import (
    DEFAULT_MAX_RESPONSE_SIZE,
    DEFAULT_TIMEOUT,
    HeadersArg,
    Timeout,
    TimeoutArg,
    check_max_response_size,
    to_timeout,
)


class ClientConfig:
    """Immutable settings of one client."""

    __slots__ = ("base_url", "flow", "headers", "max_response_size", "plain", "timeout")

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
    ) -> None:
        self.max_response_size = check_max_response_size(max_response_size)
        self.base_url = normalize_base_url(base_url)
        check_api_base_url(self.base_url)
        self.headers = base_headers(token, headers)
        sends_credentials = any(k.lower() == "authorization" for k in self.headers) or any(
            middleware is not log_attempts for middleware in middlewares
        )
        check_transport_security(self.base_url, sends_credentials, allow_insecure_http)
        self.timeout: Timeout = to_timeout(timeout, DEFAULT_TIMEOUT)
        self.flow: FlowFactory = compose(middlewares, follow_redirects)
        # No middleware: a call's flow starts by sending the prepared request as it is (_begin).
        self.plain = not middlewares

    def prepare(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any] | None,
        body: Any,
        headers: HeadersArg,
        timeout: TimeoutArg,
    ) -> PreparedRequest:
        return prepare(
            base_url=self.base_url,
            default_headers=self.headers,
            method=method,
            path=path,
            params=params,
            body=body,
            headers=headers,
            timeout=to_timeout(timeout, self.timeout),
            max_response_size=self.max_response_size,
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

    def with_options(
        self,
        *,
        max_retries: int | RetryPolicy | None = None,
        timeout: TimeoutArg = None,
        headers: HeadersArg = None,
        max_response_size: int | NotGiven | None = NOT_GIVEN,
    ) -> Self:
        """A copy with other settings, sharing this client's connections (and its token handling).

        ``headers`` are added to (or replace) the client's; ``None`` keeps a setting (but
        ``max_response_size=None`` lifts the size limit). Close the original client, not the
        copies: they use its transport.
        """
        config = copy.copy(self._config)
        if not isinstance(max_response_size, NotGiven):
            config.max_response_size = check_max_response_size(max_response_size)
        if timeout is not None:
            config.timeout = to_timeout(timeout, config.timeout)
        if headers:
            config.headers = dict(config.headers)
            merge_headers(config.headers, checked(headers))
            sends_credentials = any(key.lower() == "authorization" for key in headers)
            check_transport_security(config.base_url, sends_credentials, self._allow_insecure_http)
        clone = copy.copy(self)
        forget_namespaces(clone)
        clone._config = config
        if max_retries is not None:
            clone._retry_policy = to_retry_policy(max_retries, self._retry_policy)
        return clone

    def _with_middlewares(self, middlewares: list[Middleware]) -> Self:
        """A copy whose flow has these middlewares instead, sharing the connections: what the SDK's
        ``for_storage`` makes per user (cheap: no I/O, no new pool)."""
        config = copy.copy(self._config)
        config.flow = compose(middlewares, follow_redirects)
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
    ) -> tuple[PreparedRequest, Flow, RetryCounter, PreparedRequest | None]:
        """The prepared request, the flow (retries around middlewares around one send), the retry
        counter, and the request the drivers may send before running the flow.

        That last is the prepared request when nothing precedes its sending in the flow (no
        middleware, no call logging): the drivers send it first and run the flow only for an
        answer that does not :func:`settle <settles>` the call, or a transport error. Otherwise
        it is ``None`` and the flow runs from the start."""
        prepared = self._config.prepare(method, path, params, body, headers, timeout)
        counter = RetryCounter()
        flow = retry_flow(
            prepared, self._config.flow, self._retry_policy, idempotent=idempotent, counter=counter
        )
        first = prepared if self._config.plain else None
        if logger.isEnabledFor(logging.INFO):
            flow = logged_call(prepared, flow, counter)
            first = None  # the log line is written by the flow, even for one plain answer
        return prepared, flow, counter, first

    @staticmethod
    def _finish(
        prepared: PreparedRequest,
        raw: RawResponse,
        counter: RetryCounter,
        stream_type: Callable[[Any, Callable[[], Any], Callable[[Any], Any]], Any],
    ) -> ApiResult[Any, Any] | None:
        """The result; ``None`` for an error answer to a streamed call, whose (small) body the
        caller reads with its own I/O and hands to :func:`parse_result`."""
        if raw.chunks is None:
            return parse_result(prepared, raw, counter.retries)
        if 200 <= raw.status < 300:
            _, model = response_model(prepared.operation, raw.status)
            stream = stream_type(raw.chunks, raw.close or (lambda: None), record_parser(model))
            return ApiSuccess(stream, to_response(prepared, raw), counter.retries)
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
]
