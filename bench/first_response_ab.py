"""The first response of two versions of the package, side by side: is a cold-start change a gain?

    .venv/bin/python bench/first_response_ab.py BEFORE_SRC AFTER_SRC [--pairs 25]

Each pair runs the first-response script of ``perf_table.py`` (a fresh ``python -c``: import,
client, one typed GET) once with each ``src`` folder on ``PYTHONPATH``, who goes first
alternating; the figure is the median of the pairs' own CPU ratios (after / before), which a
burst of load elsewhere on the machine moves much less than either side's median. Server and
client are pinned to different cores where ``taskset`` exists, as in ``perf_table.py``.
"""

from __future__ import annotations

import argparse
import compileall
import os
import resource
import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from perf_table import first_response_code, first_response_env, pin


def first_response_cpu(src: Path, base_url: str) -> float:
    code = first_response_code(base_url)
    env = first_response_env(src)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-c", code], env=env, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("before", type=Path, help="the package source before the change")
    parser.add_argument("after", type=Path, help="the package source after the change")
    parser.add_argument("--pairs", type=int, default=25)
    args = parser.parse_args()
    sources = (args.before.resolve(), args.after.resolve())
    for src in sources:  # as pip compiles on install: compiling is not import time
        compileall.compile_dir(src, quiet=1)

    from client_overhead import ServerProcess

    prefix, pinning = pin()
    server = ServerProcess(prefix)
    try:
        base_url = f"http://127.0.0.1:{server.port}"
        for src in sources:  # OS file cache
            first_response_cpu(src, base_url)
        costs: dict[Path, list[float]] = {src: [] for src in sources}
        for index in range(args.pairs):
            for src in sources if index % 2 == 0 else sources[::-1]:
                costs[src].append(first_response_cpu(src, base_url))
    finally:
        server.stop()
    before, after = (costs[src] for src in sources)
    ratio = statistics.median(a / b for a, b in zip(after, before, strict=True))
    print(
        f"first response CPU, median of {args.pairs} pairs ({pinning}): before "
        f"{statistics.median(before) * 1000:.0f} ms, after {statistics.median(after) * 1000:.0f} ms; "
        f"after/before {ratio:.3f}; load average {os.getloadavg()[0]:.1f}"
    )


if __name__ == "__main__":
    main()
