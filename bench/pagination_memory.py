"""Memory of iterating a long paginated list: the pager must hold about one page, not all of them.

A local server (a subprocess, so that its allocations are not traced) serves 100,000 projects in
1,000 pages of 100. The client iterates ``client.projects.list(limit=100)`` to the end, sync and
async, under ``tracemalloc``; the peak is compared with the memory one page takes when held.

Usage::

    .venv/bin/python bench/pagination_memory.py [--items 100000] [--page-size 100]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from prisma_management_api import (  # noqa: E402
    create_async_management_api_client,
    create_management_api_client,
)


def _project(n: int) -> dict[str, object]:
    return {
        "id": f"proj_{n:024d}",
        "type": "project",
        "url": f"https://api.prisma.io/v1/projects/proj_{n:024d}",
        "name": f"project number {n}",
        "logicalId": None,
        "createdAt": "2025-01-02T03:04:05Z",
        "defaultRegion": "eu-west-3",
        "workspace": {"id": "wksp_1", "url": "https://api.prisma.io/v1/workspaces/wksp_1", "name": "Bench"},
    }


def serve(items: int) -> None:
    """Answer GET /v1/projects?cursor=&limit= with pages made on the fly; print the port."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body go out as two writes: no 40 ms stalls

        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            query = parse_qs(urlsplit(self.path).query)
            start = int(query.get("cursor", ["0"])[0])
            limit = int(float(query.get("limit", ["100"])[0]))
            end = min(start + limit, items)
            more = end < items
            body = json.dumps(
                {
                    "data": [_project(n) for n in range(start, end)],
                    "pagination": {"nextCursor": str(end) if more else None, "hasMore": more},
                }
            ).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print(server.server_address[1], flush=True)
    server.serve_forever()


def _start() -> tuple[int, float]:
    tracemalloc.reset_peak()
    return tracemalloc.get_traced_memory()[0], time.perf_counter()


def _stop(count: int, started: tuple[int, float]) -> tuple[int, int, float]:
    baseline, began = started
    return count, tracemalloc.get_traced_memory()[1] - baseline, time.perf_counter() - began


def _measure(run: Callable[[], int]) -> tuple[int, int, float]:
    started = _start()
    return _stop(run(), started)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--page-size", type=int, default=100)
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.items)
        return

    server = subprocess.Popen(
        [sys.executable, __file__, "--serve", "--items", str(args.items)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None
        base_url = f"http://127.0.0.1:{server.stdout.readline().strip()}"
        client = create_management_api_client(token="bench", base_url=base_url)
        aclient = create_async_management_api_client(token="bench", base_url=base_url)
        # Warm up: imports, decoders and connections are not what is measured, nor any cache a
        # decoder fills on its first pass (pydantic-core's JSON string cache did, up to 1.5 MiB,
        # while the models were pydantic's). Traced from the start: a cached object replaced
        # later must count as freed.
        tracemalloc.start()
        sum(1 for _ in client.projects.list(limit=args.page_size))
        before = tracemalloc.get_traced_memory()[0]
        held = next(iter(client.projects.list(limit=args.page_size).iter_pages()))
        one_page = tracemalloc.get_traced_memory()[0] - before
        del held

        def sync_run() -> int:
            return sum(1 for _ in client.projects.list(limit=args.page_size))

        async def async_run() -> tuple[int, int, float]:
            async with aclient:
                async for _ in aclient.projects.list(limit=args.page_size):
                    break  # warm up aiohttp's session in this loop
                started = _start()
                count = 0
                async for _ in aclient.projects.list(limit=args.page_size):
                    count += 1
                return _stop(count, started)

        results = {"sync": _measure(sync_run), "async": asyncio.run(async_run())}
        tracemalloc.stop()
        client.close()

        pages = -(-args.items // args.page_size)
        print(f"{args.items:,} items in {pages:,} pages of {args.page_size}")
        print(f"one page held:  {one_page / 1024:8.1f} KiB")
        for name, (count, peak, elapsed) in results.items():
            assert count == args.items, f"{name}: got {count} items"
            print(
                f"{name:5} peak:     {peak / 1024:8.1f} KiB = {peak / one_page:4.2f} pages "
                f"({elapsed:.1f} s, {count / elapsed:,.0f} items/s)"
            )
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
