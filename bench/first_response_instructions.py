"""Instructions of a whole first-response process, counted by valgrind: a figure without noise.

    .venv/bin/python bench/first_response_instructions.py SRC [SRC ...]

A change of a millisecond or two is 0.5-1 % of a first response, less than the spread of
``first_response_ab.py``'s CPU ratios on a loaded machine (+-1.5 % for 25 pairs of the same code).
Instructions do not depend on the load: each ``src`` folder runs the first-response script of
``perf_table.py`` (a fresh ``python -c``: import, client, one typed GET) once under
``valgrind --tool=callgrind`` with ``PYTHONHASHSEED=0``; the same code gives the same count to
within 0.05 M of ~830 M. Each run takes 15-20 s. Needs ``valgrind`` on PATH.
"""

from __future__ import annotations

import argparse
import compileall
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from perf_table import first_response_code, first_response_env


def instructions(code: str, src: Path) -> int:
    """Instructions of a fresh ``python -c code`` importing the package from ``src``."""
    env = first_response_env(src)
    env["PYTHONHASHSEED"] = "0"  # str hashes decide dict layouts, and so some instruction counts
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        raise RuntimeError(f"no instruction count in valgrind's output:\n{done.stderr[-2000:]}")
    return int(found[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("sources", type=Path, nargs="+", help="package source folders to compare")
    args = parser.parse_args()
    sources = [src.resolve() for src in args.sources]
    for src in sources:  # as pip compiles on install: compiling is not import time
        compileall.compile_dir(src, quiet=1)

    from client_overhead import ServerProcess

    server = ServerProcess()
    try:
        base_url = f"http://127.0.0.1:{server.port}"
        counts = [instructions(first_response_code(base_url), src) for src in sources]
    finally:
        server.stop()
    for src, count in zip(sources, counts, strict=True):
        print(f"{count / 1e6:9.2f} M instructions ({count / counts[0]:.4f} of the first)  {src}")


if __name__ == "__main__":
    main()
