"""Request headers: merging them case-insensitively, and checking them once before any transport.

Each HTTP library refuses a bad header its own way (urllib3 echoes the whole value, a token
included, in its exception; aiohttp and httpx raise ``UnicodeEncodeError`` or their own errors), or
worse sends it. So names and values are checked here, the same way for every transport, and the
message names the header but never shows its value: header values are often credentials.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

# RFC 9110 token characters: what a header name may be made of.
_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
# Control characters other than tab (CR and LF above all: header injection), and NUL.
_BAD_VALUE_CHAR = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")


def check_header(name: object, value: object) -> str:
    """``value`` if ``name: value`` can be sent as it is; a ``ValueError`` naming the header if not."""
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        raise ValueError(f"invalid header name {name!r}: only RFC 9110 token characters are allowed")
    if not isinstance(value, str):
        raise TypeError(f"header {name!r} must be a string, got {type(value).__name__}")
    if _BAD_VALUE_CHAR.search(value):
        raise ValueError(
            f"header {name!r} contains a line break or a control character (value not shown): "
            "strip it (a token read from a file often ends with a newline)"
        )
    try:
        value.encode("latin-1")
    except UnicodeEncodeError:
        raise ValueError(
            f"header {name!r} contains characters outside latin-1, which HTTP headers cannot carry "
            "(value not shown)"
        ) from None
    return value


def merge_headers(target: dict[str, str], extra: Mapping[str, str | None]) -> None:
    """Add ``extra`` to ``target``; a name already present in another case is replaced, and a
    name given as ``None`` is removed (a per-call ``{"User-Agent": None}`` sends none)."""
    lower = {key.lower(): key for key in target}
    for key, value in extra.items():
        existing = lower.get(key.lower())
        if existing is not None and (existing != key or value is None):
            del target[existing]
            del lower[key.lower()]
        if value is not None:
            target[key] = value
            lower[key.lower()] = key


def checked(headers: Mapping[str, str | None]) -> Mapping[str, str | None]:
    """``headers`` after :func:`check_header` on each one given a value."""
    for name, value in headers.items():
        if value is not None:
            check_header(name, value)
    return headers
