"""Run mypy and pyright on ``tests/typing/test_resource_types.py``: the resource methods' signatures
and return types, and the calls that must be rejected."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TYPE_TESTS = ROOT / "tests" / "typing" / "test_resource_types.py"


@pytest.mark.parametrize(
    "command",
    [
        [sys.executable, "-m", "mypy", "--strict", "--warn-unused-ignores"],
        [sys.executable, "-m", "pyright"],
    ],
    ids=["mypy", "pyright"],
)
def test_resource_type_tests_pass_the_type_checker(command: list[str]) -> None:
    done = subprocess.run(
        [*command, str(TYPE_TESTS)], cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, f"{command[2]} failed on {TYPE_TESTS.name}:\n{done.stdout}\n{done.stderr}"
