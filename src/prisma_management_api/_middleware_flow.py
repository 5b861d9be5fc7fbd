"""The users' middleware as one layer of the flow pipeline (see ``_pipeline`` and ``_middleware``).

The layer is the innermost of the pipeline, wrapped by the token handling and the retries, so
that it runs once per attempt and sees each request as it is sent. Hooks run through ``Call``
effects: the sync driver calls them, the async driver awaits those that return awaitables, so
one layer serves both clients.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import random
import re
from collections.abc import Generator, Mapping, Sequence
from typing import Any

from ._core import PreparedRequest, RawResponse
from ._exceptions import FetchError
from ._headers import check_header
from ._lazy_re import LazyPattern
from ._middleware import MiddlewareContext, hooks_of
from ._parse_as import ParseAs
from ._pipeline import Call, Effect, Flow, FlowFactory
from ._pipeline import Middleware as PipelineMiddleware
from ._request import Request
from ._response import Headers, Response

_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")  # RFC 9110 token: what a method may be
_BAD_URL = LazyPattern(r"[\x00-\x20\x7f]")  # only for a URL a middleware changed


class CallInfo:
    """What every attempt of one call shares: the context fields and the attempt counter."""

    __slots__ = (
        "attempts",
        "base_url",
        "id",
        "is_async",
        "operation_id",
        "params",
        "parse_as",
        "schema_path",
    )

    def __init__(
        self,
        *,
        schema_path: str,
        params: Mapping[str, Any] | None,
        operation_id: str | None,
        base_url: str,
        parse_as: ParseAs,
        is_async: bool,
    ) -> None:
        # An id to correlate, not a secret: as openapi-fetch's Math.random() one, and cheaper than
        # os.urandom (a system call per call).
        self.id = f"{random.getrandbits(48):012x}"
        self.schema_path = schema_path
        self.params: Mapping[str, Any] = params or {}
        self.operation_id = operation_id
        self.base_url = base_url
        self.parse_as: ParseAs = parse_as
        self.is_async = is_async
        self.attempts = 0

    def next_context(self) -> MiddlewareContext:
        attempt = self.attempts
        self.attempts += 1
        return MiddlewareContext(
            self.id, attempt, self.schema_path, self.params, self.operation_id, self.base_url, self.parse_as
        )


def middleware_layer(middleware: Sequence[object], call: CallInfo) -> PipelineMiddleware:
    """The pipeline middleware running ``middleware``'s hooks in openapi-fetch's order."""
    named = [(type(m).__name__, m) for m in middleware]
    on_request = [(name, h) for name, m in named if (h := hooks_of(m, "on_request")) is not None]
    on_response = [(name, h) for name, m in reversed(named) if (h := hooks_of(m, "on_response")) is not None]
    on_error = [(name, h) for name, m in reversed(named) if (h := hooks_of(m, "on_error")) is not None]

    def layer(prepared: PreparedRequest, inner: FlowFactory) -> Flow:
        context = call.next_context()
        request = Request(prepared.method, prepared.url, headers=prepared.headers, body=prepared.body)
        answer: Response | None = None
        for name, hook in on_request:
            outcome = yield from _run(call, f"{name}.on_request", hook, request, context)
            if outcome is None or outcome is request:
                pass
            elif isinstance(outcome, Request):
                request = outcome
            elif isinstance(outcome, Response):
                answer = outcome
            else:
                kind = type(outcome).__name__
                raise TypeError(f"{name}.on_request must return a Request, a Response or None, got {kind}")
            prepared = _checked(prepared, request, f"{name}.on_request")
            if answer is not None:  # answered in the server's place: nothing is sent
                return _raw(answer)
        try:
            raw = yield from inner(prepared)
        except FetchError as exc:
            if not on_error:
                raise
            raw = yield from _recover(call, on_error, exc, request, context)
        if on_response:
            raw = yield from _respond(call, on_response, raw, prepared, request, context)
        return raw

    return layer


def _run(call: CallInfo, where: str, hook: Any, *args: Any) -> Generator[Effect, Any, Any]:
    effect = Call(functools.partial(hook, *args))
    yield effect
    outcome = effect.result
    if not call.is_async and inspect.isawaitable(outcome):
        if inspect.iscoroutine(outcome):
            outcome.close()  # never awaited: closed, so Python does not warn about it
        raise TypeError(f"{where} returned an awaitable: async middleware needs the async client")
    return outcome


def _recover(
    call: CallInfo,
    on_error: list[tuple[str, Any]],
    exc: FetchError,
    request: Request,
    context: MiddlewareContext,
) -> Generator[Effect, Any, RawResponse]:
    error: Exception = exc
    for name, hook in on_error:
        outcome = yield from _run(call, f"{name}.on_error", hook, error, request, context)
        if outcome is None:
            continue
        if isinstance(outcome, Response):
            return _raw(outcome)
        if isinstance(outcome, Exception):
            error = outcome
            continue
        raise TypeError(
            f"{name}.on_error must return a Response, an exception or None, got {type(outcome).__name__}"
        )
    if error is exc:
        raise exc
    raise error from exc


def _respond(
    call: CallInfo,
    on_response: list[tuple[str, Any]],
    raw: RawResponse,
    prepared: PreparedRequest,
    request: Request,
    context: MiddlewareContext,
) -> Generator[Effect, Any, RawResponse]:
    # raw.url: where a redirect led, when it did.
    received = Response(
        raw.status, raw.headers, url=raw.url or prepared.url, method=prepared.method, content=raw.content
    )
    current = received
    try:
        for name, hook in on_response:
            outcome = yield from _run(call, f"{name}.on_response", hook, current, request, context)
            if outcome is None or outcome is current:
                continue
            if not isinstance(outcome, Response):
                raise TypeError(
                    f"{name}.on_response must return a Response or None, got {type(outcome).__name__}"
                )
            current = outcome
    except Exception:
        # The call fails here, so no one will read a streamed answer: free its connection now
        # (it stayed open, the server sending, until the client closed).
        if raw.close is not None:
            with contextlib.suppress(Exception):  # the hook's error is the one to report
                yield Call(raw.close)
        raise
    if current is received and current.content is raw.content:
        # Kept (perhaps with a new status or headers): a streamed body stays the one on the wire.
        return raw._replace(status=current.status, headers=_headers(current.headers))
    if raw.close is not None:  # a streamed answer replaced: free its connection
        yield Call(raw.close)
    return _raw(current, raw.url)


def _raw(response: Response, url: str | None = None) -> RawResponse:
    """The raw answer of a middleware's ``Response`` (its ``url``, if it gave one, else ``url``)."""
    if not isinstance(response.status, int) or not 100 <= response.status <= 599:
        raise ValueError(f"a middleware's Response has an invalid status {response.status!r}")
    content = response.content
    if content is not None and not isinstance(content, bytes):
        raise TypeError(f"a middleware's Response content must be bytes, got {type(content).__name__}")
    return RawResponse(response.status, _headers(response.headers), content, url=response.url or url)


