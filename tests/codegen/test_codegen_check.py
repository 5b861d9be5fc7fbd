"""The generator's contract with the repository: same input, same bytes; ``--check`` catches drift.

The generator runs as users and CI run it, ``python -m codegen`` from the repository root.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from mini_spec import MINI_SPEC

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "src" / "prisma_management_api" / "_generated"
COMMITTED_SPEC = ROOT / "openapi" / "prisma-management-api.json"


def codegen(*args: str, seed: str = "0") -> subprocess.CompletedProcess[str]:
    # A fixed, varied hash seed: output must not depend on set or dict-of-set iteration order.
    env = {**os.environ, "PYTHONHASHSEED": seed}
    return subprocess.run(
        [sys.executable, "-m", "codegen", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*.py"))}


def committed_spec() -> str:
    return os.environ.get("PRISMA_OPENAPI_SPEC") or str(COMMITTED_SPEC)


@pytest.fixture(scope="module")
def mini_generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(document, generated folder) for the mini document, generated once."""
    work = tmp_path_factory.mktemp("mini-check")
    spec = work / "mini.json"
    spec.write_text(json.dumps(MINI_SPEC), encoding="utf-8")
    out = work / "generated"
    done = codegen("--spec", str(spec), "--out", str(out))
    assert done.returncode == 0, done.stdout + done.stderr
    return spec, out


def test_generation_is_deterministic(tmp_path: Path, mini_generated: tuple[Path, Path]) -> None:
    spec, first = mini_generated  # generated with PYTHONHASHSEED=0
    done = codegen("--spec", str(spec), "--out", str(tmp_path / "again"), seed="1")
    assert done.returncode == 0, done.stdout + done.stderr
    again = tree(tmp_path / "again")
    assert set(again) >= {
        "__init__.py",
        "types/__init__.py",
        "resources/__init__.py",
        "params.py",
        "operations.py",
        "client_methods.py",
        "request_schemas.py",
    }
    assert again == tree(first)


def test_generation_from_the_committed_document_is_deterministic(tmp_path: Path) -> None:
    location = committed_spec()
    for seed, out in (("3", tmp_path / "a"), ("4", tmp_path / "b")):
        done = codegen("--spec", location, "--out", str(out), seed=seed)
        assert done.returncode == 0, done.stdout + done.stderr
    assert tree(tmp_path / "a") == tree(tmp_path / "b")


def test_committed_code_is_up_to_date_with_the_committed_document() -> None:
    location = committed_spec()
    done = codegen("--spec", location, "--check")
    assert done.returncode == 0, f"regenerate with `python -m codegen`:\n{done.stdout}{done.stderr}"
    assert "up to date" in done.stdout


def test_check_passes_on_fresh_output(mini_generated: tuple[Path, Path]) -> None:
    spec, out = mini_generated
    done = codegen("--spec", str(spec), "--out", str(out), "--check")
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("damage", ["edited", "missing", "extra"])
def test_check_fails_on_stale_output(tmp_path: Path, mini_generated: tuple[Path, Path], damage: str) -> None:
    spec, fresh = mini_generated
    out = tmp_path / "generated"
    shutil.copytree(fresh, out)
    if damage == "edited":
        (out / "types" / "widgets" / "widget.py").write_text(
            (out / "types" / "widgets" / "widget.py").read_text() + "\n# hand edit\n"
        )
        stale = "types/widgets/widget.py"
    elif damage == "missing":
        (out / "operations.py").unlink()
        stale = "operations.py"
    else:
        (out / "resources" / "leftover.py").write_text("x = 1\n")
        stale = "resources/leftover.py"
    damaged = tree(out)
    done = codegen("--spec", str(spec), "--out", str(out), "--check")
    assert done.returncode == 1
    assert stale in done.stdout and "stale" in done.stdout
    assert tree(out) == damaged, "--check must write nothing"


def test_committed_code_check_fails_when_a_committed_file_is_stale(tmp_path: Path) -> None:
    location = committed_spec()
    out = tmp_path / "generated"
    shutil.copytree(GENERATED, out, ignore=shutil.ignore_patterns("__pycache__"))
    target = out / "client_methods.py"
    target.write_text(target.read_text().replace("def GET(", "def GET_(", 1))
    done = codegen("--spec", location, "--out", str(out), "--check")
    assert done.returncode == 1
    assert "client_methods.py" in done.stdout
