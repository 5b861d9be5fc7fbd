"""Run pytest repeatedly on a machine made busy on purpose, to prove tests do not depend on timing.

    python scripts/under_load.py --rounds 3 -- tests/storages/test_fleet.py -m slow

What it does, until ``--rounds`` runs of the given pytest arguments have finished:

* ``--spinners`` processes (2 by default) run ``while True: pass``, as ``stress --cpu 2`` would;
* a second copy of the same pytest arguments runs in a loop alongside (``--no-twin`` to skip it),
  as when two CI jobs or two developers share one small machine;
* the measured copy runs ``--rounds`` times; each round's verdict and duration is printed, and
  the exit status is 0 only if every round passed.

The twin's own verdicts are printed too but do not count (it competes for the CPU; it also finds
failures, so read its lines). Standard library only; every child is stopped at the end.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPIN = "while True: pass"


def _pytest(arguments: list[str], log: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    with log.open("wb") as out:
        return subprocess.Popen(  # noqa: S603 - pytest with the arguments its user gave
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *arguments],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own group: stopping it stops the servers its fixtures started
        )


def _say(line: str) -> None:
    print(line, flush=True)  # progress shows as it happens, even into a pipe


def _summary(log: Path) -> str:
    """pytest's last line of counts ("3 passed in 2.1s"), not whatever was printed after it."""
    counts = re.compile(r"^=*\s*\d+ (passed|failed|error|skipped|deselected)")
    lines = [line for line in log.read_text(errors="replace").splitlines() if counts.match(line)]
    return lines[-1].strip("= ") if lines else "(no summary line)"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--spinners", type=int, default=2, help="busy processes (while True: pass)")
    parser.add_argument("--no-twin", action="store_true", help="no second copy of the tests alongside")
    parser.add_argument("--logs", type=Path, default=Path(tempfile.gettempdir()) / "under_load")
    parser.add_argument("pytest_args", nargs="+")
    options = parser.parse_args()
    options.logs.mkdir(parents=True, exist_ok=True)

    spinners = [
        subprocess.Popen([sys.executable, "-c", SPIN])  # noqa: S603 - a fixed busy loop
        for _ in range(options.spinners)
    ]
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # stopped: clean up all the same
    measured: subprocess.Popen[bytes] | None = None
    twin: subprocess.Popen[bytes] | None = None
    twin_log = options.logs / "twin0.log"
    twin_runs = 0
    passed = 0
    try:
        for round_number in range(1, options.rounds + 1):
            log = options.logs / f"round{round_number}.log"
            started = time.monotonic()
            measured = _pytest(options.pytest_args, log)
            while measured.poll() is None:
                if not options.no_twin and (twin is None or twin.poll() is not None):
                    if twin is not None:
                        verdict = _summary(twin_log)
                        _say(f"  twin run {twin_runs}: rc={twin.returncode} {verdict}")
                    twin_runs += 1
                    twin_log = options.logs / f"twin{twin_runs}.log"
                    twin = _pytest(options.pytest_args, twin_log)
                time.sleep(0.5)
            seconds = time.monotonic() - started
            passed += measured.returncode == 0
            verdict = _summary(log)
            _say(f"round {round_number}: rc={measured.returncode} {seconds:.0f}s {verdict} ({log})")
    finally:
        for spinner in spinners:
            spinner.kill()
            spinner.wait()
        if twin is not None and twin.poll() is None:
            _say("  twin stopped (the measured rounds are over)")
        for run in (measured, twin):
            if run is not None:
                with contextlib.suppress(ProcessLookupError):  # the group: pytest and its servers
                    os.killpg(run.pid, signal.SIGKILL)
                run.wait()
    twin_said = "no twin" if options.no_twin else f"{twin_runs} twin runs alongside"
    _say(f"{passed}/{options.rounds} rounds passed under load ({options.spinners} spinners, {twin_said})")
    return 0 if passed == options.rounds else 1


if __name__ == "__main__":
    sys.exit(main())
