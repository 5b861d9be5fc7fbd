"""The OpenAPI document lives in the repository, and ``python -m codegen --update`` refreshes it.

The committed copy is what the generator, the fake's validation tests and schemathesis read by
default; it must never drift from the project's shared copy, and an update must be all or nothing.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from mini_spec import MINI_SPEC

ROOT = Path(__file__).resolve().parents[2]
COMMITTED = ROOT / "openapi" / "prisma-management-api.json"
PROVENANCE = ROOT / "openapi" / "PROVENANCE.json"
SHARED = ROOT.parent / "shared" / "openapi" / "prisma-management-api.json"


def test_the_committed_document_is_the_shared_one() -> None:
    if not SHARED.exists():
        pytest.skip("no ../shared checkout beside this tree (an unpacked sdist or a lone clone)")
    assert COMMITTED.read_bytes() == SHARED.read_bytes(), (
        "openapi/prisma-management-api.json differs from ../shared: run "
        "`python -m codegen --update --from ../shared/openapi/prisma-management-api.json`"
    )


def test_the_provenance_names_the_committed_bytes() -> None:
    provenance = json.loads(PROVENANCE.read_text(encoding="utf-8"))
    assert provenance["sha256"] == hashlib.sha256(COMMITTED.read_bytes()).hexdigest()
    document = json.loads(COMMITTED.read_bytes())
    methods = {"get", "put", "post", "delete", "patch"}
    assert provenance["operations"] == sum(1 for i in document["paths"].values() for m in i if m in methods)
    assert provenance["source"] and provenance["retrieved"]


@pytest.fixture
def scratch_repo(tmp_path: Path) -> Path:
    """A copy of the generator with its committed document, so --update can write freely."""
    repo = tmp_path / "repo"
    shutil.copytree(ROOT / "codegen", repo / "codegen", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "openapi", repo / "openapi")
    shutil.copy(ROOT / "pyproject.toml", repo / "pyproject.toml")
    return repo


def run_codegen(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PRISMA_OPENAPI_SPEC"}
    return subprocess.run(
        [sys.executable, "-m", "codegen", *args],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_update_replaces_the_document_records_provenance_and_regenerates(scratch_repo: Path) -> None:
    source = scratch_repo / "new.json"
    source.write_text(json.dumps(MINI_SPEC), encoding="utf-8")
    out = scratch_repo / "generated"
    done = run_codegen(scratch_repo, "--update", "--from", str(source), "--out", str(out))
    assert done.returncode == 0, done.stdout + done.stderr
    committed = scratch_repo / "openapi" / "prisma-management-api.json"
    assert committed.read_bytes() == source.read_bytes()
    provenance = json.loads((scratch_repo / "openapi" / "PROVENANCE.json").read_text())
    assert provenance["source"] == str(source)
    assert provenance["sha256"] == hashlib.sha256(source.read_bytes()).hexdigest()
    assert (out / "operations.py").exists() or any(out.rglob("*.py"))
    # The regenerated code now checks clean against the new committed document by default.
    checked = run_codegen(scratch_repo, "--check", "--out", str(out))
    assert checked.returncode == 0, checked.stdout + checked.stderr


@pytest.mark.parametrize("content", [b"<html>login page</html>", b'{"openapi": "3.1.0"}'])
def test_a_failed_update_leaves_the_committed_document_untouched(scratch_repo: Path, content: bytes) -> None:
    before = {p.name: p.read_bytes() for p in (scratch_repo / "openapi").iterdir()}
    source = scratch_repo / "bad.json"
    source.write_bytes(content)
    done = run_codegen(scratch_repo, "--update", "--from", str(source), "--out", str(scratch_repo / "g"))
    assert done.returncode == 1
    assert "not updated" in done.stderr and str(source) in done.stderr
    assert {p.name: p.read_bytes() for p in (scratch_repo / "openapi").iterdir()} == before
    assert not (scratch_repo / "g").exists()


def test_from_without_update_is_a_usage_error(scratch_repo: Path) -> None:
    done = run_codegen(scratch_repo, "--from", "x.json")
    assert done.returncode == 2
    assert "--from goes with --update" in done.stderr
