"""Reprs of requests that never show a credential: tracebacks rendered with their locals
(pytest ``--showlocals``, Sentry, rich) print every ``PreparedRequest`` and pipeline effect on
the stack, so what they print must be safe to paste into a bug report.

Redacted: the values of credential headers (``Authorization``, cookies, the alchemy-state lease
id, a capability token), of OAuth form fields (``refresh_token``, ``code``, ``code_verifier``,
``client_secret``, ...) and of JSON body fields whose name says they hold a secret. Names and
shapes stay visible: they are what one debugs with.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any, cast
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ._lazy_re import LazyPattern

MASK = "***"

SECRET_HEADERS = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "cookie",
        "set-cookie",
        "x-api-key",
        "alchemy-state-lease-id",  # "a capability token; do not log it" (the spec)
    }
)

# What an OAuth token request carries (RFC 6749, RFC 7636, RFC 8693 token exchange).
SECRET_FORM_FIELDS = frozenset(
    {
        "access_token",
        "assertion",
        "client_assertion",
        "client_secret",
        "code",
        "code_verifier",
        "id_token",
        "password",
        "refresh_token",
        "subject_token",
        "actor_token",
    }
)

# JSON request fields: credential-like names, and ``value`` (an environment variable's value).
# Compiled on first use: only reprs need it (see _lazy_re).
_SECRET_JSON_KEY = LazyPattern(
    r"pass|secret|token|credential|connection_?string|dsn|api_?key|private_?key|^value$|^leaseId$",
    re.IGNORECASE,
)

# A repr is for reading: a large body is cut (its size is still shown).
_MAX_BODY_CHARS = 2000


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    return {name: MASK if name.lower() in SECRET_HEADERS else value for name, value in headers.items()}


def redact_url(url: str) -> str:
    """The URL without a password in its user info, nor the values of secret query fields."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<unparseable URL>"
    netloc = parts.netloc
    if "@" in netloc:
        netloc = f"{MASK}@{netloc.rsplit('@', 1)[1]}"
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        if any(key.lower() in SECRET_FORM_FIELDS for key, _ in pairs):
            query = _masked_form(pairs)
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def describe_body(body: bytes | None, headers: Mapping[str, str]) -> str:
    """What a repr shows of a request body: its secrets masked, or only its size."""
    if body is None:
        return "None"
    content_type = next((v for k, v in headers.items() if k.lower() == "content-type"), "").lower()
    size = f"<{len(body)} bytes>"
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return size
    if content_type.startswith("application/x-www-form-urlencoded"):
        shown = _masked_form(parse_qsl(text, keep_blank_values=True))
    elif "json" in content_type:
        try:
            shown = json.dumps(_mask_json(json.loads(text)), ensure_ascii=False, separators=(",", ":"))
        except (ValueError, RecursionError):
            return size
    else:
        return size
    if len(shown) > _MAX_BODY_CHARS:
        return f"{shown[:_MAX_BODY_CHARS]!r}... {size}"
    return repr(shown)


def _masked_form(pairs: list[tuple[str, str]]) -> str:
    return urlencode([(k, MASK if k.lower() in SECRET_FORM_FIELDS else v) for k, v in pairs], safe="*")


def _mask_json(value: Any) -> Any:
    if isinstance(value, dict):
        items = cast("dict[str, Any]", value).items()
        return {k: MASK if _SECRET_JSON_KEY.search(k) and v is not None else _mask_json(v) for k, v in items}
    if isinstance(value, list):
        return [_mask_json(item) for item in cast("Iterable[Any]", value)]
    return value
