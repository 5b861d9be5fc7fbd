"""Public middleware: ``on_request``, ``on_response`` and ``on_error`` hooks, as openapi-fetch's.

A middleware is an object with any of the three hooks; subclass :class:`Middleware` (or, on the
async client, :class:`AsyncMiddleware` for coroutine hooks) and override what you need::

    class RequestId(Middleware):
        def on_request(self, request, context):
            request.headers["X-Request-Id"] = context.id

Register it with ``client.use(mw)`` (``client.eject(mw)`` removes it), with ``middleware=[...]`` on
the factory, or for one call with ``client.GET(..., middleware=[mw])`` (after the client's).

Order, as openapi-fetch: ``on_request`` hooks run in registration order; ``on_response`` and
``on_error`` in reverse, so the first middleware sees the request first and the response last.

Where it runs: once per attempt, innermost, just around the send. A request retried twice passes
through every middleware three times (``context.attempt`` is 0, 1, 2; ``context.id`` stays the
call's), and ``on_request`` sees the request as it goes on the wire, ``Authorization`` included
(refreshed by the SDK's token handling, which, like retries, is a middleware around yours).
What ``on_response`` returns is what the retries and the token refresh see.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple, Union

from typing_extensions import TypeAlias

if TYPE_CHECKING:
    from ._parse_as import ParseAs
    from ._request import Request
    from ._response import Response

HOOKS = ("on_request", "on_response", "on_error")


class MiddlewareContext(NamedTuple):
    """What a hook knows of the call beside the request: which operation, which attempt."""

    id: str
    """Random, one per call: the same for every attempt of the call (correlates request and answer)."""
    attempt: int
    """0 for the first send of the call, then 1, 2, ... for each retry or re-send after a refresh."""
    schema_path: str
    """The path template of the call, as openapi-fetch's ``schemaPath``: ``/v1/projects/{id}``."""
    params: Mapping[str, Any]
    """The call's ``params`` (``path``, ``query``, ``header``), as given."""
    operation_id: str | None
    """The OpenAPI ``operationId`` (``None`` for a path the spec does not have)."""
    base_url: str
    parse_as: ParseAs


RequestHookResult: TypeAlias = Union["Request", "Response", None]
ResponseHookResult: TypeAlias = Union["Response", None]
ErrorHookResult: TypeAlias = Union["Response", Exception, None]


class Middleware:
    """Base class of a middleware; every hook does nothing until overridden.

    * ``on_request``: change ``request`` in place, or return another :class:`Request`, or return a
      :class:`Response` to answer without sending (then no ``on_response`` runs for it).
    * ``on_response``: return another :class:`Response` to replace the one received.
    * ``on_error``: called when no response came (a :class:`FetchError`); return a
      :class:`Response` to recover, an exception to raise instead (the next middleware sees it),
      or ``None`` to let the error go on. A recovered response goes through ``on_response``.

    An exception raised by a hook ends the call with that exception (it is not retried).
    """

    def on_request(self, request: Request, context: MiddlewareContext) -> RequestHookResult:
        return None

    def on_response(
        self, response: Response, request: Request, context: MiddlewareContext
    ) -> ResponseHookResult:
        return None

    def on_error(self, error: Exception, request: Request, context: MiddlewareContext) -> ErrorHookResult:
        return None


class AsyncMiddleware:
    """:class:`Middleware` with coroutine hooks, for the async client only."""

    async def on_request(self, request: Request, context: MiddlewareContext) -> RequestHookResult:
        return None

    async def on_response(
        self, response: Response, request: Request, context: MiddlewareContext
    ) -> ResponseHookResult:
        return None

    async def on_error(
        self, error: Exception, request: Request, context: MiddlewareContext
    ) -> ErrorHookResult:
        return None


AnyMiddleware: TypeAlias = Union[Middleware, AsyncMiddleware]
MaybeAwaitable: TypeAlias = Union[Awaitable[Any], Any]

_NO_OP = {base: {name: getattr(base, name) for name in HOOKS} for base in (Middleware, AsyncMiddleware)}


def hooks_of(middleware: object, name: str) -> Any:
    """The bound hook ``name`` of ``middleware``, or ``None`` when it has none or the no-op one."""
    hook = getattr(middleware, name, None)
    if hook is None:
        return None
    function = getattr(hook, "__func__", None)
    if function is not None and function in (_NO_OP[Middleware][name], _NO_OP[AsyncMiddleware][name]):
        return None
    return hook


def check_middleware(middleware: object, *, allow_async: bool) -> None:
    """Refuse, at registration, what could only fail later: no hook at all, or async on sync."""
    if not any(callable(getattr(middleware, name, None)) for name in HOOKS):
        raise TypeError(
            f"middleware must have one of on_request(), on_response() or on_error(); got {middleware!r}"
        )
    if allow_async:
        return
    if isinstance(middleware, AsyncMiddleware) or any(
        inspect.iscoroutinefunction(getattr(middleware, name, None)) for name in HOOKS
    ):
        raise TypeError(
            f"{type(middleware).__name__} has async hooks: use it on the async client "
            "(create_async_management_api_client)"
        )


__all__ = [
    "AnyMiddleware",
    "AsyncMiddleware",
    "ErrorHookResult",
    "Middleware",
    "MiddlewareContext",
    "RequestHookResult",
    "ResponseHookResult",
    "check_middleware",
    "hooks_of",
]
