"""What the typed client costs over raw HTTP libraries, against one fast local server.

One command, one run::

    .venv/bin/python bench/client_overhead.py            # full run (3-5 minutes on 2 cores)
    .venv/bin/python bench/client_overhead.py --quick    # fewer requests, a smoke run

The server is a raw asyncio protocol (HTTP/1.1, keep-alive) in a *separate process*, so the
measured client does not share its GIL. It answers ``GET /v1/projects`` with a fixed, spec-valid
20-item ``ListProjectsResponse``. Our calls parse that body into models; the raw baselines only
``json.loads`` it, so the ratios are the whole price of the typed client: request building,
header handling, model validation, the result object.

Sections:

* sequential: one request after another on one keep-alive connection;
* concurrent: 1,000 requests in flight at once (``asyncio.gather``) for async clients, and 1,000
  requests over a 32-thread pool for sync clients;
* import: ``import X`` in fresh interpreters, minus bare interpreter start-up.

Two diagnostics say where a gap comes from: ``urllib3 + pydantic`` / ``aiohttp + pydantic`` are
the raw libraries parsing the same body into plain pydantic models of the same fields (what a
user would write without this SDK), and the "GC paused" rows time the same runs with CPython's
cyclic garbage collector disabled while timing (collected before and after each sample).

Each timing sample runs every client of a section in turn (round-robin), so a burst of load from
elsewhere on the machine hits them alike. A rate is the median round's; a ratio is the median of
the rounds' ratios.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import http.client
import json
import os
import platform
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Awaitable, Callable, Generator
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

PATH = "/v1/projects"
TOKEN = "bench-token"
# The raw baselines send what our client sends, so neither side carries extra bytes.
RAW_HEADERS = {"Authorization": f"Bearer {TOKEN}", "Accept": "application/json"}
# One connection limit for every pooled client, ours included (AiohttpTransport's default is 100;
# httpx keeps only 20 idle connections by default, which would re-connect on every burst).
ASYNC_LIMIT = 100
THREADS = 32  # the sync pool size: Urllib3Transport's default max_connections is 32
IN_FLIGHT = 1000
SERVER_LIFETIME = 900.0  # the server process stops by itself after this many seconds


# --- the server -----------------------------------------------------------------------------------


def project(index: int) -> dict[str, Any]:
    return {
        "id": f"proj_{index:024d}",
        "type": "project",
        "url": f"https://api.prisma.io/v1/projects/proj_{index:024d}",
        "name": f"bench-project-{index}",
        "logicalId": None,
        "createdAt": f"2025-01-{index + 1:02d}T12:34:56.789Z",
        "defaultRegion": "us-east-1",
        "workspace": {
            "id": "wksp_000000000000000000000001",
            "url": "https://api.prisma.io/v1/workspaces/wksp_000000000000000000000001",
            "name": "bench-workspace",
        },
    }


BODY = json.dumps(
    {"data": [project(i) for i in range(20)], "pagination": {"nextCursor": None, "hasMore": False}},
    separators=(",", ":"),
).encode()
OK = (
    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: keep-alive\r\n"
    + b"Content-Length: %d\r\n\r\n" % len(BODY)
    + BODY
)
NOT_FOUND_BODY = b'{"error":{"code":"not-found","message":"no such route"}}'
NOT_FOUND = (
    b"HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nConnection: keep-alive\r\n"
    + b"Content-Length: %d\r\n\r\n" % len(NOT_FOUND_BODY)
    + NOT_FOUND_BODY
)


class _Http(asyncio.Protocol):
    """The least HTTP/1.1 that serves keep-alive GETs: no routing beyond one path, no chunked bodies."""

    def __init__(self) -> None:
        self._buffer = b""
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        buffer = self._buffer + data if self._buffer else data
        out: list[bytes] = []
        while True:
            end = buffer.find(b"\r\n\r\n")
            if end < 0:
                break
            head = buffer[:end]
            length = 0
            lowered = head.lower()
            at = lowered.find(b"\r\ncontent-length:")
            if at >= 0:
                stop = lowered.find(b"\r\n", at + 2)
                length = int(lowered[at + 17 : stop if stop >= 0 else len(lowered)])
            if len(buffer) < end + 4 + length:
                break
            target = head.split(b" ", 2)[1]
            out.append(OK if head.startswith(b"GET ") and target == PATH.encode() else NOT_FOUND)
            buffer = buffer[end + 4 + length :]
        self._buffer = buffer
        if out and self._transport is not None:
            self._transport.write(b"".join(out))


def serve() -> None:
    """Run the server; print its port; stop when stdin closes (the parent is gone) or at the deadline."""

    async def main() -> None:
        loop = asyncio.get_running_loop()
        server = await loop.create_server(_Http, "127.0.0.1", 0, backlog=2048)
        port = server.sockets[0].getsockname()[1]
        print(port, flush=True)
        done: asyncio.Future[None] = loop.create_future()

        def finish() -> None:
            if not done.done():
                done.set_result(None)

        def watch_stdin() -> None:
            sys.stdin.read()
            loop.call_soon_threadsafe(finish)

        threading.Thread(target=watch_stdin, daemon=True).start()
        loop.call_later(SERVER_LIFETIME, finish)
        await done
        server.close()

    asyncio.run(main())


class ServerProcess:
    def __init__(self, prefix: tuple[str, ...] = ()) -> None:
        # prefix: e.g. ("taskset", "-c", "1"), to pin the server to a core of its own.
        self.process = subprocess.Popen(
            [*prefix, sys.executable, __file__, "--serve"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        self.port = int(self.process.stdout.readline())

    def stop(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


# --- clients --------------------------------------------------------------------------------------

SyncCall = Callable[[], Any]
Samples = dict[str, list[float]]  # client -> seconds per request, one figure per round
AsyncCall = Callable[[], Awaitable[Any]]


def sync_clients(port: int) -> tuple[dict[str, SyncCall], list[Callable[[], None]]]:
    """name -> one request that returns the parsed body; and what closes them."""
    import httpx
    import urllib3

    from prisma_management_api import create_management_api_client

    base = f"http://127.0.0.1:{port}"
    ours = create_management_api_client(token=TOKEN, base_url=base)

    def ours_call() -> Any:
        result = ours.GET("/v1/projects")
        assert result.data is not None
        return result.data

    connection = http.client.HTTPConnection("127.0.0.1", port)

    def httpclient_call() -> Any:
        connection.request("GET", PATH, headers=RAW_HEADERS)
        response = connection.getresponse()
        return json.loads(response.read())

    pool = urllib3.PoolManager(maxsize=THREADS)
    url = base + PATH

    def urllib3_call() -> Any:
        return json.loads(pool.request("GET", url, headers=RAW_HEADERS).data)

    decode = plain_page_decoder()

    def urllib3_models_call() -> Any:
        return decode(pool.request("GET", url, headers=RAW_HEADERS).data)

    limits = httpx.Limits(max_connections=THREADS, max_keepalive_connections=THREADS)
    hx = httpx.Client(limits=limits, timeout=httpx.Timeout(60.0, connect=10.0))

    def httpx_call() -> Any:
        return hx.get(url, headers=RAW_HEADERS).json()

    calls = {
        "ours (sync)": ours_call,
        "http.client": httpclient_call,
        "urllib3": urllib3_call,
        "httpx.Client": httpx_call,
        "urllib3 + pydantic": urllib3_models_call,
    }
    return calls, [ours.close, connection.close, pool.clear, hx.close]


def plain_page_decoder() -> Callable[[bytes], Any]:
    """What a user of a raw HTTP library would write to get models: plain pydantic classes of the
    same fields (without this SDK's leniency), validated from the JSON bytes."""
    from pydantic import BaseModel, ConfigDict, Field

    class Plain(BaseModel):
        model_config = ConfigDict(extra="allow", populate_by_name=True)

    class PlainWorkspace(Plain):
        id: str
        url: str
        name: str

    class PlainProject(Plain):
        id: str
        type: Literal["project"]
        url: str
        name: str
        logical_id: str | None = Field(alias="logicalId")
        created_at: datetime = Field(alias="createdAt")
        default_region: str | None = Field(alias="defaultRegion")
        workspace: PlainWorkspace

    class PlainPagination(Plain):
        next_cursor: str | None = Field(alias="nextCursor")
        has_more: bool = Field(alias="hasMore")

    class PlainPage(Plain):
        data: list[PlainProject]
        pagination: PlainPagination

    return PlainPage.model_validate_json


def check_ours_parses(data: Any) -> None:
    """The body is spec-valid: every field must come back typed, nothing left as raw JSON."""
    from prisma_management_api.types import ListProjectsResponse, Project

    assert isinstance(data, ListProjectsResponse), type(data)
    assert len(data.data) == 20 and all(isinstance(p, Project) for p in data.data)
    assert all(isinstance(p.created_at, datetime) for p in data.data)
    assert not data.model_extra and not data.data[0].model_extra


def time_sync_sequential(calls: dict[str, SyncCall], n: int, rounds: int) -> Samples:
    for call in calls.values():  # warm-up: connections open, validators built
        for _ in range(min(200, n)):
            call()
    samples: Samples = {name: [] for name in calls}
    for _ in range(rounds):
        for name, call in calls.items():
            start = time.perf_counter()
            for _ in range(n):
                call()
            samples[name].append((time.perf_counter() - start) / n)
    return samples


@contextlib.contextmanager
def gc_paused(pause: bool) -> Generator[None, None, None]:
    """Diagnostic: keep CPython's cyclic GC out of the timed part (collecting before and after)."""
    if not pause:
        yield
        return
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.collect()


def time_sync_threads(calls: dict[str, SyncCall], n: int, rounds: int, *, pause_gc: bool = False) -> Samples:
    samples: Samples = {name: [] for name in calls}
    with ThreadPoolExecutor(THREADS) as pool:

        def burst(call: SyncCall, count: int) -> None:
            def one(_index: int) -> Any:
                return call()

            for _ in pool.map(one, range(count)):
                pass

        for call in calls.values():
            burst(call, n)  # warm-up: every thread's connection opened
        for _ in range(rounds):
            for name, call in calls.items():
                with gc_paused(pause_gc):
                    start = time.perf_counter()
                    burst(call, n)
                    samples[name].append((time.perf_counter() - start) / n)
    return samples


async def async_clients(port: int) -> tuple[dict[str, AsyncCall], list[Callable[[], Awaitable[None]]]]:
    import aiohttp
    import httpx

    from prisma_management_api import create_async_management_api_client

    base = f"http://127.0.0.1:{port}"
    url = base + PATH
    ours = create_async_management_api_client(token=TOKEN, base_url=base)

    async def ours_call() -> Any:
        result = await ours.GET("/v1/projects")
        assert result.data is not None
        return result.data

    session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=ASYNC_LIMIT))

    async def aiohttp_call() -> Any:
        async with session.get(url, headers=RAW_HEADERS) as response:
            return json.loads(await response.read())

    decode = plain_page_decoder()

    async def aiohttp_models_call() -> Any:
        async with session.get(url, headers=RAW_HEADERS) as response:
            return decode(await response.read())

    limits = httpx.Limits(max_connections=ASYNC_LIMIT, max_keepalive_connections=ASYNC_LIMIT)
    # httpx waits at most 5 s for a pooled connection by default; 1,000 queued requests can wait
    # longer than that, so it gets our client's timeouts (connect 10 s, the rest 60 s).
    hx = httpx.AsyncClient(limits=limits, timeout=httpx.Timeout(60.0, connect=10.0))

    async def httpx_call() -> Any:
        return (await hx.get(url, headers=RAW_HEADERS)).json()

    calls: dict[str, AsyncCall] = {
        "ours (async)": ours_call,
        "aiohttp": aiohttp_call,
        "httpx.AsyncClient": httpx_call,
        "aiohttp + pydantic": aiohttp_models_call,
    }
    return calls, [ours.aclose, session.close, hx.aclose]