def _headers(headers: Any) -> Headers:
    return headers if isinstance(headers, Headers) else Headers(dict(headers).items())


def _checked(prepared: PreparedRequest, request: Request, where: str) -> PreparedRequest:
    """The prepared request carrying ``request``'s fields, after checking what a hook changed
    (what it left as it was has been checked when the request was prepared)."""
    method, url, body = request.method, request.url, request.body
    headers = request.headers.to_dict()
    if (
        method == prepared.method
        and url == prepared.url
        and body is prepared.body
        and headers == prepared.headers
    ):
        return prepared
    if not isinstance(method, str) or not _TOKEN.fullmatch(method):
        raise ValueError(f"{where} left an invalid method {method!r}")
    if not isinstance(url, str) or not url.startswith(("http://", "https://")) or _BAD_URL.search(url):
        raise ValueError(f"{where} left an invalid URL: it must be an http:// or https:// URL")
    for key, value in headers.items():
        if prepared.headers.get(key) == value:
            continue  # as prepared: checked already
        try:
            check_header(key, value)
        except (TypeError, ValueError) as exc:  # its message names the header, never the value
            raise type(exc)(f"{where}: {exc}") from None
    if body is not None and not isinstance(body, bytes):
        raise TypeError(f"{where} left a body of type {type(body).__name__}: use bytes or None")
    return prepared._replace(method=method.upper(), url=url, headers=headers, body=body)


__all__ = ["CallInfo", "middleware_layer"]
