"""Find, read and refresh the OpenAPI document the generator and the tests work from.

The document the code is generated from is committed at ``openapi/prisma-management-api.json``
(with ``openapi/PROVENANCE.json`` saying where and when it came from), so a clone or an sdist
stands alone. ``PRISMA_OPENAPI_SPEC`` (a path or a URL) overrides it for one run;
``python -m codegen --update`` refreshes the committed copy.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import urllib.request
from pathlib import Path
from typing import Any

LIVE_SPEC_URL = "https://api.prisma.io/v1/doc"
ENV_VAR = "PRISMA_OPENAPI_SPEC"
_REPO_ROOT = Path(__file__).resolve().parent.parent
COMMITTED_SPEC = _REPO_ROOT / "openapi" / "prisma-management-api.json"
PROVENANCE = _REPO_ROOT / "openapi" / "PROVENANCE.json"


def default_spec_location() -> str:
    """The spec location used when none is given on the command line."""
    return os.environ.get(ENV_VAR) or str(COMMITTED_SPEC)


def read_spec_bytes(location: str) -> bytes:
    """The raw bytes of an OpenAPI document at a file path or an http(s) URL."""
    if location.startswith(("http://", "https://")):
        with urllib.request.urlopen(location, timeout=30) as response:
            raw: bytes = response.read()
            return raw
    return Path(location).read_bytes()


def parse_spec(raw: bytes, where: str) -> dict[str, Any]:
    try:
        document = json.loads(raw)
    except ValueError as error:
        raise ValueError(f"{where} is not JSON: {error}") from None
    if not isinstance(document, dict) or "paths" not in document or "openapi" not in document:
        raise ValueError(f"{where} is not an OpenAPI document (no 'openapi' or 'paths')")
    return document


def load_spec(location: str | None = None) -> dict[str, Any]:
    """Read an OpenAPI document from a file path or an http(s) URL."""
    where = location or default_spec_location()
    return parse_spec(read_spec_bytes(where), where)


def update_committed_spec(source: str) -> dict[str, Any]:
    """Replace the committed document by the one at ``source`` and record its provenance.

    The new document is checked before anything is written, and each file is replaced
    atomically, so a failed download or a page that is not an OpenAPI document leaves the
    committed copy as it was.
    """
    raw = read_spec_bytes(source)
    document = parse_spec(raw, source)
    provenance = {
        "source": source,
        "retrieved": _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "sha256": hashlib.sha256(raw).hexdigest(),
        "operations": count_operations(document),
    }
    _replace(COMMITTED_SPEC, raw)
    _replace(PROVENANCE, (json.dumps(provenance, indent=2) + "\n").encode())
    return document


def count_operations(document: dict[str, Any]) -> int:
    methods = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
    return sum(1 for item in document["paths"].values() for method in item if method in methods)


def _replace(path: Path, data: bytes) -> None:
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)
