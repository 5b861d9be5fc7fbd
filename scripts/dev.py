"""The project's two entry points: ``python3 scripts/dev.py demo`` and ``python3 scripts/dev.py test``.

Each makes (or reuses) its own virtualenv, installs what it needs, then runs: the demo needs only
the runtime package with the fake platform; the tests need the dev tools too. Standard library only,
so it works on a fresh machine with nothing but Python 3 and pip.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENVS = {"demo": (ROOT / ".venv-demo", ".[testing]"), "test": (ROOT / ".venv", ".[dev]")}


def _python(env_dir: Path) -> Path:
    return env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_env(name: str) -> Path:
    env_dir, requirement = ENVS[name]
    python = _python(env_dir)
    if not python.exists():
        print(f"creating {env_dir.name} ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(env_dir)
    stamp = env_dir / ".installed"
    pyproject = ROOT / "pyproject.toml"
    if not stamp.exists() or stamp.stat().st_mtime < pyproject.stat().st_mtime:
        print(f"installing {requirement} into {env_dir.name} ...", flush=True)
        _run([str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", "-e", requirement])
        stamp.touch()
    return python


def _run(command: list[str]) -> None:
    print("+ " + " ".join(Path(c).name if i == 0 else c for i, c in enumerate(command)), flush=True)
    done = subprocess.run(command, cwd=ROOT, check=False)  # noqa: S603 - our own fixed commands
    if done.returncode != 0:
        sys.exit(done.returncode)


def demo() -> None:
    python = ensure_env("demo")
    _run([str(python), "examples/demo.py"])


def test(pytest_args: list[str]) -> None:
    python = str(ensure_env("test"))
    _run([python, "-m", "ruff", "check", "."])
    _run([python, "-m", "ruff", "format", "--check", "."])
    if os.environ.get("PRISMA_OPENAPI_SPEC") or (ROOT.parent / "shared" / "openapi").is_dir():
        _run([python, "-m", "codegen", "--check"])
    else:
        print("codegen --check skipped: no OpenAPI document (set PRISMA_OPENAPI_SPEC)", flush=True)
    _run([python, "-m", "mypy"])
    _run([python, "-m", "pyright"])
    _run([python, "-m", "pytest", "-q", *pytest_args])


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in ("demo", "test"):
        sys.exit("usage: python3 scripts/dev.py demo | test [pytest arguments]")
    if sys.argv[1] == "demo":
        demo()
    else:
        test(sys.argv[2:])


if __name__ == "__main__":
    main()
