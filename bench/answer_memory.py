"""Memory of reading one big answer, and of a gzip bomb, on each of the four transports.

A local server (a subprocess, so that its allocations are not traced) answers ``GET /big`` with a
JSON document of ``--size`` MB (``{"data": "xxx..."}``) and ``GET /bomb`` with 1 MiB of gzip that
decodes to 1 GiB of zeros. Each client reads them under ``tracemalloc``. The big answer's peak is
compared, in the same run, with the floor any reader must pay: holding the body, plus what
``json.loads`` of it takes (the decoded ``str`` and the parsed value).

Usage::

    .venv/bin/python bench/answer_memory.py [--size 100]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import tracemalloc
import zlib
from collections.abc import Awaitable, Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import httpx  # noqa: E402

from prisma_management_api import (  # noqa: E402
    ResponseTooLargeError,
    create_async_management_api_client,
    create_management_api_client,
)

MB = 1_000_000


def big_body(size: int) -> bytes:
    return b'{"data":"' + b"x" * (size - 11) + b'"}'


def bomb() -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    zeros = bytes(1 << 20)
    return b"".join(packer.compress(zeros) for _ in range(1024)) + packer.flush()


def serve(size: int) -> None:
    """Answer /big and /bomb; print the port."""
    answers = {"/big": (big_body(size), None), "/bomb": (bomb(), "gzip")}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            body, encoding = answers[self.path]
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            if encoding:
                self.send_header("Content-Encoding", encoding)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                self.wfile.write(body)
            except OSError:  # the client stopped reading the bomb
                self.close_connection = True

    class Server(ThreadingHTTPServer):
        def handle_error(self, request: object, client_address: object) -> None:
            """Clients that hang up (on the bomb, at exit) are expected: no tracebacks."""

    server = Server(("127.0.0.1", 0), Handler)
    print(server.server_address[1], flush=True)
    server.serve_forever()


def traced_peak(run: Callable[[], Any]) -> tuple[int, Any]:
    tracemalloc.start()
    try:
        outcome = run()
        return tracemalloc.get_traced_memory()[1], outcome
    finally:
        tracemalloc.stop()


async def atraced_peak(run: Callable[[], Awaitable[Any]]) -> tuple[int, Any]:
    tracemalloc.start()
    try:
        outcome = await run()
        return tracemalloc.get_traced_memory()[1], outcome
    finally:
        tracemalloc.stop()


def call(client: Any, path: str) -> Any:
    try:
        return client.request("GET", path).response.status
    except ResponseTooLargeError as error:
        return type(error).__name__


async def acall(client: Any, path: str) -> Any:
    try:
        return (await client.request("GET", path)).response.status
    except ResponseTooLargeError as error:
        return type(error).__name__


def json_floor(size: int) -> int:
    """What any reader pays: the body held, plus the peak of ``json.loads`` on it."""
    body = big_body(size)
    peak, _ = traced_peak(lambda: json.loads(body))
    return len(body) + peak


def measure(base_url: str) -> dict[str, dict[str, tuple[int, Any]]]:
    results: dict[str, dict[str, tuple[int, Any]]] = {}
    for flavour in ("sync", "sync-httpx"):
        own = httpx.Client() if flavour == "sync-httpx" else None
        lifted = create_management_api_client(base_url=base_url, http_client=own, max_response_size=None)
        default = create_management_api_client(base_url=base_url, http_client=own)
        results[flavour] = {
            "big": traced_peak(lambda client=lifted: call(client, "/big")),
            "bomb": traced_peak(lambda client=default: call(client, "/bomb")),
        }
        lifted.close()
        if own is not None:
            own.close()

    async def run_async(flavour: str) -> dict[str, tuple[int, Any]]:
        own = httpx.AsyncClient() if flavour == "async-httpx" else None
        lifted = create_async_management_api_client(
            base_url=base_url, http_client=own, max_response_size=None
        )
        default = create_async_management_api_client(base_url=base_url, http_client=own)
        try:
            return {
                "big": await atraced_peak(lambda: acall(lifted, "/big")),
                "bomb": await atraced_peak(lambda: acall(default, "/bomb")),
            }
        finally:
            await lifted.aclose()
            await default.aclose()
            if own is not None:
                await own.aclose()

    for flavour in ("async", "async-httpx"):
        results[flavour] = asyncio.run(run_async(flavour))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size", type=int, default=100, help="MB of the big answer")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    size = args.size * MB
    if args.serve:
        serve(size)
        return
    server = subprocess.Popen(
        [sys.executable, __file__, "--serve", "--size", str(args.size)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None
        base_url = f"http://127.0.0.1:{server.stdout.readline().strip()}"
        floor = json_floor(size)
        results = measure(base_url)
    finally:
        server.terminate()
        server.wait()
    print(f"big answer: {args.size} MB; floor (body held + json.loads of it): {floor / MB:.0f} MB")
    for flavour, cases in results.items():
        peak, status = cases["big"]
        bomb_peak, bomb_outcome = cases["bomb"]
        print(
            f"{flavour:12} big: peak {peak / MB:6.0f} MB = {peak / size:.2f}x body = {peak / floor:.2f}x floor"
            f" ({status})   gzip bomb (1 MiB -> 1 GiB): peak {bomb_peak / MB:4.0f} MB ({bomb_outcome})"
        )


if __name__ == "__main__":
    main()
