"""Three middleware to copy into your code: logging, request ids, and retry-aware metrics.

    python examples/middleware.py           # against the built-in fake platform (one 503 injected)
    PRISMA_SERVICE_TOKEN=... python examples/middleware.py --live   # against api.prisma.io

A middleware runs once per attempt: a retried request passes through it again, with the same
``context.id`` and the next ``context.attempt``. The same classes work on the async client.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from prisma_management_api import (
    ManagementApiClient,
    Middleware,
    MiddlewareContext,
    Request,
    Response,
    RetryPolicy,
    create_management_api_client,
)


def _without_query(url: str) -> str:
    return url.split("?", 1)[0]  # a query may carry a caller's filter values: not for logs


class LoggingMiddleware(Middleware):
    """One line per attempt: method, URL, attempt, status and duration. Never a header value
    (the ``Authorization`` header holds the token), never a query or a body."""

    def __init__(self, logger: logging.Logger | None = None) -> None:
        self.logger = logger or logging.getLogger("prisma.http")
        self._started: dict[tuple[str, int], float] = {}
        self._lock = threading.Lock()

    def on_request(self, request: Request, context: MiddlewareContext) -> None:
        with self._lock:
            self._started[(context.id, context.attempt)] = time.perf_counter()

    def on_response(self, response: Response, request: Request, context: MiddlewareContext) -> None:
        self.logger.info(
            "%s %s -> %d in %.0f ms (call %s, attempt %d)",
            request.method,
            _without_query(request.url),
            response.status,
            self._elapsed_ms(context),
            context.id,
            context.attempt + 1,
        )

    def on_error(self, error: Exception, request: Request, context: MiddlewareContext) -> None:
        self.logger.warning(
            "%s %s failed after %.0f ms: %s (call %s, attempt %d)",
            request.method,
            _without_query(request.url),
            self._elapsed_ms(context),
            type(error).__name__,
            context.id,
            context.attempt + 1,
        )

    def _elapsed_ms(self, context: MiddlewareContext) -> float:
        with self._lock:
            started = self._started.pop((context.id, context.attempt), None)
        return 0.0 if started is None else (time.perf_counter() - started) * 1000


class RequestIdMiddleware(Middleware):
    """Sends ``X-Request-Id``: one id per call, the same on each retry of it, so that the server's
    logs show the attempts of one call together. An id the caller set in ``headers`` is kept."""

    header = "X-Request-Id"

    def __init__(self, prefix: str = "py-") -> None:
        self.prefix = prefix

    def on_request(self, request: Request, context: MiddlewareContext) -> None:
        if self.header not in request.headers:
            request.headers[self.header] = f"{self.prefix}{context.id}"


@dataclass
class MetricsMiddleware(Middleware):
    """Counts calls, attempts and retries per operation, answers per status, transport errors per
    kind, and keeps each attempt's latency: what you would export to Prometheus or StatsD.

    A call is counted on its first attempt; every later attempt of the same call is a retry (the
    SDK's retries, or the re-send after a token refresh)."""

    calls: Counter[str] = field(default_factory=Counter)
    attempts: Counter[str] = field(default_factory=Counter)
    retries: Counter[str] = field(default_factory=Counter)
    statuses: Counter[tuple[str, int]] = field(default_factory=Counter)
    errors: Counter[tuple[str, str]] = field(default_factory=Counter)
    latencies: dict[str, list[float]] = field(default_factory=dict)
    _started: dict[tuple[str, int], float] = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @staticmethod
    def operation(context: MiddlewareContext) -> str:
        return context.operation_id or context.schema_path

    def on_request(self, request: Request, context: MiddlewareContext) -> None:
        name = self.operation(context)
        with self._lock:
            self.attempts[name] += 1
            if context.attempt == 0:
                self.calls[name] += 1
            else:
                self.retries[name] += 1
            self._started[(context.id, context.attempt)] = time.perf_counter()

    def on_response(self, response: Response, request: Request, context: MiddlewareContext) -> None:
        with self._lock:
            self.statuses[(self.operation(context), response.status)] += 1
            self._record_latency(context)

    def on_error(self, error: Exception, request: Request, context: MiddlewareContext) -> None:
        with self._lock:
            self.errors[(self.operation(context), type(error).__name__)] += 1
            self._record_latency(context)

    def _record_latency(self, context: MiddlewareContext) -> None:
        started = self._started.pop((context.id, context.attempt), None)
        if started is not None:
            self.latencies.setdefault(self.operation(context), []).append(time.perf_counter() - started)

    def summary(self) -> dict[str, Any]:
        with self._lock:
            return {
                name: {
                    "calls": self.calls[name],
                    "attempts": self.attempts[name],
                    "retries": self.retries[name],
                    "statuses": {s: n for (op, s), n in sorted(self.statuses.items()) if op == name},
                }
                for name in sorted(self.attempts)
            }


def run(client: ManagementApiClient) -> MetricsMiddleware:
    """Use the three on ``client`` for a few calls; return the metrics."""
    metrics = MetricsMiddleware()
    client.use(RequestIdMiddleware(), LoggingMiddleware(), metrics)
    for project in client.projects.list():
        client.projects.retrieve(project.id)
    client.GET("/v1/regions/postgres")
    return metrics


def main(argv: list[str]) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    if "--live" in argv:
        with create_management_api_client() as client:  # PRISMA_SERVICE_TOKEN from the environment
            metrics = run(client)
    else:
        from prisma_management_api.testing import FakePrismaPlatform

        with FakePrismaPlatform(provisioning_delay=0) as fake:
            fake_client = create_management_api_client(
                token=fake.service_token,
                base_url=fake.api_url,
                max_retries=RetryPolicy(max_retries=2, initial_delay=0.05),
            )
            with fake_client as client:
                client.projects.create(name="middleware-example")
                fake.faults.inject_status(503, "GET /v1/projects", retry_after=0)  # one retry to see
                metrics = run(client)
    for name, numbers in metrics.summary().items():
        print(f"{name}: {numbers}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
