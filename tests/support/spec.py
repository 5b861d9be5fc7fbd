"""Where the tests find the OpenAPI document: as the generator does (``PRISMA_OPENAPI_SPEC``, else
the copy committed in ``openapi/``)."""

from __future__ import annotations

import json
import os
import urllib.request
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]
COMMITTED_SPEC = REPO_ROOT / "openapi" / "prisma-management-api.json"
SHARED_SPEC = REPO_ROOT.parent / "shared" / "openapi" / "prisma-management-api.json"


def spec_location() -> str:
    """The document's path or URL."""
    return os.environ.get("PRISMA_OPENAPI_SPEC") or str(COMMITTED_SPEC)


def load_spec(location: str) -> dict[str, Any]:
    if location.startswith(("http://", "https://")):
        with urllib.request.urlopen(location, timeout=30) as response:
            document: dict[str, Any] = json.load(response)
            return document
    loaded: dict[str, Any] = json.loads(Path(location).read_bytes())
    return loaded
