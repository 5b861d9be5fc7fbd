"""How long ``prisma-management --help`` takes, against baselines measured in the same run.

Each command is a fresh process, run ``ROUNDS`` times interleaved (so machine load hits all of
them alike); the median is reported, and the CLI's cost as the difference to a bare interpreter.

    .venv/bin/python bench/cli_startup.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

ROUNDS = 15
COMMANDS = {
    "python -c pass (baseline)": [sys.executable, "-c", "pass"],
    "python -c 'import click'": [sys.executable, "-c", "import click"],
    "prisma-management --help": [sys.executable, "-m", "prisma_management_api", "--help"],
    "prisma-management databases create --help": [
        sys.executable, "-m", "prisma_management_api", "databases", "create", "--help"
    ],
    "python -c 'import prisma_management_api.types' (the SDK's models)": [
        sys.executable, "-c", "import prisma_management_api.types"
    ],
}  # fmt: skip


def main() -> None:
    times: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for _ in range(ROUNDS):
        for name, command in COMMANDS.items():
            started = time.perf_counter()
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
            times[name].append(time.perf_counter() - started)
    baseline = statistics.median(times["python -c pass (baseline)"])
    for name, samples in times.items():
        median = statistics.median(samples)
        print(f"{median * 1000:7.1f} ms  (+{(median - baseline) * 1000:6.1f} ms over bare python)  {name}")


if __name__ == "__main__":
    main()
