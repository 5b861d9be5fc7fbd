"""Retries, written once as a flow (see ``_pipeline``) so that both clients share them.

What is re-sent:

* connection failures and the statuses 408, 429 and 5xx;
* for GET, HEAD, OPTIONS, PUT and DELETE (idempotent by HTTP's definition) always;
* for POST and PATCH only when the failure provably happened before any byte of the request left
  (``APIConnectionError.request_sent is False``: no connection was made), or when the caller vouches
  that the call is safe to repeat (``idempotent=True``). A POST that reached the server is never
  sent twice otherwise: it may have created something.

How long to wait: the server's ``Retry-After`` (seconds or an HTTP date) when it sends one, else
exponential backoff with jitter (0.5 s, 1 s, 2 s, ... capped at 8 s). A ``Retry-After`` longer than
``RetryPolicy.max_retry_after`` (60 s) is not waited out: the answer is returned at once, so that a
call never hangs for minutes unannounced (``RateLimitError.retry_after`` tells the caller how long).
Likewise no wait is begun that would end after the call's deadline (``Timeout.total``).
"""

from __future__ import annotations

import contextlib
import random
import time
from dataclasses import dataclass, replace

from ._core import PreparedRequest
from ._exceptions import APIConnectionError
from ._pipeline import Call, Flow, FlowFactory, Sleep

DEFAULT_MAX_RETRIES = 2
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


def _check_number(name: str, value: object, *, integer: bool = False) -> None:
    kinds = (int,) if integer else (int, float)
    if isinstance(value, bool) or not isinstance(value, kinds) or value < 0:
        kind = "a non-negative integer" if integer else "a non-negative number"
        raise ValueError(f"{name} must be {kind}, got {value!r}")


@dataclass(frozen=True)
class RetryPolicy:
    """How failed requests are re-sent. ``max_retries=2`` means up to three attempts in all.

    The wait before retry ``n`` (0-based) is ``initial_delay * 2**n``, capped at ``max_delay``, of
    which up to a ``jitter`` fraction is taken off at random (so that many clients do not retry in
    step). Pass a policy as ``max_retries=`` to a client to change the backoff too.
    """

    max_retries: int = DEFAULT_MAX_RETRIES
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    jitter: float = 0.25

    def __post_init__(self) -> None:
        _check_number("max_retries", self.max_retries, integer=True)
        for name in ("initial_delay", "max_delay", "max_retry_after", "jitter"):
            _check_number(name, getattr(self, name))
        if self.jitter > 1:
            raise ValueError(f"jitter must be between 0 and 1, got {self.jitter!r}")

    def backoff(self, retry: int) -> float:
        """Seconds to wait before retry number ``retry`` (0-based) when the server gave no hint."""
        delay = min(self.initial_delay * (2.0**retry), self.max_delay)
        return delay * (1.0 - self.jitter * random.random())  # noqa: S311 - not for security


def to_retry_policy(value: int | RetryPolicy, current: RetryPolicy | None = None) -> RetryPolicy:
    """``max_retries=`` as given to a client: a count (keeping the current backoff) or a policy."""
    if isinstance(value, RetryPolicy):
        return value
    _check_number("max_retries", value, integer=True)
    return replace(current if current is not None else RetryPolicy(), max_retries=value)


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """``Retry-After`` in seconds from now: ``"2"``, ``"1.5"`` or an HTTP date; None if unusable."""
    if value is None:
        return None
    text = value.strip()
    try:
        seconds = float(text)
    except ValueError:
        import email.utils  # only for the rare date form: keeps the client's import light

        try:
            moment = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
        if moment.tzinfo is None:  # an HTTP date is always GMT
            return None
        seconds = moment.timestamp() - (time.time() if now is None else now)
    if seconds != seconds or seconds in (float("inf"), float("-inf")):  # NaN or infinite
        return None
    return max(0.0, seconds)


def _would_pass_deadline(request: PreparedRequest, delay: float) -> bool:
    """Whether waiting ``delay`` would reach the call's deadline (``Timeout.total``): then the last
    answer or error is handed back now rather than a timeout after a pointless wait."""
    return request.deadline is not None and time.monotonic() + delay >= request.deadline


def is_retryable_status(status: int) -> bool:
    return status in (408, 429) or status >= 500


class RetryCounter:
    """How many times one call was re-sent (read after the call into ``ApiResult.retries``)."""

    __slots__ = ("retries",)

    def __init__(self) -> None:
        self.retries = 0


def retry_flow(
    request: PreparedRequest,
    inner: FlowFactory,
    policy: RetryPolicy,
    *,
    idempotent: bool = False,
    counter: RetryCounter | None = None,
) -> Flow:
    """``inner``'s flow, re-run after retryable failures as the module docstring describes."""
    safe_to_resend = idempotent or request.method in IDEMPOTENT_METHODS
    attempt = 0
    while True:
        try:
            response = yield from inner(request)
        except APIConnectionError as exc:
            never_left = not exc.request_sent  # so even a POST can go again
            if attempt >= policy.max_retries or not (safe_to_resend or never_left):
                raise
            delay = policy.backoff(attempt)
            if _would_pass_deadline(request, delay):
                raise
        else:
            if (
                attempt >= policy.max_retries
                or not safe_to_resend
                or not is_retryable_status(response.status)
            ):
                return response
            hinted = parse_retry_after(response.headers.get("retry-after"))
            if hinted is not None and hinted > policy.max_retry_after:
                return response
            delay = policy.backoff(attempt) if hinted is None else hinted
            if _would_pass_deadline(request, delay):
                return response
            if response.close is not None:
                # A discarded streamed answer frees its connection; the driver awaits an async close.
                with contextlib.suppress(Exception):  # a failed close must not stop the retry
                    yield Call(response.close)
        attempt += 1
        if counter is not None:
            counter.retries = attempt
        yield Sleep(delay)
