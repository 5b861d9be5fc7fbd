"""Request bodies: the bytes sent for ``body=``, by the request's ``Content-Type``.

As openapi-fetch does: JSON by default (``application/json``, or any JSON type the caller names,
such as ``application/merge-patch+json``), and form encoding when the caller sets
``application/x-www-form-urlencoded``. A body that JSON cannot carry (NaN, a lone surrogate, an
object of no JSON type) is refused before anything is sent, with the field named.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Mapping
from typing import Any, cast
from urllib.parse import quote_plus

from ._url import format_value

JSON = "application/json"
FORM = "application/x-www-form-urlencoded"


def media_type(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


def is_json(content_type: str) -> bool:
    media = media_type(content_type)
    return media == JSON or media.endswith("+json")


def encode_body(body: object, content_type: str) -> bytes:
    """``body`` as the bytes of ``content_type``; bytes (or text) of another type are sent as given."""
    if is_json(content_type):
        return encode_json(body)
    if media_type(content_type) == FORM:
        return encode_form(body)
    if isinstance(body, (bytes, bytearray)):
        return bytes(body)
    if isinstance(body, str):
        return body.encode("utf-8")
    raise TypeError(
        f"body for Content-Type {content_type!r} must be bytes or str (the SDK encodes only JSON and "
        f"form bodies), got {type(body).__name__}"
    )


def encode_json(body: object) -> bytes:
    try:
        # allow_nan=False: NaN and Infinity are not JSON; the API could not parse them.
        return json.dumps(body, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode()
    except (TypeError, ValueError, RecursionError):
        pass
    raise _json_problem(body)


def encode_form(body: object) -> bytes:
    """``new URLSearchParams(body).toString()``: ``a=1&b=x+y``; lists repeat the name."""
    if not isinstance(body, Mapping):
        raise TypeError(f"a form body must be a mapping of names to values, got {type(body).__name__}")
    pairs: list[str] = []
    for key, value in cast("Mapping[object, object]", body).items():
        name = str(key)
        values = cast("list[object]", value) if isinstance(value, (list, tuple)) else [value]
        for item in values:
            if item is None:
                continue
            text = format_value(item, f"body field {name!r}")
            pairs.append(f"{_form_component(name)}={_form_component(text)}")
    return "&".join(pairs).encode("ascii")


def _form_component(text: str) -> str:
    # The application/x-www-form-urlencoded byte serializer keeps * - . _ and alphanumerics.
    return quote_plus(text, safe="*").replace("~", "%7E")


# --- naming what JSON cannot carry --------------------------------------------------------------


def _json_problem(body: object) -> Exception:
    for where, value in _leaves(body, "body", set()):
        if isinstance(value, float) and not math.isfinite(value):
            return ValueError(f"{where} is {value!r}, which JSON cannot represent")
        if isinstance(value, str) and _has_lone_surrogate(value):
            return ValueError(f"{where} contains a lone surrogate, which is not valid UTF-8 text")
        if value is _CYCLE:
            return ValueError(f"{where} refers back to itself: the body is circular")
        if value is _TOO_DEEP:
            return ValueError(f"{where} is nested too deeply to be encoded")
        if not isinstance(value, (str, int, float, bool, type(None))):
            return TypeError(f"{where} is a {type(value).__name__}, which is not JSON-serializable")
    return TypeError("body must be JSON-serializable")


_CYCLE = object()
_TOO_DEEP = object()
_MAX_DEPTH = 500


def _leaves(value: object, where: str, active: set[int], depth: int = 0) -> Iterator[tuple[str, object]]:
    if depth > _MAX_DEPTH:
        yield where, _TOO_DEEP
        return
    if isinstance(value, (dict, list, tuple)):
        identity = id(cast("object", value))
        if identity in active:
            yield where, _CYCLE
            return
        active.add(identity)
        if isinstance(value, dict):
            for key, item in cast("dict[Any, object]", value).items():
                if isinstance(key, str) and _has_lone_surrogate(key):
                    yield f"{where} key {key.encode('utf-8', 'backslashreplace').decode()!r}", key
                yield from _leaves(item, f"{where}.{key}", active, depth + 1)
        else:
            for index, item in enumerate(cast("list[object]", value)):
                yield from _leaves(item, f"{where}[{index}]", active, depth + 1)
        active.discard(identity)
        return
    yield where, value


def _has_lone_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False