async def time_async_sequential(calls: dict[str, AsyncCall], n: int, rounds: int) -> Samples:
    for call in calls.values():
        for _ in range(min(200, n)):
            await call()
    samples: Samples = {name: [] for name in calls}
    for _ in range(rounds):
        for name, call in calls.items():
            start = time.perf_counter()
            for _ in range(n):
                await call()
            samples[name].append((time.perf_counter() - start) / n)
    return samples


async def time_async_gather(
    calls: dict[str, AsyncCall], rounds: int, *, keep: bool, pause_gc: bool = False
) -> Samples:
    """Each sample: IN_FLIGHT requests started at once and gathered.

    ``keep``: each task returns its parsed page, so all 1,000 pages are alive at the end (a fan-out
    that collects); otherwise each task drops its page when done (a fan-out that processes).
    """

    async def dropped(call: AsyncCall) -> None:
        await call()

    def burst(call: AsyncCall) -> Awaitable[list[Any]]:
        return asyncio.gather(*(call() if keep else dropped(call) for _ in range(IN_FLIGHT)))

    for call in calls.values():
        await burst(call)  # warm-up: the pool filled
    samples: Samples = {name: [] for name in calls}
    for _ in range(rounds):
        for name, call in calls.items():
            with gc_paused(pause_gc):
                start = time.perf_counter()
                await burst(call)
                samples[name].append((time.perf_counter() - start) / IN_FLIGHT)
    return samples


