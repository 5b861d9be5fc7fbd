"""The project's two entry points: ``python3 scripts/dev.py demo`` and ``python3 scripts/dev.py test``.

Each makes (or reuses) its own virtualenv, installs what it needs, then runs: the demo needs only
the runtime package with the fake platform; the tests need every extra and the dev tools
(``requirements-dev.txt``: they are not part of the published package). Standard library only,
so it works on a fresh machine with nothing but Python 3.10+ and pip.

``test`` runs the whole gate on this interpreter (lint, generated-code check, types, the
documentation site's strict build, the full suite), then the suite without the ``slow`` marker
on the oldest and the newest other Python 3.10-3.13 found on the machine, side by side
(``PRISMA_TEST_PYTHONS=all`` takes every one, ``none`` skips them). Their environments are
installed in the background while the gates and the main suite run.
"""

from __future__ import annotations

import concurrent.futures
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import venv
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUPPORTED = ((3, 10), (3, 11), (3, 12), (3, 13))
DEMO_INSTALL = ["-e", ".[testing]"]
TEST_INSTALL = ["-e", ".[all]", "-r", "requirements-dev.txt"]
COMPILED = ("src", "tests", "examples", "codegen", "bench")
INSTALL_INPUTS = (ROOT / "pyproject.toml", ROOT / "requirements-dev.txt")


