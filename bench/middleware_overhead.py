"""What user middleware and ``parse_as`` cost per call, as ratios to a plain call in the same run.

    .venv/bin/python bench/middleware_overhead.py            # about a minute; --quick for a smoke run

The server is ``client_overhead.py``'s (a bare asyncio HTTP/1.1 server in its own process answering
``GET /v1/projects`` with a 20-project page). Each variant makes the same typed call
(``client.GET("/v1/projects")``) sequentially over one keep-alive connection, rounds interleaved;
the figures are the medians of the client process's CPU time and of the wall time per call (CPU
time is what the SDK adds; wall time also holds the server and, on a busy machine, the wait for
a core), and the ratios are to the plain call (no middleware, which takes the drivers' fast path)
measured in the same rounds.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from client_overhead import ServerProcess

from prisma_management_api import (
    AsyncMiddleware,
    Middleware,
    MiddlewareContext,
    Request,
    Response,
    create_async_management_api_client,
    create_management_api_client,
)


class RequestId(Middleware):
    def on_request(self, request: Request, context: MiddlewareContext) -> None:
        request.headers["X-Request-Id"] = context.id


class Status(Middleware):
    def __init__(self) -> None:
        self.seen = 0

    def on_response(self, response: Response, request: Request, context: MiddlewareContext) -> None:
        self.seen += response.status


class AsyncRequestId(AsyncMiddleware):
    async def on_request(self, request: Request, context: MiddlewareContext) -> None:
        request.headers["X-Request-Id"] = context.id


def sync_variants(base_url: str) -> dict[str, Callable[[], Any]]:
    plain = create_management_api_client(token="bench", base_url=base_url, max_retries=0)
    one = plain.with_options(middleware=[RequestId()])
    three = plain.with_options(middleware=[RequestId(), Status(), Status()])
    return {
        "plain": lambda: plain.GET("/v1/projects"),
        "1 middleware": lambda: one.GET("/v1/projects"),
        "3 middleware": lambda: three.GET("/v1/projects"),
        "per-call middleware": lambda: plain.GET("/v1/projects", middleware=[RequestId()]),
        "parse_as=bytes": lambda: plain.GET("/v1/projects", parse_as="bytes"),
        "query_serializer": lambda: plain.GET(
            "/v1/projects", params={"query": {"limit": 20}}, query_serializer={"array": {"explode": False}}
        ),
    }


def async_variants(base_url: str) -> dict[str, Callable[[], Awaitable[Any]]]:
    plain = create_async_management_api_client(token="bench", base_url=base_url, max_retries=0)
    one = plain.with_options(middleware=[RequestId()])
    coroutine = plain.with_options(middleware=[AsyncRequestId()])
    return {
        "plain": lambda: plain.GET("/v1/projects"),
        "1 middleware": lambda: one.GET("/v1/projects"),
        "1 async middleware": lambda: coroutine.GET("/v1/projects"),
        "parse_as=bytes": lambda: plain.GET("/v1/projects", parse_as="bytes"),
    }


Medians = dict[str, tuple[float, float]]  # variant -> (CPU seconds, wall seconds) per call


def _medians(samples: dict[str, list[tuple[float, float]]]) -> Medians:
    return {
        name: (statistics.median(c for c, _ in values), statistics.median(w for _, w in values))
        for name, values in samples.items()
    }


def measure_sync(calls: dict[str, Callable[[], Any]], n: int, rounds: int) -> Medians:
    for call in calls.values():
        for _ in range(min(100, n)):
            call()
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in calls}
    for _ in range(rounds):
        for name, call in calls.items():
            cpu, wall = time.process_time(), time.perf_counter()
            for _ in range(n):
                call()
            samples[name].append(((time.process_time() - cpu) / n, (time.perf_counter() - wall) / n))
    return _medians(samples)


async def measure_async(calls: dict[str, Callable[[], Awaitable[Any]]], n: int, rounds: int) -> Medians:
    for call in calls.values():
        for _ in range(min(100, n)):
            await call()
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in calls}
    for _ in range(rounds):
        for name, call in calls.items():
            cpu, wall = time.process_time(), time.perf_counter()
            for _ in range(n):
                await call()
            samples[name].append(((time.process_time() - cpu) / n, (time.perf_counter() - wall) / n))
    return _medians(samples)


def report(title: str, medians: Medians) -> None:
    base_cpu, base_wall = medians["plain"]
    print(f"{title}: client CPU and wall time per call, and their ratios to the plain call")
    for name, (cpu, wall) in medians.items():
        print(
            f"  {name:<20} CPU {cpu * 1e6:6.0f} us {cpu / base_cpu:5.2f}x"
            f"   wall {wall * 1e6:6.0f} us {wall / base_wall:5.2f}x"
        )


def main() -> None:
    quick = "--quick" in sys.argv
    n, rounds = (50, 2) if quick else (500, 5)
    server = ServerProcess()
    base_url = f"http://127.0.0.1:{server.port}"
    try:
        report("sync (urllib3)", measure_sync(sync_variants(base_url), n, rounds))

        async def run_async() -> Medians:
            return await measure_async(async_variants(base_url), n, rounds)

        report("async (aiohttp)", asyncio.run(run_async()))
    finally:
        server.stop()


if __name__ == "__main__":
    if "--serve" in sys.argv:
        from client_overhead import serve

        serve()
    else:
        main()
