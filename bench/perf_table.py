"""The SDK's performance in six figures (issue 11), as CPU and wall ratios, in one command::

    .venv/bin/python bench/perf_table.py             # about 5 minutes on 2 busy cores
    .venv/bin/python bench/perf_table.py --quick     # fewer rounds: a smoke run
    .venv/bin/python bench/perf_table.py --src DIR   # measure another checkout's src/ (a "before")
    .venv/bin/python bench/perf_table.py --rows first,seq   # only some rows (first, async, sync)

Every row compares our client with a baseline measured in the same run, alternately: each round
runs ours then the baseline back to back, a ratio is ours / baseline in that round, and the row
shows the median of the rounds' ratios (so that a burst of load elsewhere on the machine hits
both sides of a pair alike). CPU is the client's own CPU time (user + system, all its threads);
wall is elapsed time. The server (``client_overhead.py``'s raw asyncio protocol, 20 projects,
7.8 kB) runs in a process of its own; where ``taskset`` exists the server is pinned to one core
and the client (this process and every client process it starts) to another.

Rows:

1. time to first response: a fresh ``python -c`` (import, client, one typed GET) vs the TypeScript
   SDK in a fresh ``node -e`` (the same GET), whole processes;
2. the same ``python -c`` vs a ``python -c`` of raw urllib3 + ``json.loads``;
3. async, 1,000 requests in flight (``asyncio.gather``), every page kept alive, vs raw aiohttp +
   ``json.loads``;
4. sync, 1,000 requests over 32 threads, vs raw urllib3 (``PoolManager(maxsize=32)``) + ``json.loads``;
5. sync, sequential typed calls, vs raw urllib3 + ``json.loads``;
6. sync, sequential typed calls, vs the TypeScript SDK in a node process, sequential.

The TypeScript rows need ``node`` and ``npm``: the bench installs ``@prisma/management-api-sdk``
into a scratch folder (reused by later runs) and skips those rows with a note when it cannot.
"""

from __future__ import annotations

import argparse
import asyncio
import compileall
import gc
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

PATH = "/v1/projects"
TOKEN = "bench-token"
RAW_HEADERS = {"Authorization": f"Bearer {TOKEN}", "Accept": "application/json"}
THREADS = 32
IN_FLIGHT = 1000
NPM_PACKAGE = "@prisma/management-api-sdk"
NPM_DIR = Path(tempfile.gettempdir()) / "prisma-management-api-bench-npm"
ROW_GROUPS = ("first", "async", "sync")  # --rows: which rows to run


@dataclass(frozen=True)
class Cost:
    cpu: float
    wall: float


@dataclass
class Row:
    label: str
    target: float
    ours: list[Cost]
    base: list[Cost]
    unit: str  # what one Cost is: "process", "1,000 requests", ...
    note: str = ""

    def ratio(self, kind: str) -> float:
        return statistics.median(
            getattr(o, kind) / getattr(b, kind) for o, b in zip(self.ours, self.base, strict=True)
        )

    def median(self, side: list[Cost], kind: str) -> float:
        return statistics.median(getattr(c, kind) for c in side)


# --- measuring ------------------------------------------------------------------------------------


def measured(run: Callable[[], Any]) -> Cost:
    gc.collect()  # garbage of the previous sample is not this sample's cost
    cpu, wall = time.process_time(), time.perf_counter()
    run()
    return Cost(time.process_time() - cpu, time.perf_counter() - wall)


async def measured_async(run: Callable[[], Awaitable[Any]]) -> Cost:
    gc.collect()
    cpu, wall = time.process_time(), time.perf_counter()
    await run()
    return Cost(time.process_time() - cpu, time.perf_counter() - wall)


