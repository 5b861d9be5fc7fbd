"""Throughput of candidate HTTP server stacks for the fake Prisma platform.

Every candidate answers ``GET /v1/ping`` with a small JSON body.  Each one is
measured with the server on a background thread of the client's own process
("inproc": the GIL is shared with the client, which is how tests use the fake)
and in a separate process ("subproc": how ``python -m ... testing serve`` is
used), with three clients:

* ``urllib3-seq``: one urllib3 ``PoolManager`` connection, keep-alive,
  requests one after another;
* ``urllib3-4thr``: four threads sharing a ``PoolManager`` (4 connections);
* ``aiohttp-c16``: an aiohttp ``ClientSession`` with 16 concurrent requests.

Usage::

    .venv/bin/python bench/fake_server_rps.py                    # everything
    .venv/bin/python bench/fake_server_rps.py --candidates engine --duration 3
    .venv/bin/python bench/fake_server_rps.py --serve engine     # server only

Candidates whose third-party module is missing (``httptools``) are skipped.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import http.client
import json
import os
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Awaitable, Callable, Generator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import urllib3

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

BODY = json.dumps({"data": {"id": "prj_1", "name": "ping"}}).encode()
PATH = "/v1/ping"

# A started server: its port and a function that stops it.
Started = tuple[int, Callable[[], None]]


# --------------------------------------------------------------------------
# Candidate servers.  Each ``start_*`` starts the server on a daemon thread
# and returns once it is listening.


def _loop_thread(
    setup: Callable[[asyncio.AbstractEventLoop], Awaitable[asyncio.Server]],
) -> Started:
    """Run an asyncio server made by ``setup`` on a fresh loop in a thread."""
    loop = asyncio.new_event_loop()
    ready: list[asyncio.Server] = []
    started = threading.Event()

    def run() -> None:
        asyncio.set_event_loop(loop)
        ready.append(loop.run_until_complete(setup(loop)))
        started.set()
        loop.run_forever()

    threading.Thread(target=run, daemon=True).start()
    started.wait()
    server = ready[0]
    port: int = server.sockets[0].getsockname()[1]

    async def shutdown() -> None:
        server.close()
        tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    def stop() -> None:
        asyncio.run_coroutine_threadsafe(shutdown(), loop).result(5)
        loop.call_soon_threadsafe(loop.stop)

    return port, stop


def start_stdlib() -> Started:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body go out in two writes: without TCP_NODELAY, Nagle
        # plus delayed ACKs cap this server at ~25 requests/second.
        disable_nagle_algorithm = True

        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(BODY)))
            self.end_headers()
            self.wfile.write(BODY)

        def log_message(self, format: str, *args: object) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server.server_address[1], server.shutdown


def start_aiohttp_lowlevel() -> Started:
    from aiohttp import web

    async def handler(request: web.BaseRequest) -> web.StreamResponse:
        return web.Response(body=BODY, content_type="application/json")

    async def setup(loop: asyncio.AbstractEventLoop) -> asyncio.Server:
        server = web.Server(handler, access_log=None)
        return await loop.create_server(server, "127.0.0.1", 0)

    return _loop_thread(setup)


def start_aiohttp_web() -> Started:
    from aiohttp import web

    async def handler(request: web.Request) -> web.StreamResponse:
        return web.Response(body=BODY, content_type="application/json")

    app = web.Application()
    app.router.add_get(PATH, handler)

    async def setup(loop: asyncio.AbstractEventLoop) -> asyncio.Server:
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        assert runner.server is not None
        return await loop.create_server(runner.server, "127.0.0.1", 0)

    return _loop_thread(setup)


_RESPONSE = (
    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
    b"Content-Length: " + str(len(BODY)).encode() + b"\r\n\r\n" + BODY
)


def start_httptools() -> Started:
    import httptools  # type: ignore[import-not-found, unused-ignore]

    class Proto(asyncio.Protocol):
        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            assert isinstance(transport, asyncio.Transport)
            self.transport = transport
            self.parser = httptools.HttpRequestParser(self)

        def data_received(self, data: bytes) -> None:
            try:
                self.parser.feed_data(data)
            except httptools.HttpParserError:
                self.transport.close()

        def on_message_complete(self) -> None:
            self.transport.write(_RESPONSE)

    async def setup(loop: asyncio.AbstractEventLoop) -> asyncio.Server:
        return await loop.create_server(Proto, "127.0.0.1", 0)

    return _loop_thread(setup)


def start_h11() -> Started:
    import h11

    class Proto(asyncio.Protocol):
        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            assert isinstance(transport, asyncio.Transport)
            self.transport = transport
            self.conn = h11.Connection(h11.SERVER)

        def data_received(self, data: bytes) -> None:
            self.conn.receive_data(data)
            while True:
                event = self.conn.next_event()
                if event is h11.NEED_DATA or event is h11.PAUSED:
                    break
                if isinstance(event, h11.EndOfMessage):
                    self._respond()

        def _respond(self) -> None:
            headers = [
                ("Content-Type", "application/json"),
                ("Content-Length", str(len(BODY))),
            ]
            out = self.conn.send(h11.Response(status_code=200, headers=headers))
            out += self.conn.send(h11.Data(data=BODY)) or b""
            out += self.conn.send(h11.EndOfMessage()) or b""
            self.transport.write(out or b"")
            self.conn.start_next_cycle()

    async def setup(loop: asyncio.AbstractEventLoop) -> asyncio.Server:
        return await loop.create_server(Proto, "127.0.0.1", 0)

    return _loop_thread(setup)


def start_engine() -> Started:
    """The engine the fake actually runs on, with a route and fault hooks."""
    from prisma_management_api.testing._engine import (
        App,
        FakeRequest,
        FakeResponse,
        ServerThread,
    )
    from prisma_management_api.testing._faults import Faults

    app = App("api", hook=Faults())

    def ping(request: FakeRequest) -> FakeResponse:
        return FakeResponse(200, {"Content-Type": "application/json"}, BODY)

    app.add_route("GET", PATH, ping)
    server = ServerThread([app])
    server.start()
    return server.port("api"), server.close


CANDIDATES: dict[str, Callable[[], Started]] = {
    "stdlib": start_stdlib,
    "aiohttp-lowlevel": start_aiohttp_lowlevel,
    "aiohttp-web": start_aiohttp_web,
    "httptools": start_httptools,
    "h11": start_h11,
    "engine": start_engine,
}


# --------------------------------------------------------------------------
# Clients.  Each runs for ``duration`` seconds and returns requests/second.


def client_urllib3_seq(port: int, duration: float) -> float:
    pool = urllib3.HTTPConnectionPool("127.0.0.1", port, maxsize=1)
    url = PATH
    count = 0
    deadline = time.perf_counter() + duration
    start = time.perf_counter()
    while time.perf_counter() < deadline:
        response = pool.request("GET", url)
        assert response.status == 200
        count += 1
    return count / (time.perf_counter() - start)


def client_urllib3_threads(port: int, duration: float, threads: int = 4) -> float:
    pool = urllib3.HTTPConnectionPool("127.0.0.1", port, maxsize=threads)
    counts = [0] * threads
    deadline = time.perf_counter() + duration

    def worker(index: int) -> None:
        while time.perf_counter() < deadline:
            response = pool.request("GET", PATH)
            assert response.status == 200
            counts[index] += 1

    start = time.perf_counter()
    workers = [threading.Thread(target=worker, args=(i,)) for i in range(threads)]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join()
    return sum(counts) / (time.perf_counter() - start)


def client_aiohttp(port: int, duration: float, concurrency: int = 16) -> float:
    import aiohttp

    async def run() -> float:
        url = f"http://127.0.0.1:{port}{PATH}"
        count = 0
        connector = aiohttp.TCPConnector(limit=concurrency)
        async with aiohttp.ClientSession(connector=connector) as session:
            deadline = time.perf_counter() + duration

            async def worker() -> None:
                nonlocal count
                while time.perf_counter() < deadline:
                    async with session.get(url) as response:
                        await response.read()
                        assert response.status == 200
                    count += 1

            start = time.perf_counter()
            await asyncio.gather(*(worker() for _ in range(concurrency)))
            return count / (time.perf_counter() - start)

    return asyncio.run(run())


def client_httpclient_seq(port: int, duration: float) -> float:
    connection = http.client.HTTPConnection("127.0.0.1", port)
    count = 0
    deadline = time.perf_counter() + duration
    start = time.perf_counter()
    while time.perf_counter() < deadline:
        connection.request("GET", PATH)
        response = connection.getresponse()
        response.read()
        assert response.status == 200
        count += 1
    connection.close()
    return count / (time.perf_counter() - start)


_RAW_REQUEST = f"GET {PATH} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode()


def client_raw(port: int, duration: float, connections: int = 8) -> float:
    """Keep-alive connections written with bare asyncio streams.

    The client does almost nothing per request, so this figure is close to
    the server's own capacity, where urllib3's ~300 us of client CPU per
    request caps the other figures.
    """

    async def run() -> float:
        count = 0
        deadline = time.perf_counter() + duration

        async def worker() -> None:
            nonlocal count
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            while time.perf_counter() < deadline:
                writer.write(_RAW_REQUEST)
                head = await reader.readuntil(b"\r\n\r\n")
                length = int(head.lower().split(b"content-length:")[1].split(b"\r\n")[0])
                await reader.readexactly(length)
                count += 1
            writer.close()

        start = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(connections)))
        return count / (time.perf_counter() - start)

    return asyncio.run(run())


CLIENTS: dict[str, Callable[[int, float], float]] = {
    "raw-c8": client_raw,
    "httpclient-seq": client_httpclient_seq,
    "urllib3-seq": client_urllib3_seq,
    "urllib3-4thr": client_urllib3_threads,
    "aiohttp-c16": client_aiohttp,
}


# --------------------------------------------------------------------------
# Driver.


@dataclass
class Running:
    port: int
    pid: int | None = None  # set when the server has a process of its own


@contextlib.contextmanager
def inproc(candidate: str) -> Generator[Running, None, None]:
    port, stop = CANDIDATES[candidate]()
    try:
        yield Running(port)
    finally:
        stop()


@contextlib.contextmanager
def subproc(candidate: str) -> Generator[Running, None, None]:
    process = subprocess.Popen(
        [sys.executable, __file__, "--serve", candidate],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        yield Running(int(process.stdout.readline()), process.pid)
    finally:
        process.terminate()
        process.wait()


def cpu_seconds(pid: int | None) -> float | None:
    """User+system CPU time of a process (Linux /proc only)."""
    if pid is None:
        return None
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def available(candidate: str) -> bool:
    module = {"httptools": "httptools", "h11": "h11"}.get(candidate)
    if module is None:
        return True
    try:
        __import__(module)
    except ImportError:
        return False
    return True


def serve(candidate: str) -> None:
    port, _stop = CANDIDATES[candidate]()
    print(port, flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        threading.Event().wait()


@dataclass
class Figure:
    rate: float  # requests/second
    server_us: float | None  # server CPU per request (server in its own process only)
    client_us: float | None  # client CPU per request (idem: else it includes the server)


def measure(candidate: str, mode: str, client: str, duration: float, repeat: int) -> Figure:
    """Medians of ``repeat`` runs, each against a freshly started server."""
    modes = {"inproc": inproc, "subproc": subproc}
    rates: list[float] = []
    server_costs: list[float] = []
    client_costs: list[float] = []
    for _ in range(repeat):
        with modes[mode](candidate) as server:
            client_urllib3_seq(server.port, 0.2)  # warm up: imports, first connection
            server_before, client_before = cpu_seconds(server.pid), time.process_time()
            started = time.perf_counter()
            rate = CLIENTS[client](server.port, duration)
            requests = rate * (time.perf_counter() - started)
            server_after, client_after = cpu_seconds(server.pid), time.process_time()
            rates.append(rate)
            if server_before is not None and server_after is not None and requests:
                server_costs.append((server_after - server_before) / requests * 1e6)
                client_costs.append((client_after - client_before) / requests * 1e6)
    return Figure(
        statistics.median(rates),
        statistics.median(server_costs) if server_costs else None,
        statistics.median(client_costs) if client_costs else None,
    )


def table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(header, widths, strict=True)) + " |"]
    lines.append("|" + "|".join("-" * (w + 1) + (":" if i >= 2 else "-") for i, w in enumerate(widths)) + "|")
    lines += [
        "| "
        + " | ".join(
            c.rjust(w) if i >= 2 else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True))
        )
        + " |"
        for r in rows
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--candidates", default=",".join(CANDIDATES))
    parser.add_argument("--clients", default=",".join(CLIENTS))
    parser.add_argument("--modes", default="inproc,subproc")
    parser.add_argument("--duration", type=float, default=2.0, help="seconds per run")
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure (median)")
    parser.add_argument("--serve", help="run one candidate server until killed")
    args = parser.parse_args()
    if args.serve:
        serve(args.serve)
        return
    clients = args.clients.split(",")
    load_before = os.getloadavg()[0]
    rates: list[list[str]] = []
    costs: list[list[str]] = []
    for candidate in args.candidates.split(","):
        if not available(candidate):
            print(f"{candidate}: skipped, module not installed", file=sys.stderr)
            continue
        for mode in args.modes.split(","):
            figures = [measure(candidate, mode, c, args.duration, args.repeat) for c in clients]
            rates.append([candidate, mode, *(f"{f.rate:,.0f}" for f in figures)])
            if mode == "subproc":
                costs.append([candidate, mode, *(f"{f.server_us:.0f} / {f.client_us:.0f}" for f in figures)])
            print(" ".join(rates[-1]), file=sys.stderr, flush=True)  # progress
    print(
        f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, "
        f"medians of {args.repeat} runs of {args.duration:g} s; "
        f"1-minute load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after"
    )
    print("\nRequests/second:\n")
    print(table(["candidate", "mode", *clients], rates))
    if costs:
        print("\nCPU microseconds per request, server / client (server in its own process):\n")
        print(table(["candidate", "mode", *clients], costs))


if __name__ == "__main__":
    main()
