"""Render every generated module, format it, and write it (or compare it, for ``--check``)."""

from __future__ import annotations

import functools
import subprocess
import sys
from pathlib import Path
from typing import Any

from ._layout import model_modules
from ._operations import collect
from ._render import (
    render_client_methods,
    render_models,
    render_operations,
    render_params,
    render_request_schemas,
)
from ._render_resources import render_resource_accessors, render_resources

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "src" / "prisma_management_api" / "_generated"

_INIT = '''"""Code generated from the OpenAPI document by ``python -m codegen``. Do not edit."""
'''


def generate(document: dict[str, Any]) -> dict[str, str]:
    """Path (relative to the output folder) -> formatted source, for one OpenAPI document.

    Same input, same bytes.
    """
    operations, models, dicts = collect(document)
    raw = {
        "__init__.py": _INIT,
        "params.py": render_params(document, dicts),
        "operations.py": render_operations(document, operations),
        **render_client_methods(document, operations),
        "request_schemas.py": render_request_schemas(document, operations),
        "resource_accessors.py": render_resource_accessors(document, operations, models, dicts),
        **render_models(document, models, model_modules(operations, models)),
        **render_resources(document, operations, models, dicts),
    }
    return {name: _format(name, source) for name, source in sorted(raw.items())}


def _format(name: str, source: str) -> str:
    """Lint-fix then format, as the repository's ruff settings would: the output is ruff-clean.

    ruff is pinned in the dev dependencies, so its version is part of the reproducible output.
    """
    stdin_name = str(DEFAULT_OUT / name)  # so that the per-file settings of _generated apply
    for command in (["check", "--fix-only", "--exit-zero", "-q"], ["format"]):
        done = subprocess.run(
            [*_ruff(), *command, "--stdin-filename", stdin_name, "-"],
            input=source,
            capture_output=True,
            text=True,
            check=False,
            cwd=DEFAULT_OUT.parent.parent.parent,
        )
        if done.returncode != 0:
            raise RuntimeError(f"ruff could not {command[0]} generated {name}:\n{done.stderr}")
        source = done.stdout
    return source


@functools.cache
def _ruff() -> tuple[str, ...]:
    """The pinned ruff's binary itself: ``python -m ruff`` would start an interpreter for each of
    the two runs per module, most of the generator's time with one module per model."""
    try:
        from ruff.__main__ import find_ruff_bin

        return (str(find_ruff_bin()),)
    except (ImportError, FileNotFoundError):  # no ruff here: python -m ruff says so
        return (sys.executable, "-m", "ruff")


def write_or_check(files: dict[str, str], out: Path, *, check: bool) -> list[str]:
    """Write the files (removing stale ones), or list those that differ when checking."""
    existing = {p.relative_to(out).as_posix() for p in out.rglob("*.py")} if out.exists() else set()
    stale = sorted(
        name
        for name in set(files) | existing
        if name not in files
        or not (out / name).exists()
        or (out / name).read_text(encoding="utf-8") != files[name]
    )
    if check:
        return stale
    for name in existing - set(files):
        (out / name).unlink()
    for name, source in files.items():
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_text(source, encoding="utf-8", newline="\n")
    return stale