# --- import time ----------------------------------------------------------------------------------


def import_times(statements: dict[str, str], runs: int) -> dict[str, float]:
    """statement label -> median wall seconds of ``python -c stmt`` minus that of ``python -c pass``.

    Runs are interleaved so that load from elsewhere hits each statement alike.
    """
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}

    def once(code: str) -> float:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, env=env)
        return time.perf_counter() - start

    codes = {"<bare>": "pass", **statements}
    for code in codes.values():  # warm the OS file cache and write any .pyc
        subprocess.run([sys.executable, "-c", code], check=True)
    samples: dict[str, list[float]] = {label: [] for label in codes}
    for _ in range(runs):
        for label, code in codes.items():
            samples[label].append(once(code))
    bare = statistics.median(samples.pop("<bare>"))
    return {label: statistics.median(values) - bare for label, values in samples.items()}


def importtime_cumulative(module: str, runs: int = 5) -> float:
    """The interpreter's own ``-X importtime`` cumulative figure for ``module``, median, seconds."""
    values: list[float] = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", f"import {module}"],
            check=True,
            capture_output=True,
            text=True,
        )
        for line in done.stderr.splitlines():
            parts = [part.strip() for part in line.split("|")]
            if len(parts) == 3 and parts[2] == module:
                values.append(int(parts[1]) / 1e6)
    return statistics.median(values)


