"""Run mypy and pyright on the static type tests, so ``pytest`` catches type regressions.

``test_types.py`` asserts the types users see (``assert_type``) and holds lines that must fail to
type-check (marked ``# type: ignore[...]``; an ignore that stops being needed is an error).
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TYPE_TESTS = [
    Path(__file__).with_name(name)
    for name in (
        "test_types.py",
        "test_result_types.py",
        "readme_typed_client.py",
        "test_ci_types.py",
        "test_option_types.py",
    )
]
CHECKERS = {
    # --strict is also in pyproject.toml; stated here so the check never runs weaker.
    "mypy": [sys.executable, "-m", "mypy", "--strict", "--warn-unused-ignores"],
    "pyright": [sys.executable, "-m", "pyright"],
}


@pytest.fixture(scope="module")
def checkers() -> Iterator[dict[str, subprocess.Popen[str]]]:
    """Both checkers, started together: they run side by side on the machine's cores."""
    running = {
        name: subprocess.Popen(
            [*command, *map(str, TYPE_TESTS)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for name, command in CHECKERS.items()
    }
    yield running
    for process in running.values():
        if process.poll() is None:
            process.kill()
            process.communicate()


@pytest.mark.parametrize("checker", list(CHECKERS))
def test_type_tests_pass_the_type_checker(checkers: dict[str, subprocess.Popen[str]], checker: str) -> None:
    output, _ = checkers[checker].communicate(timeout=300)
    assert checkers[checker].returncode == 0, (
        f"{checker} failed on {[path.name for path in TYPE_TESTS]}:\n{output}"
    )
