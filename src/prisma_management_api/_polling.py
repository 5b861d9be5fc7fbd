"""Waiting for a resource to settle: ``client.databases.wait_until_ready(database_id)``.

The resource is read at once, then again after growing pauses (``poll_interval``, times 1.5 each
time, at most ``max_poll_interval``), until its status is the awaited one (returned), a terminal
failure (:class:`ResourceFailedError`), or ``timeout`` seconds have passed
(:class:`WaitTimeoutError`). The async waiters are cancellable like any coroutine (``asyncio.timeout``,
task cancellation); the sync ones end by their ``timeout``.

Which statuses count as what is declared per resource in the generator (codegen/_render_resources.py),
checked against the status enums of the OpenAPI document.
"""

from __future__ import annotations

import asyncio
import inspect
import time
from collections.abc import Awaitable, Callable
from typing import NamedTuple, TypeVar

from ._exceptions import ResourceFailedError, WaitTimeoutError

T = TypeVar("T")

DEFAULT_WAIT_TIMEOUT = 300.0
DEFAULT_POLL_INTERVAL = 1.0
MAX_POLL_INTERVAL = 10.0
_GROWTH = 1.5


class WaitSpec(NamedTuple):
    resource: str  # "database", for messages
    field: str  # the status attribute: "status", "state"
    success: tuple[str, ...]
    failure: tuple[str, ...]

    @property
    def expected(self) -> str:
        return " or ".join(repr(s) for s in self.success)


class _Poll:
    """The waiting logic without the waiting: shared by the sync and async loops."""

    __slots__ = ("deadline", "interval", "max_interval", "resource_id", "spec", "status", "timeout")

    def __init__(
        self, spec: WaitSpec, resource_id: str, timeout: float, poll_interval: float, max_interval: float
    ) -> None:
        for name, value in (("timeout", timeout), ("poll_interval", poll_interval)):
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
                raise ValueError(f"{name} must be a positive number of seconds, got {value!r}")
        self.spec = spec
        self.resource_id = resource_id
        self.timeout = float(timeout)
        self.deadline = time.monotonic() + timeout
        self.interval = float(poll_interval)
        self.max_interval = max(float(max_interval), self.interval)
        self.status: str | None = None

    def settled(self, value: object) -> bool:
        """True when ``value`` has the awaited status; raises on a terminal failure."""
        status = getattr(value, self.spec.field, None)
        self.status = status if isinstance(status, str) else None
        if status in self.spec.success:
            return True
        if status in self.spec.failure:
            raise ResourceFailedError(
                self.spec.resource, self.resource_id, str(status), self.spec.expected, value
            )
        return False

    def pause(self) -> float:
        """Seconds to sleep before the next read; raises once the time is up."""
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            raise WaitTimeoutError(
                self.spec.resource, self.resource_id, self.status, self.spec.expected, self.timeout
            )
        delay = min(self.interval, remaining)
        self.interval = min(self.interval * _GROWTH, self.max_interval)
        return delay


def wait_sync(
    fetch: Callable[[], T],
    spec: WaitSpec,
    resource_id: str,
    *,
    timeout: float,
    poll_interval: float,
    on_progress: Callable[[T], object] | None,
    max_poll_interval: float = MAX_POLL_INTERVAL,
) -> T:
    poll = _Poll(spec, resource_id, timeout, poll_interval, max_poll_interval)
    while True:
        value = fetch()
        if on_progress is not None:
            on_progress(value)
        if poll.settled(value):
            return value
        time.sleep(poll.pause())


async def wait_async(
    fetch: Callable[[], Awaitable[T]],
    spec: WaitSpec,
    resource_id: str,
    *,
    timeout: float,
    poll_interval: float,
    on_progress: Callable[[T], object] | None,
    max_poll_interval: float = MAX_POLL_INTERVAL,
) -> T:
    poll = _Poll(spec, resource_id, timeout, poll_interval, max_poll_interval)
    while True:
        value = await fetch()
        if on_progress is not None:
            reported = on_progress(value)
            if inspect.isawaitable(reported):  # an async callback is awaited
                await reported
        if poll.settled(value):
            return value
        await asyncio.sleep(poll.pause())