def child_cost(command: list[str], env: dict[str, str], cwd: Path | None = None) -> Cost:
    """CPU and wall time of a whole child process (its rusage, read when it is reaped)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - wall
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise RuntimeError(f"{command[0]} failed ({done.returncode}):\n{done.stdout}{done.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Cost(cpu, wall)


def alternate(
    rounds: int, ours: Callable[[], Cost], base: Callable[[], Cost]
) -> tuple[list[Cost], list[Cost]]:
    mine: list[Cost] = []
    theirs: list[Cost] = []
    for index in range(rounds):
        # Alternate who goes first, so that neither side always follows the other's garbage.
        if index % 2 == 0:
            mine.append(ours())
            theirs.append(base())
        else:
            theirs.append(base())
            mine.append(ours())
    return mine, theirs


# --- the TypeScript SDK ---------------------------------------------------------------------------

NODE_FIRST = """
const { createManagementApiClient } = require("@prisma/management-api-sdk");
const [baseUrl, token] = process.argv.slice(1);
createManagementApiClient({ token, baseUrl }).GET("/v1/projects").then(({ data }) => {
  if (!data || data.data.length !== 20) { process.exit(1); }
});
"""

NODE_SEQUENTIAL = """
const { createManagementApiClient } = require("@prisma/management-api-sdk");
const [baseUrl, token, n, warm] = process.argv.slice(1);
(async () => {
  const client = createManagementApiClient({ token, baseUrl });
  const once = async () => {
    const { data } = await client.GET("/v1/projects");
    if (!data || data.data.length !== 20) { throw new Error("bad answer"); }
  };
  for (let i = 0; i < Number(warm); i++) { await once(); }
  const cpu = process.cpuUsage();
  const wall = process.hrtime.bigint();
  for (let i = 0; i < Number(n); i++) { await once(); }
  const used = process.cpuUsage(cpu);
  const elapsed = Number(process.hrtime.bigint() - wall) / 1e9;
  console.log(JSON.stringify({ cpu: (used.user + used.system) / 1e6, wall: elapsed }));
})();
"""


def typescript_sdk() -> tuple[Path | None, str]:
    """(folder whose node_modules has the TypeScript SDK, its version) or (None, why not)."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        return None, "node and npm are not on PATH"
    package = NPM_DIR / "node_modules" / "@prisma" / "management-api-sdk" / "package.json"
    if not package.exists():
        NPM_DIR.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(
            ["npm", "install", "--no-audit", "--no-fund", "--silent", NPM_PACKAGE],
            cwd=NPM_DIR,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        if done.returncode != 0 or not package.exists():
            return None, f"npm install {NPM_PACKAGE} failed: {(done.stderr or done.stdout).strip()[:200]}"
    return NPM_DIR, json.loads(package.read_text())["version"]


# --- rows -----------------------------------------------------------------------------------------


def first_response_code(base_url: str) -> str:
    """The first-response process: import, make a client, one typed GET of the 20-project page."""
    return (
        "import prisma_management_api as sdk\n"
        f"client = sdk.create_management_api_client(token={TOKEN!r}, base_url={base_url!r})\n"
        "result = client.GET('/v1/projects')\n"
        "assert type(result.data).__name__ == 'ListProjectsResponse' and len(result.data.data) == 20\n"
    )


def first_response_env(src: Path) -> dict[str, str]:
    """The environment of a first-response process importing the package from ``src``: bytecode
    as pip leaves it (compiled once, not at every start)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(src)
    return env


def first_response_rows(
    base_url: str, src: Path, rounds: int, node_dir: Path | None
) -> tuple[Row | None, Row]:
    env = first_response_env(src)
    ours_code = first_response_code(base_url)
    raw_code = (
        "import json, urllib3\n"
        f"body = json.loads(urllib3.PoolManager().request('GET', {base_url + PATH!r}, headers={RAW_HEADERS!r}).data)\n"
        "assert len(body['data']) == 20\n"
    )

    def ours() -> Cost:
        return child_cost([sys.executable, "-c", ours_code], env)

    def raw() -> Cost:
        return child_cost([sys.executable, "-c", raw_code], env)

    def node() -> Cost:
        assert node_dir is not None
        return child_cost(["node", "-e", NODE_FIRST, base_url, TOKEN], dict(os.environ), cwd=node_dir)

    for warm in (ours, raw, *((node,) if node_dir else ())):  # OS file cache, .pyc files
        warm()
    versus_raw = Row(
        "first response (python -c: import + client + GET) vs raw urllib3 + json.loads",
        2.0,
        *alternate(rounds, ours, raw),
        "process",
    )
    versus_ts: Row | None = None
    if node_dir is not None:
        versus_ts = Row(
            "first response (python -c) vs the TypeScript SDK (node -e, same GET)",
            1.0,
            *alternate(rounds, ours, node),
            "process",
        )
    return versus_ts, versus_raw


def sync_rows(base_url: str, rounds: int, n: int, node_dir: Path | None) -> tuple[Row, Row, Row | None]:
    import urllib3
    from client_overhead import check_ours_parses

    from prisma_management_api import create_management_api_client

    client = create_management_api_client(token=TOKEN, base_url=base_url)
    pool = urllib3.PoolManager(maxsize=THREADS)
    url = base_url + PATH

    def ours_call() -> Any:
        return client.GET("/v1/projects").data

    def raw_call() -> Any:
        return json.loads(pool.request("GET", url, headers=RAW_HEADERS).data)

    check_ours_parses(ours_call())
    for _ in range(200):
        ours_call()
        raw_call()

    def sequential(call: Callable[[], Any]) -> Callable[[], Cost]:
        def run() -> None:
            for _ in range(n):
                call()

        return lambda: measured(run)

    seq = Row(
        "sync, sequential typed call vs raw urllib3 + json.loads",
        1.1,
        *alternate(rounds, sequential(ours_call), sequential(raw_call)),
        f"{n:,} requests",
    )

    versus_ts: Row | None = None
    if node_dir is not None:

        def node() -> Cost:
            done = subprocess.run(
                ["node", "-e", NODE_SEQUENTIAL, base_url, TOKEN, str(n), "200"],
                cwd=node_dir,
                capture_output=True,
                text=True,
                check=True,
            )
            figures = json.loads(done.stdout)
            return Cost(figures["cpu"], figures["wall"])

        versus_ts = Row(
            "sync, sequential vs the TypeScript SDK (node, sequential)",
            0.7,
            *alternate(rounds, sequential(ours_call), node),
            f"{n:,} requests",
        )

    with ThreadPoolExecutor(THREADS) as executor:

        def threaded(call: Callable[[], Any]) -> Callable[[], Cost]:
            def run() -> None:
                for _ in executor.map(lambda _i: call(), range(IN_FLIGHT)):
                    pass

            run()  # every thread's connection opened
            return lambda: measured(run)

        threads = Row(
            f"sync, {THREADS} threads vs raw urllib3 + json.loads",
            1.3,
            *alternate(rounds, threaded(ours_call), threaded(raw_call)),
            f"{IN_FLIGHT:,} requests",
        )
    client.close()
    pool.clear()
    return seq, threads, versus_ts


def async_row(base_url: str, rounds: int) -> Row:
    async def main() -> Row:
        import aiohttp
        from client_overhead import check_ours_parses

        from prisma_management_api import create_async_management_api_client

        client = create_async_management_api_client(token=TOKEN, base_url=base_url)
        session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=100))
        url = base_url + PATH

        async def ours_call() -> Any:
            return (await client.GET("/v1/projects")).data

        async def raw_call() -> Any:
            async with session.get(url, headers=RAW_HEADERS) as response:
                return json.loads(await response.read())

        check_ours_parses(await ours_call())
        kept: list[Any] = []

        def burst(call: Callable[[], Awaitable[Any]]) -> Callable[[], Awaitable[None]]:
            async def run() -> None:
                # Every page stays alive until the burst is over: a fan-out that collects.
                kept[:] = await asyncio.gather(*(call() for _ in range(IN_FLIGHT)))

            return run

        samples: dict[str, list[Cost]] = {"ours": [], "base": []}
        for call in (ours_call, raw_call):
            await burst(call)()  # the pool filled, validators built
            kept.clear()
        for index in range(rounds):
            order = [("ours", ours_call), ("base", raw_call)]
            for side, call in order if index % 2 == 0 else order[::-1]:
                samples[side].append(await measured_async(burst(call)))
                kept.clear()
        await client.aclose()
        await session.close()
        return Row(
            f"async, {IN_FLIGHT:,} in flight, all pages kept, vs raw aiohttp + json.loads",
            1.3,
            samples["ours"],
            samples["base"],
            f"{IN_FLIGHT:,} requests",
        )

    return asyncio.run(main())


# --- report ---------------------------------------------------------------------------------------


def pin() -> tuple[tuple[str, ...], str]:
    """(prefix that pins the server to its core, a note); this process is pinned to another core."""
    if shutil.which("taskset") is None or not hasattr(os, "sched_setaffinity"):
        return (), "not pinned (no taskset)"
    cores = sorted(os.sched_getaffinity(0))
    if len(cores) < 2:
        return (), "not pinned (one core)"
    os.sched_setaffinity(0, {cores[0]})  # inherited by every client process started from here
    return ("taskset", "-c", str(cores[1])), f"client on core {cores[0]}, server on core {cores[1]}"


def report(rows: list[Row], skipped: str) -> str:
    head = (
        "| case | CPU ratio | wall ratio | target | ours CPU / wall | baseline CPU / wall | per |\n"
        "|---|---:|---:|---:|---:|---:|---|\n"
    )
    lines = []
    for row in rows:
        cpu, wall = row.ratio("cpu"), row.ratio("wall")
        verdict = "PASS" if cpu <= row.target else "MISS"
        ours = f"{row.median(row.ours, 'cpu') * 1000:.0f} / {row.median(row.ours, 'wall') * 1000:.0f} ms"
        base = f"{row.median(row.base, 'cpu') * 1000:.0f} / {row.median(row.base, 'wall') * 1000:.0f} ms"
        lines.append(
            f"| {row.label} | {cpu:.2f}x | {wall:.2f}x | <= {row.target}x ({verdict}) | {ours} | {base} | {row.unit} |"
        )
    text = head + "\n".join(lines)
    if skipped:
        text += f"\n\nTypeScript SDK rows skipped: {skipped}."
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--src", type=Path, default=ROOT / "src", help="the package source to measure")
    parser.add_argument("--quick", action="store_true", help="fewer rounds and requests: a smoke run")
    parser.add_argument("--rounds", type=int, default=9, help="alternating rounds of the in-process rows")
    parser.add_argument("--first-rounds", type=int, default=15, help="alternating pairs of fresh processes")
    parser.add_argument("--n", type=int, default=1000, help="requests per sequential sample")
    parser.add_argument(
        "--rows",
        default=",".join(ROW_GROUPS),
        help="comma-separated groups of rows to run: first (rows 1-2), async (row 3), sync (rows 4-6)",
    )
    args = parser.parse_args()
    groups = set(args.rows.split(","))
    if unknown := groups - set(ROW_GROUPS):
        parser.error(f"unknown rows {sorted(unknown)}; choose among {', '.join(ROW_GROUPS)}")
    if args.quick:
        args.rounds, args.first_rounds, args.n = 3, 5, 200
    src = args.src.resolve()
    # An installed package has its bytecode compiled (pip does it); a checkout may not have it
    # (PYTHONDONTWRITEBYTECODE), and compiling on every start would be measured as import time.
    compileall.compile_dir(src, quiet=1)
    sys.path.insert(0, str(src))
    import prisma_management_api

    assert Path(prisma_management_api.__file__).is_relative_to(src), prisma_management_api.__file__

    from client_overhead import ServerProcess

    prefix, pinning = pin()
    node_dir, node_note = typescript_sdk()
    print(
        f"# {platform.python_implementation()} {platform.python_version()}, {os.cpu_count()} cores, "
        f"{pinning}; package from {src}; TypeScript SDK: "
        f"{node_note if node_dir is None else NPM_PACKAGE + ' ' + node_note}; "
        f"{args.rounds} rounds ({args.first_rounds} for first response), {args.n:,} sequential requests; "
        f"load average before: {os.getloadavg()[0]:.1f}",
        flush=True,
    )
    server = ServerProcess(prefix)
    try:
        base_url = f"http://127.0.0.1:{server.port}"
        first_ts: Row | None = None
        first_raw: Row | None = None
        asynchronous: Row | None = None
        seq: Row | None = None
        threads: Row | None = None
        seq_ts: Row | None = None
        if "first" in groups:
            first_ts, first_raw = first_response_rows(base_url, src, args.first_rounds, node_dir)
        if "async" in groups:
            asynchronous = async_row(base_url, args.rounds)
        if "sync" in groups:
            seq, threads, seq_ts = sync_rows(base_url, args.rounds, args.n, node_dir)
    finally:
        server.stop()
    rows = [r for r in (first_ts, first_raw, asynchronous, threads, seq, seq_ts) if r is not None]
    print(report(rows, "" if node_dir is not None else node_note))
    print(f"\n(load average after: {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
