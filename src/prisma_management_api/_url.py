"""Path and query encoding, with the TypeScript SDK's (openapi-fetch's) rules.

Values are written as JavaScript writes them (``String(value)``), so that both SDKs send the same
bytes: numbers as JSON has them (``1.0`` -> ``1``, ``1e-7`` -> ``1e-7``), booleans as
``true``/``false``, and text percent-encoded as ``encodeURIComponent`` does.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, cast
from urllib.parse import quote

_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")
# encodeURIComponent leaves A-Z a-z 0-9 - _ . ! ~ * ' ( ) alone; quote() always keeps - _ . ~.
_URI_COMPONENT_SAFE = "!*'()"


def encode_component(text: str) -> str:
    """``encodeURIComponent(text)``."""
    return quote(text, safe=_URI_COMPONENT_SAFE)


def format_number(value: int | float, name: str) -> str:
    """A number as JSON (and JavaScript's ``String(n)``) writes it: ``1.0`` -> ``1``, ``1e-7`` ->
    ``1e-7``, ``1e21`` -> ``1e+21``. NaN and the infinities have no JSON form: a ``ValueError``."""
    if isinstance(value, int):
        return str(value)
    if not math.isfinite(value):
        raise ValueError(f"{name} must be a finite number, got {value!r}")
    if not value:  # 0.0 and -0.0, which JavaScript writes "0"
        return "0"
    # repr() gives the shortest digits that round-trip, as ECMAScript's Number::toString does;
    # only the layout (where the point goes, when to use an exponent) differs.
    sign = "-" if value < 0 else ""
    _, digit_tuple, exponent = Decimal(repr(abs(value))).as_tuple()
    assert isinstance(exponent, int)  # a finite number
    whole = "".join(map(str, digit_tuple))
    digits = whole.rstrip("0")
    exponent += len(whole) - len(digits)
    point = len(digits) + exponent  # ECMAScript's n: value = 0.digits * 10**point
    k = len(digits)
    if k <= point <= 21:
        text = digits + "0" * (point - k)
    elif 0 < point <= 21:
        text = f"{digits[:point]}.{digits[point:]}"
    elif -6 < point <= 0:
        text = "0." + "0" * -point + digits
    else:
        exponent = point - 1
        mark = "+" if exponent >= 0 else "-"
        head = digits[0] + (f".{digits[1:]}" if k > 1 else "")
        text = f"{head}e{mark}{abs(exponent)}"
    return sign + text


def format_value(value: object, name: str) -> str:
    """A path or query value as text: strings as they are, booleans and numbers as JSON."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return format_number(value, name)
    raise TypeError(f"{name} must be a string, a number or a boolean, got {type(value).__name__}")


def _segment(name: str, value: object) -> str:
    text = format_value(value, f"path parameter {name!r}")
    if text == "":
        raise ValueError(f"path parameter {name!r} must not be empty")
    if text in (".", ".."):
        # Percent-encoding leaves dots alone, so these would walk up the URL path.
        raise ValueError(f"path parameter {name!r} must not be {text!r}")
    # A whole segment: "/" becomes %2F, so a value can never reach another route.
    return encode_component(text)


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


def _pair(name: str, value: object) -> str:
    text = format_value(value, f"query parameter {name!r}")
    return f"{encode_component(name)}={encode_component(text)}"


def encode_query(query: Mapping[str, Any] | None) -> str:
    """The query string, as openapi-fetch's default serializer writes it.

    ``None`` values are dropped, lists repeat the name (``a=1&a=2``), objects are ``deepObject``
    (``q[a]=1&q[b]=x%20y``, the brackets percent-encoded), booleans are ``true``/``false`` and
    numbers are written as JSON.
    Anything else (a nested object, a set, a date) is a ``TypeError`` naming the parameter.
    """
    if not query:
        return ""
    pairs: list[str] = []
    for key, value in query.items():
        if value is None:
            continue
        if isinstance(value, (list, tuple)):
            items = cast("list[object]", list(cast("Any", value)))
            pairs.extend(_pair(key, item) for item in items if item is not None)
        elif isinstance(value, Mapping):
            fields = cast("Mapping[object, object]", value)
            for field, item in fields.items():
                if item is not None:
                    # The brackets are sent percent-encoded (q%5Ba%5D=1, read as q[a]=1 by any
                    # server): urllib3 re-encodes raw ones, and every transport must send the same.
                    pairs.append(_pair(f"{key}[{field}]", item))
        else:
            pairs.append(_pair(key, value))
    return "&".join(pairs)


def join_url(base_url: str, path: str, query: str) -> str:
    url = base_url.rstrip("/") + path
    return f"{url}?{query}" if query else url
