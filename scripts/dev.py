"""The project's two entry points: ``python3 scripts/dev.py demo`` and ``python3 scripts/dev.py test``.

Each makes (or reuses) its own virtualenv, installs what it needs, then runs: the demo needs only
the runtime package with the fake platform; the tests need every extra and the dev tools
(``requirements-dev.txt``: they are not part of the published package). Standard library only,
so it works on a fresh machine with nothing but Python 3.10+ and pip.

``test`` runs the whole gate on this interpreter (lint, generated-code check, types, the
documentation site's strict build, the full suite), then the suite without the ``slow`` marker
on the oldest and the newest other Python 3.10-3.13 found on the machine, side by side
(``PRISMA_TEST_PYTHONS=all`` takes every one, ``none`` skips them).
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUPPORTED = ((3, 10), (3, 11), (3, 12), (3, 13))
DEMO_INSTALL = ["-e", ".[testing]"]
TEST_INSTALL = ["-e", ".[all]", "-r", "requirements-dev.txt"]
INSTALL_INPUTS = (ROOT / "pyproject.toml", ROOT / "requirements-dev.txt")


def _python(env_dir: Path) -> Path:
    return env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_env(env_dir: Path, install: list[str], base_python: str = sys.executable) -> Path:
    python = _python(env_dir)
    if not python.exists():
        print(f"creating {env_dir.name} ...", flush=True)
        if base_python == sys.executable:
            venv.EnvBuilder(with_pip=True).create(env_dir)
        else:
            _run([base_python, "-m", "venv", str(env_dir)])
    stamp = env_dir / ".installed"
    newest = max(p.stat().st_mtime for p in INSTALL_INPUTS if p.exists())
    if not stamp.exists() or stamp.stat().st_mtime < newest:
        print(f"installing {' '.join(install)} into {env_dir.name} ...", flush=True)
        _run([str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", *install])
        stamp.touch()
    return python


def _run(command: list[str]) -> None:
    print("+ " + " ".join(Path(c).name if i == 0 else c for i, c in enumerate(command)), flush=True)
    done = subprocess.run(command, cwd=ROOT, check=False)  # noqa: S603 - our own fixed commands
    if done.returncode != 0:
        sys.exit(done.returncode)


def _version_of(python: str) -> tuple[int, int] | None:
    try:
        done = subprocess.run(  # noqa: S603 - probing an interpreter found on this machine
            [python, "-c", "import sys; print(*sys.version_info[:2])"],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):  # a broken or hanging interpreter: not a candidate
        return None
    if done.returncode != 0:
        return None
    major, minor = done.stdout.split()
    return int(major), int(minor)


def other_pythons() -> dict[tuple[int, int], str]:
    """Interpreters of the supported versions other than this one: on PATH, or pyenv's."""
    pyenv_root = os.environ.get("PYENV_ROOT", os.path.expanduser("~/.pyenv"))
    found: dict[tuple[int, int], str] = {}
    for version in SUPPORTED:
        if version == sys.version_info[:2]:
            continue
        name = f"python{version[0]}.{version[1]}"
        candidates = [
            shutil.which(name),
            *sorted(glob.glob(f"{pyenv_root}/versions/{version[0]}.{version[1]}.*/bin/{name}")),
        ]
        for candidate in filter(None, candidates):
            if _version_of(candidate) == version:
                found[version] = candidate
                break
    return found


def demo() -> None:
    python = ensure_env(ROOT / ".venv-demo", DEMO_INSTALL)
    _run([str(python), "examples/demo.py"])


def test(pytest_args: list[str]) -> None:
    python = str(ensure_env(ROOT / ".venv", TEST_INSTALL))
    _run([python, "-m", "ruff", "check", "."])
    _run([python, "-m", "ruff", "format", "--check", "."])
    _run([python, "-m", "codegen", "--check"])
    _run([python, "-m", "mypy"])
    _run([python, "-m", "pyright"])
    _build_docs(python)
    _ensure_test_servers()
    _run([python, "-m", "pytest", "-q", *pytest_args])
    _test_other_pythons(pytest_args)


def _postgres_installed() -> bool:
    return shutil.which("initdb") is not None or bool(glob.glob("/usr/lib/postgresql/*/bin/initdb"))


def _ensure_test_servers() -> None:
    """The storage tests run a real ``redis-server`` and PostgreSQL: install them with apt when
    they are missing and this is root on a Debian-like machine. Otherwise those tests say what
    is missing (and fail under ``CI=true``)."""
    missing = []
    if shutil.which("redis-server") is None:
        missing.append("redis-server")
    if not _postgres_installed():
        missing.append("postgresql")
    if not missing:
        return
    apt = shutil.which("apt-get")
    if apt is None or not hasattr(os, "geteuid") or os.geteuid() != 0:
        print(f"not installed, and no apt-get as root to install them: {', '.join(missing)}", flush=True)
        return
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    print(f"installing {', '.join(missing)} with apt-get ...", flush=True)
    for command in ([apt, "update", "-q"], [apt, "install", "-y", "-q", "--no-install-recommends", *missing]):
        subprocess.run(command, cwd=ROOT, env=env, check=False)  # noqa: S603 - fixed commands


def _build_docs(python: str) -> None:
    """``mkdocs build --strict``: no broken link, no missing reference (into a scratch folder)."""
    os.environ["NO_MKDOCS_2_WARNING"] = "1"  # Material's banner about its successor, not ours
    with tempfile.TemporaryDirectory() as site:
        _run([python, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", site])


def _test_other_pythons(pytest_args: list[str]) -> None:
    choice = os.environ.get("PRISMA_TEST_PYTHONS", "ends")
    if choice == "none" or pytest_args:
        return
    others = other_pythons()
    versions = sorted(others)
    if choice != "all" and len(versions) > 2:
        versions = [versions[0], versions[-1]]
    print(f"other interpreters found: {sorted(others) or 'none'}; testing on {versions}", flush=True)
    pythons = [
        str(ensure_env(ROOT / f".venv-py{major}{minor}", TEST_INSTALL, base_python=others[(major, minor)]))
        for major, minor in versions
    ]
    _run_side_by_side(
        [[python, "-m", "pytest", "-q", "-m", "not slow", "-p", "no:cacheprovider"] for python in pythons]
    )


def _run_side_by_side(commands: list[list[str]]) -> None:
    """Run the commands at once (the suite holds with a second copy beside it: see
    ``scripts/under_load.py``), which keeps the test command well inside CI's time budget; print
    each one's output whole, one after the other, and fail as the first failing one did."""
    with tempfile.TemporaryDirectory() as logs:
        running = []
        for index, command in enumerate(commands):
            print(
                "+ " + " ".join(Path(c).parent.parent.name if i == 0 else c for i, c in enumerate(command)),
                flush=True,
            )
            log = open(Path(logs) / f"{index}.log", "w+b")  # noqa: SIM115 - closed below
            process = subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)  # noqa: S603
            running.append((command, process, log))
        failed = 0
        for command, process, log in running:
            code = process.wait()
            log.seek(0)
            print(f"--- {Path(command[0]).parent.parent.name}: exit {code}", flush=True)
            sys.stdout.buffer.write(log.read())
            sys.stdout.flush()
            log.close()
            failed = failed or code
    if failed:
        sys.exit(failed)


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in ("demo", "test"):
        sys.exit("usage: python3 scripts/dev.py demo | test [pytest arguments]")
    if sys.argv[1] == "demo":
        demo()
    else:
        test(sys.argv[2:])


if __name__ == "__main__":
    main()
