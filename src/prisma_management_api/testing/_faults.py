"""Fault injection and request counters for the fake Prisma platform.

One :class:`Faults` object is shared by the fake's apps (the Management API
and the OAuth server): the engine calls :meth:`Faults.on_request` for every
request before its handler.  Tests call the ``inject_*`` methods and read
``faults.counters`` from their own thread while the server runs on its
background thread, so every method takes a lock.

Counting happens BEFORE faults apply: a request answered by an injected 503,
delayed, or dropped by an injected connection reset still counts as a hit
(and a token request still counts under its grant type).  The counters thus
say what the client *sent*, which is what retry tests want to assert.

Routes are named ``"METHOD /path/{template}"`` as registered; parameter names
do not matter when matching (``/v1/projects/{id}`` names the same route as
``/v1/projects/{projectId}``).  Requests whose path matches no route are
counted together under ``"METHOD <no route>"`` (:data:`NO_ROUTE`): one key
per method, so a client probing random paths cannot grow the counters.
"""

from __future__ import annotations

import functools
import re
import threading
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from ._engine import FakeResponse, FaultPlan, error_code_for_status, error_response

__all__ = ["NO_ROUTE", "Counters", "Fault", "Faults"]

#: The route name under which requests to unknown paths are counted: ``counters.hits("GET <no route>")``.
NO_ROUTE: Final = "<no route>"

_PARAM: Final = re.compile(r"\{[^/{}]*\}")
_DEFAULT_MESSAGES: Final[Mapping[int, str]] = {
    429: "rate limit exceeded (injected fault)",
    500: "internal server error (injected fault)",
    502: "bad gateway (injected fault)",
    503: "service unavailable (injected fault)",
}


@functools.lru_cache(maxsize=4096)  # called per request with a few distinct keys
def _normalize(template: str) -> str:
    """``/v1/projects/{projectId}`` -> ``/v1/projects/{}``."""
    return _PARAM.sub("{}", template)


def _route_key(method: str, route: str | None) -> str:
    return f"{method} {route if route is not None else NO_ROUTE}"


