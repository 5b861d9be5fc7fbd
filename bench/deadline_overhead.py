"""What a call's deadline (``Timeout.total``) costs per sync call, as ratios to a call without one
in the same run.

    .venv/bin/python bench/deadline_overhead.py            # about a minute; --quick for a smoke run

The server is ``client_overhead.py``'s (a bare asyncio HTTP/1.1 server in its own process answering
``GET /v1/projects`` with a 20-project page). Each variant makes the same typed call sequentially
over one keep-alive connection, rounds interleaved (``middleware_overhead.py``'s measure): without a
deadline and with ``Timeout(60, total=60)``, on the default urllib3 transport and on an
``httpx.Client``. A call with a deadline registers its exchange with the watchdog thread
(``_deadline_watch``) and hands it its socket; a call without one only looks up a thread-local
(urllib3) or nothing (httpx). The last lines time the watch alone, without any I/O.
"""

from __future__ import annotations

import sys
import time
import timeit
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from client_overhead import ServerProcess
from middleware_overhead import measure_sync, report

from prisma_management_api import Timeout, create_management_api_client
from prisma_management_api._core import PreparedRequest
from prisma_management_api._deadline_watch import current_watch, watching


def sync_variants(base_url: str, http: httpx.Client) -> dict[str, Callable[[], Any]]:
    plain = create_management_api_client(token="bench", base_url=base_url, max_retries=0)
    bounded = plain.with_options(timeout=Timeout(60, total=60))
    over_httpx = create_management_api_client(
        token="bench", base_url=base_url, max_retries=0, http_client=http
    )
    httpx_bounded = over_httpx.with_options(timeout=Timeout(60, total=60))
    return {
        "plain": lambda: plain.GET("/v1/projects"),
        "total=60": lambda: bounded.GET("/v1/projects"),
        "httpx": lambda: over_httpx.GET("/v1/projects"),
        "httpx total=60": lambda: httpx_bounded.GET("/v1/projects"),
    }


def watch_alone(runs: int) -> None:
    request = PreparedRequest("GET", "http://x/", {}, None, Timeout(60, total=60), False, None)
    request = request._replace(deadline=time.monotonic() + 3600)

    def watched() -> None:
        with watching(request) as watch:
            watch.attach(None)

    per_watch = min(timeit.repeat(watched, number=runs, repeat=5)) / runs
    per_lookup = min(timeit.repeat(current_watch, number=runs, repeat=5)) / runs
    print(f"a watch started and ended (no I/O): {per_watch * 1e6:.2f} us")
    print(f"the lookup a call without a deadline makes (urllib3 connections): {per_lookup * 1e9:.0f} ns")


def main() -> None:
    quick = "--quick" in sys.argv
    n, rounds = (50, 2) if quick else (500, 5)
    server = ServerProcess()
    base_url = f"http://127.0.0.1:{server.port}"
    try:
        with httpx.Client() as http:
            report("sync", measure_sync(sync_variants(base_url, http), n, rounds))
    finally:
        server.stop()
    watch_alone(2_000 if quick else 100_000)


if __name__ == "__main__":
    if "--serve" in sys.argv:
        from client_overhead import serve

        serve()
    else:
        main()
