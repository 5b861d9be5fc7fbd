"""The documentation site: every Python example runs, and every public name is documented.

Each page's ```python blocks run in order in a fresh interpreter against a fake platform, with
the environment a user would have set (``PRISMA_SERVICE_TOKEN``, ``PRISMA_MANAGEMENT_API_URL``,
``PRISMA_AUTH_BASE_URL``, ``PRISMA_CLIENT_ID``) and a scratch ``HOME``.
"""

from __future__ import annotations

import inspect
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any, get_origin

import pytest

import prisma_management_api
from prisma_management_api import testing as fake_platform
from prisma_management_api.testing import FakePrismaPlatform

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
RUNNER = Path(__file__).with_name("run_blocks.py")
_FENCE = re.compile(r"^```python\n(.*?)^```", re.S | re.M)


def python_blocks(page: Path) -> list[dict[str, object]]:
    text = page.read_text(encoding="utf-8")
    return [
        {"line": text.count("\n", 0, match.start()) + 1, "source": match.group(1)}
        for match in _FENCE.finditer(text)
    ]


PAGES = sorted(p for p in DOCS.rglob("*.md") if python_blocks(p))


def test_the_site_has_examples_to_run() -> None:
    assert len(PAGES) >= 6, PAGES


@pytest.mark.parametrize("page", PAGES, ids=[str(p.relative_to(DOCS)) for p in PAGES])
def test_every_example_of_the_page_runs(page: Path, tmp_path: Path) -> None:
    blocks = tmp_path / "blocks.json"
    blocks.write_text(json.dumps({"page": str(page.relative_to(ROOT)), "blocks": python_blocks(page)}))
    with FakePrismaPlatform(provisioning_delay=0) as fake:
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("PRISMA_")},
            "HOME": str(tmp_path),
            "PRISMA_SERVICE_TOKEN": fake.service_token,
            "PRISMA_MANAGEMENT_API_URL": fake.api_url,
            "PRISMA_AUTH_BASE_URL": fake.auth_url,
            "PRISMA_CLIENT_ID": fake.client_id,
        }
        if page.name == "ci.md":  # the CI page runs as inside a GitHub Actions job
            env.update(fake.github_actions_job("octo-org/app").env)
        done = subprocess.run(
            [sys.executable, str(RUNNER), str(blocks)],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    assert done.returncode == 0, done.stderr[-6000:]
    # Examples print what users would see; none of it may be a secret.
    assert fake.service_token not in done.stdout + done.stderr
    assert "eyJ" not in done.stdout and "postgres://" not in done.stdout


@pytest.mark.parametrize("module", [prisma_management_api, fake_platform], ids=lambda m: m.__name__)
def test_every_public_name_has_a_docstring(module: Any) -> None:
    undocumented = []
    for name in module.__all__:
        if name in {"__version__", "types"}:
            continue
        value = getattr(module, name)
        if get_origin(value) is not None:
            continue  # a type alias such as Callable[...] (a class to inspect on Python 3.10)
        if (inspect.isclass(value) or inspect.isfunction(value)) and not inspect.getdoc(value):
            undocumented.append(name)
    assert undocumented == []
