"""The README's demo command runs examples/demo.py: it must keep working end to end."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

DEMO = Path(__file__).resolve().parent.parent / "examples" / "demo.py"


def test_demo_runs_both_flows_and_prints_no_secret() -> None:
    done = subprocess.run(
        [sys.executable, str(DEMO)], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "is ready in eu-central-1" in out
    assert "cleaned up: database and project deleted" in out
    assert "logged in  workspace wksp_" in out
    assert "logged out (storage now holds None)" in out
    # Where the database lives is shown; its credentials never are.
    assert "connect to " in out
    assert "postgres://" not in out and "postgresql://" not in out
    assert "access_token='***'" in out
    assert "eyJ" not in out  # no JWT (access token) anywhere