def _python(env_dir: Path) -> Path:
    return env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_env(
    env_dir: Path,
    install: list[str],
    base_python: str = sys.executable,
    run: Callable[[list[str]], None] | None = None,
) -> Path:
    run = run or _run
    python = _python(env_dir)
    if not python.exists():
        print(f"creating {env_dir.name} ...", flush=True)
        if base_python == sys.executable:
            venv.EnvBuilder(with_pip=True).create(env_dir)
        else:
            run([base_python, "-m", "venv", str(env_dir)])
    stamp = env_dir / ".installed"
    newest = max(p.stat().st_mtime for p in INSTALL_INPUTS if p.exists())
    if not stamp.exists() or stamp.stat().st_mtime < newest:
        print(f"installing {' '.join(install)} into {env_dir.name} ...", flush=True)
        run([str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", *install])
        stamp.touch()
    return python


def _run(command: list[str]) -> None:
    print("+ " + " ".join(Path(c).name if i == 0 else c for i, c in enumerate(command)), flush=True)
    done = subprocess.run(command, cwd=ROOT, check=False)  # noqa: S603 - our own fixed commands
    if done.returncode != 0:
        sys.exit(done.returncode)


class _CommandFailed(Exception):
    def __init__(self, command: list[str], code: int, output: str) -> None:
        super().__init__(f"{' '.join(command)}: exit {code}")
        self.code = code
        self.output = output


def _run_captured(command: list[str]) -> None:
    """:func:`_run` for a background thread: the output is kept for the failure's report."""
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)  # noqa: S603
    if done.returncode != 0:
        raise _CommandFailed(command, done.returncode, done.stdout + done.stderr)


def _compile(python: str, run: Callable[[list[str]], None] = _run) -> None:
    """Byte-compile the package and the tests, as pip does for what it installs: an editable install
    is not compiled, and where ``PYTHONDONTWRITEBYTECODE`` is set (as on some CI machines) every
    subprocess a test starts would compile the SDK again (~0.3 s each)."""
    run([python, "-m", "compileall", "-q", "-j", "0", *COMPILED])


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
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as background:
        # The other interpreters' environments are installed while the gates and the main suite
        # run: installing is mostly waiting on disk and unpacking, and CI's time is counted.
        others = background.submit(_other_python_envs, pytest_args)
        _compile(python)
        _run([python, "-m", "ruff", "check", "."])
        _run([python, "-m", "ruff", "format", "--check", "."])
        _run([python, "-m", "codegen", "--check"])
        _run_lanes([[lambda: [[python, "-m", "mypy"]]], [lambda: [[python, "-m", "pyright"]]]])
        _build_docs(python)
        _ensure_test_servers()
        if pytest_args:
            _run([python, "-m", "pytest", "-q", *pytest_args])
            return
        # Two lanes at once, each about half of the work: this interpreter's slow tests then the
        # newest other one's suite, and this interpreter's other tests then the other ones'.
        pytest = ["-m", "pytest", "-q", "-p", "no:cacheprovider", "-m"]
        _run_lanes(
            [
                [lambda: [[python, *pytest, "slow"]], lambda: _other_suites(others, slice(-1, None), pytest)],
                [
                    lambda: [[python, *pytest, "not slow"]],
                    lambda: _other_suites(others, slice(None, -1), pytest),
                ],
            ]
        )


def _other_suites(
    others: concurrent.futures.Future[list[str]], which: slice, pytest: list[str]
) -> list[list[str]]:
    """The non-slow suite on ``which`` of the other interpreters, once their environments are
    ready (none when there is no such interpreter)."""
    pythons = others.result()[which]
    for python in pythons:
        _compile(python, run=_run_captured)
    return [[python, *pytest, "not slow"] for python in pythons]


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


def _other_python_envs(pytest_args: list[str]) -> list[str]:
    """The oldest and newest other supported interpreters' test environments (all of them with
    ``PRISMA_TEST_PYTHONS=all``, none with ``none`` or when pytest arguments narrow the run)."""
    choice = os.environ.get("PRISMA_TEST_PYTHONS", "ends")
    if choice == "none" or pytest_args:
        return []
    others = other_pythons()
    versions = sorted(others)
    if choice != "all" and len(versions) > 2:
        versions = [versions[0], versions[-1]]
    print(f"other interpreters found: {sorted(others) or 'none'}; testing on {versions}", flush=True)
    return [
        str(
            ensure_env(
                ROOT / f".venv-py{major}{minor}",
                TEST_INSTALL,
                base_python=others[(major, minor)],
                run=_run_captured,
            )
        )
        for major, minor in versions
    ]


def _run_lanes(lanes: list[list[Callable[[], list[list[str]]]]]) -> None:
    """Run the lanes at once, each one's commands one after the other (the suite holds with a
    second copy beside it: see ``scripts/under_load.py``), which keeps the test command well
    inside CI's time budget. A step returns its commands when the lane reaches it. Print each
    command's output whole, lane after lane, and fail as the first failing one did; a lane stops
    at its first failure."""
    with tempfile.TemporaryDirectory() as logs, concurrent.futures.ThreadPoolExecutor(len(lanes)) as pool:
        runs = [pool.submit(_run_lane, lane, Path(logs) / str(index)) for index, lane in enumerate(lanes)]
        finished = [run.result() for run in runs]
        failed = 0
        for outputs in finished:
            for label, code, log in outputs:
                print(f"--- {label}: exit {code}", flush=True)
                sys.stdout.buffer.write(log.read_bytes())
                sys.stdout.flush()
                failed = failed or code
    if failed:
        sys.exit(failed)


def _run_lane(lane: list[Callable[[], list[list[str]]]], logs: Path) -> list[tuple[str, int, Path]]:
    logs.mkdir()
    outputs: list[tuple[str, int, Path]] = []
    for index, step in enumerate(lane):
        try:
            commands = step()
        except _CommandFailed as failed:
            log = logs / f"{index}.log"
            log.write_text(failed.output)
            outputs.append((f"preparing another interpreter ({failed})", failed.code, log))
            return outputs
        for number, command in enumerate(commands):
            log = logs / f"{index}-{number}.log"
            label = " ".join(Path(c).parent.parent.name if i == 0 else c for i, c in enumerate(command))
            print(f"+ {label}", flush=True)
            with log.open("wb") as out:
                done = subprocess.run(command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, check=False)  # noqa: S603
            outputs.append((label, done.returncode, log))
            if done.returncode:
                return outputs
    return outputs


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in ("demo", "test"):
        sys.exit("usage: python3 scripts/dev.py demo | test [pytest arguments]")
    if sys.argv[1] == "demo":
        demo()
    else:
        test(sys.argv[2:])


if __name__ == "__main__":
    main()