# --- report ---------------------------------------------------------------------------------------


WIDTH = 58


def pick(calls: dict[str, Any], *names: str) -> dict[str, Any]:
    return {name: calls[name] for name in names}


def rate(samples: Samples, name: str) -> float:
    """Requests per second: the median round."""
    return 1 / statistics.median(samples[name])


def ratio(samples: Samples, ours: str, baseline: str) -> float:
    """Our time over the baseline's: the median of the rounds' ratios, each round's two figures
    taken back to back, so that a burst of load elsewhere on the machine cancels out."""
    return statistics.median(o / b for o, b in zip(samples[ours], samples[baseline], strict=True))


def row(name: str, rps: float, versus: str = "") -> str:
    return f"| {name:<{WIDTH}} | {rps:>9,.0f} | {versus:<26} |"


def section(samples: Samples, suffix: str, ours: str, baselines: tuple[str, ...]) -> list[str]:
    lines = [row(f"{name}{suffix}", rate(samples, name)) for name in samples]
    for base in baselines:
        versus = f"{ratio(samples, ours, base):5.2f}x {base}"
        lines.append(row(f"{ours} vs {base}{suffix}", rate(samples, ours), versus))
    return lines


def verdict(label: str, value: float, target: float) -> str:
    return f"{label}: {value:.2f}x (target <= {target}x) -> {'PASS' if value <= target else 'MISS'}"


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--quick", action="store_true", help="fewer requests and runs: a smoke run")
    parser.add_argument("--n", type=int, default=2000, help="sequential requests per sample")
    parser.add_argument("--rounds", type=int, default=7, help="rounds: each client once per round")
    parser.add_argument("--import-runs", type=int, default=15, help="fresh interpreters per import")
    args = parser.parse_args()
    if args.serve:
        serve()
        return
    if args.quick:
        args.n, args.rounds, args.import_runs = 300, 2, 5

    print(
        f"# {platform.python_implementation()} {platform.python_version()} on {platform.machine()}, "
        f"{os.cpu_count()} cores; n={args.n} sequential, {IN_FLIGHT} in flight, {args.rounds} rounds; "
        f"load average before: {os.getloadavg()[0]:.1f}"
    )
    server = ServerProcess()
    try:
        calls, closers = sync_clients(server.port)
        try:
            check_ours_parses(calls["ours (sync)"]())
            seq = time_sync_sequential(
                pick(calls, "ours (sync)", "http.client", "urllib3", "httpx.Client"), args.n, args.rounds
            )
            pooled = pick(calls, "ours (sync)", "urllib3", "httpx.Client", "urllib3 + pydantic")
            threaded = time_sync_threads(pooled, IN_FLIGHT, args.rounds)
            pair = pick(calls, "ours (sync)", "urllib3")
            threaded_no_gc = time_sync_threads(pair, IN_FLIGHT, args.rounds, pause_gc=True)
        finally:
            for close in closers:
                close()

        async def run_async() -> tuple[Samples, ...]:
            acalls, aclosers = await async_clients(server.port)
            try:
                check_ours_parses(await acalls["ours (async)"]())
                three = pick(acalls, "ours (async)", "aiohttp", "httpx.AsyncClient")
                aseq = await time_async_sequential(three, args.n, args.rounds)
                kept = await time_async_gather(acalls, args.rounds, keep=True)
                dropped = await time_async_gather(acalls, args.rounds, keep=False)
                pair = pick(acalls, "ours (async)", "aiohttp")
                kept_no_gc = await time_async_gather(pair, args.rounds, keep=True, pause_gc=True)
            finally:
                for aclose in aclosers:
                    await aclose()
            return aseq, kept, dropped, kept_no_gc

        aseq, kept, dropped, kept_no_gc = asyncio.run(run_async())
    finally:
        server.stop()

    header = f"| {'client':<{WIDTH}} | {'req/s':>9} | {'ours / baseline (time)':<26} |"
    rule = f"|{'-' * (WIDTH + 2)}|{'-' * 10}:|{'-' * 28}|"
    lines = ["", "## Sequential (one connection, keep-alive)", "", header, rule]
    lines += section(seq, "", "ours (sync)", ("urllib3", "http.client", "httpx.Client"))
    lines += section(aseq, "", "ours (async)", ("aiohttp", "httpx.AsyncClient"))
    lines += ["", f"## Concurrent ({IN_FLIGHT} requests at once)", "", header, rule]
    lines += section(
        threaded, f", {THREADS} threads", "ours (sync)", ("urllib3", "httpx.Client", "urllib3 + pydantic")
    )
    lines += section(
        kept, ", gather, pages kept", "ours (async)", ("aiohttp", "httpx.AsyncClient", "aiohttp + pydantic")
    )
    lines += section(
        dropped,
        ", gather, pages dropped",
        "ours (async)",
        ("aiohttp", "httpx.AsyncClient", "aiohttp + pydantic"),
    )
    lines += ["", "## Diagnostic: the same with CPython's cyclic GC paused while timing", "", header, rule]
    lines += section(threaded_no_gc, f", {THREADS} threads, no GC", "ours (sync)", ("urllib3",))
    lines += section(kept_no_gc, ", gather, pages kept, no GC", "ours (async)", ("aiohttp",))

    statements = {
        "import prisma_management_api": "import prisma_management_api",
        "import httpx": "import httpx",
        "from ... import create_management_api_client": (
            "from prisma_management_api import create_management_api_client"
        ),
        "import urllib3": "import urllib3",
        "import aiohttp": "import aiohttp",
        "import prisma_management_api.types": "import prisma_management_api.types",
    }
    imports = import_times(statements, args.import_runs)
    lines += [
        "",
        f"## Import (fresh interpreter, median of {args.import_runs}, minus bare start-up)",
        "",
        f"| {'statement':<{WIDTH}} | {'ms':>9} | {'-X importtime ms':<26} |",
        rule,
    ]
    for label, seconds in imports.items():
        module = statements[label].split()[-1] if statements[label].startswith("import ") else None
        extra = f"{importtime_cumulative(module) * 1000:.1f}" if module else ""
        lines.append(f"| {label:<{WIDTH}} | {seconds * 1000:>9.1f} | {extra:<26} |")

    verdicts = [
        verdict("sync, sequential, vs raw urllib3", ratio(seq, "ours (sync)", "urllib3"), 1.3),
        verdict(f"sync, {THREADS} threads, vs raw urllib3", ratio(threaded, "ours (sync)", "urllib3"), 1.3),
        verdict(
            f"async, {IN_FLIGHT} in flight, pages kept, vs raw aiohttp",
            ratio(kept, "ours (async)", "aiohttp"),
            1.3,
        ),
        verdict(
            f"async, {IN_FLIGHT} in flight, pages dropped, vs raw aiohttp",
            ratio(dropped, "ours (async)", "aiohttp"),
            1.3,
        ),
        verdict(
            "import prisma_management_api vs import httpx",
            imports["import prisma_management_api"] / imports["import httpx"],
            1.2,
        ),
    ]
    print("\n".join(lines))
    print(f"\n(load average after: {os.getloadavg()[0]:.1f})")
    print("\n## Verdicts\n")
    for line in verdicts:
        print(f"- {line}")


if __name__ == "__main__":
    main()
