"""How one call becomes HTTP exchanges, as a generator of effects that a sync or async driver runs.

A *flow* yields ``Send(request)`` and receives the ``RawResponse`` (or has the transport's
exception thrown in), may yield ``Sleep(seconds)``, and returns the final ``RawResponse``. Retries
and token refresh are flows wrapped around the plain one, written once for both clients.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from typing import NamedTuple, Union

from ._core import PreparedRequest, RawResponse


class Send(NamedTuple):
    request: PreparedRequest


class Sleep(NamedTuple):
    seconds: float


Effect = Union[Send, Sleep]
Flow = Generator[Effect, Union[RawResponse, None], RawResponse]
FlowFactory = Callable[[PreparedRequest], Flow]
Middleware = Callable[[PreparedRequest, FlowFactory], Flow]


def send_once(request: PreparedRequest) -> Flow:
    response = yield Send(request)
    assert response is not None
    return response


def compose(middlewares: list[Middleware]) -> FlowFactory:
    """The flow factory with each middleware wrapped around the next, the first outermost."""
    factory: FlowFactory = send_once
    for middleware in reversed(middlewares):
        factory = _bind(middleware, factory)
    return factory


def _bind(middleware: Middleware, inner: FlowFactory) -> FlowFactory:
    return lambda request: middleware(request, inner)
