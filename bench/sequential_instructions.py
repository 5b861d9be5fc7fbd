"""Instructions of one sequential typed call, counted by valgrind: the per-call figure without noise.

    .venv/bin/python bench/sequential_instructions.py SRC [SRC ...] [--calls 300]

For each ``src`` folder, and for raw urllib3 + ``json.loads`` (the baseline of ``perf_table.py``'s
sequential rows), a fresh process makes 50 warm-up calls and then either ``--calls`` or twice as
many more, under ``valgrind --tool=callgrind`` with ``PYTHONHASHSEED=0``; the difference of the two
counts divided by ``--calls`` is what one call costs, start-up and warm-up cancelled out. Our call
is ``client.GET("/v1/projects")`` on the 20-project page of ``client_overhead.py``'s server, parsed
into models. Each process takes 20-60 s under valgrind. Needs ``valgrind`` on PATH.
"""

from __future__ import annotations

import argparse
import compileall
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from first_response_instructions import instructions
from perf_table import PATH, RAW_HEADERS, TOKEN

WARM_UP = 50


def ours_code(base_url: str, calls: int) -> str:
    return (
        "import prisma_management_api as sdk\n"
        f"client = sdk.create_management_api_client(token={TOKEN!r}, base_url={base_url!r})\n"
        f"for _ in range({WARM_UP + calls}):\n"
        "    result = client.GET('/v1/projects')\n"
        "assert len(result.data.data) == 20\n"
    )


def raw_code(base_url: str, calls: int) -> str:
    return (
        "import json, urllib3\n"
        "pool = urllib3.PoolManager()\n"
        f"for _ in range({WARM_UP + calls}):\n"
        f"    body = json.loads(pool.request('GET', {base_url + PATH!r}, headers={RAW_HEADERS!r}).data)\n"
        "assert len(body['data']) == 20\n"
    )


def per_call(make_code: Callable[[str, int], str], src: Path, base_url: str, calls: int) -> float:
    once = instructions(make_code(base_url, calls), src)
    twice = instructions(make_code(base_url, 2 * calls), src)
    return (twice - once) / calls


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("sources", type=Path, nargs="+", help="package source folders to compare")
    parser.add_argument("--calls", type=int, default=300, help="calls of the shorter run")
    args = parser.parse_args()
    sources = [src.resolve() for src in args.sources]
    for src in sources:  # as pip compiles on install: compiling is not what is measured
        compileall.compile_dir(src, quiet=1)

    from client_overhead import ServerProcess

    server = ServerProcess()
    try:
        base_url = f"http://127.0.0.1:{server.port}"
        raw = per_call(raw_code, sources[0], base_url, args.calls)
        print(f"{raw / 1e3:9.1f} k instructions a call  raw urllib3 + json.loads", flush=True)
        for src in sources:
            ours = per_call(ours_code, src, base_url, args.calls)
            print(f"{ours / 1e3:9.1f} k instructions a call  ours ({ours / raw:.3f}x raw)  {src}", flush=True)
    finally:
        server.stop()


if __name__ == "__main__":
    main()