class Counters:
    """Hits per route and token requests per grant type.  Thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._hits: Counter[str] = Counter()
        # Normalized key -> key as first seen, to report readable names.
        self._names: dict[str, str] = {}
        self._grants: Counter[str] = Counter()

    def count_hit(self, method: str, route: str | None) -> None:
        key = _route_key(method, route)
        normalized = _normalize(key)
        with self._lock:
            self._hits[normalized] += 1
            self._names.setdefault(normalized, key)

    def count_token_request(self, grant_type: str) -> None:
        """Called by the OAuth server; ``""`` when no grant_type was sent."""
        with self._lock:
            self._grants[grant_type] += 1

    def hits(self, route: str | None = None) -> int:
        """Hits of ``"METHOD /template"``; all hits when ``route`` is None."""
        with self._lock:
            if route is None:
                return sum(self._hits.values())
            return self._hits[_normalize(route)]

    def token_requests(self, grant_type: str | None = None) -> int:
        """Token requests with that grant_type (any value); all when None."""
        with self._lock:
            if grant_type is None:
                return sum(self._grants.values())
            return self._grants[grant_type]

    def snapshot(self) -> dict[str, dict[str, int]]:
        """``{"hits": {route: n}, "token_requests": {grant_type: n}}``."""
        with self._lock:
            hits = {self._names[key]: count for key, count in self._hits.items()}
            return {"hits": hits, "token_requests": dict(self._grants)}

    def reset(self) -> None:
        with self._lock:
            self._hits.clear()
            self._names.clear()
            self._grants.clear()


@dataclass(eq=False)
class Fault:
    """One injected fault; returned by ``inject_*`` so tests can inspect it.

    ``remaining`` is None for a fault that never runs out.
    """

    description: str
    app: str | None
    method: str | None
    target: str | None  # normalized template or literal path; None = global
    remaining: int | None
    delay: float = 0.0
    reset: bool = False
    response: FakeResponse | None = None
    applied: int = 0

    @property
    def active(self) -> bool:
        return self.remaining is None or self.remaining > 0

    @property
    def is_latency(self) -> bool:
        return self.response is None and not self.reset

    def matches(self, app: str, method: str, route: str | None, path: str) -> bool:
        if self.app is not None and self.app != app:
            return False
        if self.method is not None and self.method != method:
            return False
        if self.target is None:
            return True
        return self.target == path or (route is not None and self.target == _normalize(route))


class Faults:
    """Injected faults plus :class:`Counters`; the engine's request hook.

    Each request consumes at most one latency fault and at most one
    status/reset fault (the oldest matching ones, route-specific or global
    alike), so a latency fault and a 503 can hit the same request.
    """

    def __init__(self, counters: Counters | None = None) -> None:
        self.counters = counters if counters is not None else Counters()
        self._lock = threading.Lock()
        self._faults: list[Fault] = []

    # Injection -------------------------------------------------------------

    def inject_status(
        self,
        status: int,
        route: str | None = None,
        *,
        times: int | None = 1,
        retry_after: float | str | None = None,
        message: str | None = None,
        code: str | None = None,
        headers: Mapping[str, str] | None = None,
        app: str | None = None,
    ) -> Fault:
        """Answer the next ``times`` matching requests with ``status``.

        ``route`` is ``"METHOD /template"``, ``"/template"`` (any method), a
        literal path, or None for every request.  The body is the API's
        ``{"error": {"code", "message"}}`` with the code for that status.
        ``retry_after`` (seconds or a raw header value) sets ``Retry-After``.
        """
        if not 100 <= status <= 599:
            raise ValueError(f"not an HTTP status: {status}")
        extra = dict(headers or {})
        if retry_after is not None:
            extra["Retry-After"] = _retry_after_value(retry_after)
        text = message or _DEFAULT_MESSAGES.get(status, f"injected fault: HTTP {status}")
        response = error_response(status, text, code=code or error_code_for_status(status), headers=extra)
        return self._add(f"status {status}", route, times, app, response=response)

    def inject_latency(
        self,
        seconds: float,
        route: str | None = None,
        *,
        times: int | None = 1,
        app: str | None = None,
    ) -> Fault:
        """Delay the next ``times`` matching requests (awaited on the loop)."""
        if seconds < 0:
            raise ValueError("latency must be >= 0")
        return self._add(f"latency {seconds:g}s", route, times, app, delay=seconds)

    def inject_reset(
        self, route: str | None = None, *, times: int | None = 1, app: str | None = None
    ) -> Fault:
        """Abort the connection of the next ``times`` matching requests."""
        return self._add("connection reset", route, times, app, reset=True)

    def _add(
        self,
        description: str,
        route: str | None,
        times: int | None,
        app: str | None,
        *,
        delay: float = 0.0,
        reset: bool = False,
        response: FakeResponse | None = None,
    ) -> Fault:
        if times is not None and times < 1:
            raise ValueError("times must be >= 1, or None for 'forever'")
        method, target = _parse_route(route)
        fault = Fault(
            description=f"{description} on {route or 'every request'}",
            app=app,
            method=method,
            target=target,
            remaining=times,
            delay=delay,
            reset=reset,
            response=response,
        )
        with self._lock:
            self._faults.append(fault)
        return fault

    def remove(self, fault: Fault) -> None:
        """Withdraw one fault (no error if it already ran out)."""
        with self._lock:
            if fault in self._faults:
                self._faults.remove(fault)

    def clear(self) -> None:
        """Withdraw every fault (counters are kept: see ``counters.reset()``)."""
        with self._lock:
            self._faults.clear()

    def pending(self) -> list[Fault]:
        """Faults that have not run out, oldest first."""
        with self._lock:
            return list(self._faults)

    # Engine hook -----------------------------------------------------------

    def on_request(self, app: str, method: str, route: str | None, path: str) -> FaultPlan | None:
        self.counters.count_hit(method, route)
        if not self._faults:  # unlocked peek: the common case stays cheap
            return None
        with self._lock:
            latency = self._take(app, method, route, path, latency=True)
            terminal = self._take(app, method, route, path, latency=False)
        if latency is None and terminal is None:
            return None
        return FaultPlan(
            delay=latency.delay if latency is not None else 0.0,
            reset=terminal.reset if terminal is not None else False,
            response=terminal.response if terminal is not None else None,
        )

    def _take(self, app: str, method: str, route: str | None, path: str, *, latency: bool) -> Fault | None:
        for fault in self._faults:
            if fault.is_latency == latency and fault.matches(app, method, route, path):
                fault.applied += 1
                if fault.remaining is not None:
                    fault.remaining -= 1
                    if fault.remaining == 0:
                        self._faults.remove(fault)
                return fault
        return None


def _parse_route(route: str | None) -> tuple[str | None, str | None]:
    """``"POST /v1/projects"`` -> (``"POST"``, ``"/v1/projects"``)."""
    if route is None:
        return None, None
    method, _, target = route.strip().rpartition(" ")
    method = method.strip().upper()
    if not target.startswith("/"):
        raise ValueError(f"route must be 'METHOD /path' or '/path': {route!r}")
    return (method if method not in ("", "*") else None), _normalize(target)


def _retry_after_value(value: float | str) -> str:
    if isinstance(value, str):
        return value
    if value < 0:
        raise ValueError("retry_after must be >= 0")
    return str(int(value)) if float(value).is_integer() else f"{value:g}"
