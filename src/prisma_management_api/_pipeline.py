"""How one call becomes HTTP exchanges, as a generator of effects that a sync or async driver runs.

A *flow* yields ``Send(request)`` and receives the ``RawResponse`` (or has the transport's
exception thrown in), may yield ``Sleep(seconds)`` or ``Call(function)``, and returns the final
``RawResponse``. Retries and token refresh are flows wrapped around the plain one, written once
for both clients.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from typing import Any, NamedTuple, Union

from ._core import PreparedRequest, RawResponse


class Send(NamedTuple):
    request: PreparedRequest


class Sleep(NamedTuple):
    seconds: float


class Call:
    """Run ``function()`` and put what it returns in ``result``; the flow is then resumed with
    ``None``, or has the ``Exception`` the function raised thrown in.

    The async driver awaits what the function returns when it is awaitable, so a middleware
    written once can hand each client the function of its kind (token refresh: a blocking one
    guarded by threading locks for the sync client, a coroutine function for the async one).
    """

    __slots__ = ("function", "result")

    def __init__(self, function: Callable[[], Any]) -> None:
        self.function = function
        self.result: Any = None

    def __repr__(self) -> str:
        # The function's name only: its bound arguments and its result (tokens) stay out of
        # tracebacks rendered with locals.
        target: Any = getattr(self.function, "func", self.function)  # a functools.partial's function
        name = getattr(target, "__qualname__", type(target).__name__)
        return f"Call({name})"


Effect = Union[Send, Sleep, Call]
Flow = Generator[Effect, Union[RawResponse, None], RawResponse]
FlowFactory = Callable[[PreparedRequest], Flow]
Middleware = Callable[[PreparedRequest, FlowFactory], Flow]


def send_once(request: PreparedRequest) -> Flow:
    response = yield Send(request)
    assert response is not None
    return response


def compose(middlewares: list[Middleware], send: FlowFactory = send_once) -> FlowFactory:
    """The flow factory with each middleware wrapped around the next, the first outermost, and
    ``send`` (the clients pass redirect following, see ``_redirects``) innermost."""
    factory: FlowFactory = send
    for middleware in reversed(middlewares):
        factory = _bind(middleware, factory)
    return factory


def _bind(middleware: Middleware, inner: FlowFactory) -> FlowFactory:
    return lambda request: middleware(request, inner)
