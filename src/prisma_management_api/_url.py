"""Path and query encoding, with the TypeScript SDK's (openapi-fetch's) rules."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, cast
from urllib.parse import quote, urlencode

_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")


def _segment(name: str, value: object) -> str:
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, (str, int, float)):
        text = str(value)
    else:
        raise TypeError(f"path parameter {name!r} must be a string or a number, got {type(value).__name__}")
    if text == "":
        raise ValueError(f"path parameter {name!r} must not be empty")
    if text in (".", ".."):
        # Percent-encoding leaves dots alone, so these would walk up the URL path.
        raise ValueError(f"path parameter {name!r} must not be {text!r}")
    # A whole segment: "/" becomes %2F, so a value can never reach another route.
    return quote(text, safe="")


def fill_path(template: str, path_params: Mapping[str, Any] | None) -> str:
    """``/v1/projects/{id}`` + ``{"id": "a/b"}`` -> ``/v1/projects/a%2Fb``."""
    if "{" not in template:
        return template
    given = path_params or {}

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in given:
            raise ValueError(f"missing path parameter {name!r} for {template}")
        return _segment(name, given[name])

    return _PLACEHOLDER.sub(replace, template)


def _query_value(value: object) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)


def encode_query(query: Mapping[str, Any] | None) -> str:
    """``{"a": [1, 2], "b": None, "c": True}`` -> ``a=1&a=2&c=true`` (None dropped, lists exploded)."""
    if not query:
        return ""
    pairs: list[tuple[str, str]] = []
    for key, value in query.items():
        if value is None:
            continue
        if isinstance(value, (list, tuple)):
            items: list[object] = list(cast("list[object]", value))
            pairs.extend((key, _query_value(v)) for v in items if v is not None)
        else:
            pairs.append((key, _query_value(value)))
    return urlencode(pairs, quote_via=quote)


def join_url(base_url: str, path: str, query: str) -> str:
    url = base_url.rstrip("/") + path
    return f"{url}?{query}" if query else url
