"""Find and read the OpenAPI document the generator and the tests work from.

The document is data, not part of the repository: it comes from ``PRISMA_OPENAPI_SPEC`` (a path
or a URL), else from the shared checkout next to the repository, else from the live API.
"""

from __future__ import annotations

import json
import os
import urllib.request
from pathlib import Path
from typing import Any

LIVE_SPEC_URL = "https://api.prisma.io/v1/doc"
ENV_VAR = "PRISMA_OPENAPI_SPEC"
_REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_SPEC = _REPO_ROOT.parent / "shared" / "openapi" / "prisma-management-api.json"


def default_spec_location() -> str:
    """The spec location used when none is given on the command line."""
    from_env = os.environ.get(ENV_VAR)
    if from_env:
        return from_env
    if SHARED_SPEC.exists():
        return str(SHARED_SPEC)
    return LIVE_SPEC_URL


def load_spec(location: str | None = None) -> dict[str, Any]:
    """Read an OpenAPI document from a file path or an http(s) URL."""
    where = location or default_spec_location()
    if where.startswith(("http://", "https://")):
        with urllib.request.urlopen(where, timeout=30) as response:
            raw: bytes = response.read()
    else:
        raw = Path(where).read_bytes()
    document = json.loads(raw)
    if not isinstance(document, dict) or "paths" not in document:
        raise ValueError(f"{where} is not an OpenAPI document (no 'paths')")
    return document
