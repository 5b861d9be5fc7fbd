"""What a subprocess importing the SDK and the fake costs with and without compiled bytecode: why
``scripts/dev.py test`` byte-compiles the sources first (an editable install is not compiled, and
with ``PYTHONDONTWRITEBYTECODE`` set every process compiles them again).

    .venv/bin/python bench/bytecode_startup.py            # about 15 s

Wall time of ``python -c`` (import, a client, the fake's module), median of 7, on a copy of
``src`` with its ``__pycache__`` folders and on the same copy byte-compiled.
"""

from __future__ import annotations

import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
CODE = (
    "import prisma_management_api as p; p.ManagementApiClient(token='x').projects; "
    "from prisma_management_api.testing import FakePrismaPlatform"
)


def median_wall(src: Path, runs: int = 7) -> float:
    env = {**os.environ, "PYTHONPATH": str(src), "PYTHONDONTWRITEBYTECODE": "1"}
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", CODE], env=env, check=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "src"
        shutil.copytree(SRC, copy, ignore=shutil.ignore_patterns("__pycache__"))
        without = median_wall(copy)
        compileall.compile_dir(copy, quiet=1)
        with_bytecode = median_wall(copy)
    print(f"without bytecode: {without * 1e3:6.0f} ms a process")
    print(f"with bytecode:    {with_bytecode * 1e3:6.0f} ms a process ({with_bytecode / without:.2f}x)")


if __name__ == "__main__":
    main()
