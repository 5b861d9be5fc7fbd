"""The Redis and PostgreSQL fixtures themselves: under CI=true a server that cannot start fails
the test; elsewhere it is skipped, loudly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]


def run_without_servers(tmp_path: Path, ci: str) -> subprocess.CompletedProcess[str]:
    test = tmp_path / "test_needs_redis.py"
    test.write_text(
        "from support.servers import RedisServer, start_or_report\n"
        "def test_needs_redis():\n"
        "    start_or_report(RedisServer)\n"
    )
    empty_bin = tmp_path / "bin"
    empty_bin.mkdir()
    env = {
        **os.environ,
        "PATH": str(empty_bin),  # no redis-server to be found
        "CI": ci,
        "PYTHONPATH": os.pathsep.join([str(TESTS), *sys.path]),
        "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1",  # a bare pytest: this run tests the fixture only
    }
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-rs",
            "-p",
            "no:cacheprovider",
            "-p",
            "no:randomly",
            str(test),
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_missing_server_fails_under_ci(tmp_path: Path) -> None:
    done = run_without_servers(tmp_path, "true")
    assert done.returncode == 1, done.stdout
    assert "1 failed" in done.stdout
    assert "redis-server is not installed" in done.stdout


def test_a_missing_server_is_skipped_loudly_elsewhere(tmp_path: Path) -> None:
    done = run_without_servers(tmp_path, "")
    assert done.returncode == 0, done.stdout
    assert "1 skipped" in done.stdout and "redis-server is not installed" in done.stdout
    assert "warnings summary" in done.stdout and "UserWarning: redis-server is not installed" in done.stdout


def test_ci_spellings(tmp_path: Path) -> None:
    assert run_without_servers(tmp_path, "TRUE").returncode == 1
