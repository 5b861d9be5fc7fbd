"""Where the tests find the OpenAPI document: as the generator does (``PRISMA_OPENAPI_SPEC``, else
the shared checkout beside the repository). It is data, never copied into the repository."""

from __future__ import annotations

import json
import os
import urllib.request
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]
SHARED_SPEC = REPO_ROOT.parent / "shared" / "openapi" / "prisma-management-api.json"


def spec_location() -> str | None:
    """The document's path or URL, or None when there is none to test against."""
    from_env = os.environ.get("PRISMA_OPENAPI_SPEC")
    if from_env:
        return from_env
    return str(SHARED_SPEC) if SHARED_SPEC.exists() else None


def load_spec(location: str) -> dict[str, Any]:
    if location.startswith(("http://", "https://")):
        with urllib.request.urlopen(location, timeout=30) as response:
            document: dict[str, Any] = json.load(response)
            return document
    loaded: dict[str, Any] = json.loads(Path(location).read_bytes())
    return loaded
