"""The call's deadline (``Timeout.total``): one absolute time, set when the call begins
(``PreparedRequest.deadline``), that retries, backoff sleeps and every transport respect."""

from __future__ import annotations

import time

from ._core import PreparedRequest
from ._exceptions import APITimeoutError


def describe(request: PreparedRequest) -> str:
    """``METHOD url`` without the query (which is not ours to print)."""
    return f"{request.method} {request.url.split('?', 1)[0]}"


def remaining(request: PreparedRequest) -> float | None:
    """Seconds left before the call's deadline (at least a millisecond), or None without one."""
    if request.deadline is None:
        return None
    return max(request.deadline - time.monotonic(), 0.001)


def capped(timeout: float | None, request: PreparedRequest) -> float | None:
    """A connect or read timeout, shortened so that it cannot outlast the call's deadline."""
    left = remaining(request)
    if left is None:
        return timeout
    return left if timeout is None else min(timeout, left)


class DeadlineReached(Exception):
    """The call's deadline passed while it waited for something other than its own exchange (a
    token refresh made for it, or by another caller). The call's flow turns it into
    :func:`deadline_error`; the thing waited for goes on, and is never left half done."""


def seconds_left(deadline: float | None) -> float | None:
    """Seconds until ``deadline`` (zero once passed), or None for no deadline."""
    return None if deadline is None else max(deadline - time.monotonic(), 0.0)


def deadline_error(request: PreparedRequest) -> APITimeoutError:
    total = request.timeout.total
    return APITimeoutError(
        f"{describe(request)} did not complete within its deadline (Timeout total={total:g} s)",
        method=request.method,
        url=request.url,
    )


def check_deadline(request: PreparedRequest) -> None:
    if request.deadline is not None and time.monotonic() >= request.deadline:
        raise deadline_error(request)
