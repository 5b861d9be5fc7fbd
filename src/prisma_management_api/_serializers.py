"""``query_serializer`` and ``body_serializer``: how a call's query and body become bytes.

Both are hooks around the default encoding, which stays the SDK's own (``_url.encode_query`` and
the JSON body of ``_core.prepare``): without a serializer nothing changes. A query serializer is
either a callable (``query -> "a=1&b=2"``) or openapi-fetch's style options, applied to every
array and object value of the query::

    {"array": {"style": "pipeDelimited", "explode": False},   # ids=a|b   (default: ids=a&ids=b)
     "object": {"style": "form", "explode": True},            # x=1&y=2   (default: f[x]=1&f[y]=2)
     "allow_reserved": True}                                  # ":/?#[]@!$&'()*+,;=" left as is

Options given on a call are merged over the client's (as openapi-fetch does); a callable replaces
them. A body serializer is a callable ``body -> (content, content type)``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Literal, Union, cast

from typing_extensions import TypeAlias, TypedDict

from ._url import format_value


class ArraySerialization(TypedDict, total=False):
    style: Literal["form", "spaceDelimited", "pipeDelimited"]
    explode: bool


class ObjectSerialization(TypedDict, total=False):
    style: Literal["form", "deepObject"]
    explode: bool


class QuerySerializerOptions(TypedDict, total=False):
    array: ArraySerialization
    object: ObjectSerialization
    allow_reserved: bool


QuerySerializer: TypeAlias = Callable[[Mapping[str, Any]], str]
"""``query -> "a=1&b=2"``: the whole query string, without the leading ``?``."""

QuerySerializerArg: TypeAlias = Union[QuerySerializerOptions, QuerySerializer, None]

BodySerializer: TypeAlias = Callable[[Any], "tuple[bytes | str, str]"]
"""``body -> (content, content type)``; ``str`` content is sent UTF-8 encoded."""

_ARRAY_STYLES = frozenset({"form", "spaceDelimited", "pipeDelimited"})
_OBJECT_STYLES = frozenset({"form", "deepObject"})
# Brackets and pipes are percent-encoded though openapi-fetch writes them raw: RFC 3986 does not
# allow them in a query, and urllib3 and httpx would encode them anyway, so every transport sends
# the same bytes this way. For the same reason "#" (it would end the query) is never left raw.
_ARRAY_JOINERS = {"form": ",", "spaceDelimited": "%20", "pipeDelimited": "%7C"}
_RESERVED = ":/?@!$&'()*+,;="


def _check_options(options: Mapping[str, Any]) -> None:
    unknown = set(options) - {"array", "object", "allow_reserved"}
    if unknown:
        raise ValueError(
            f"query_serializer has unknown keys {sorted(unknown)}: use 'array', 'object' and 'allow_reserved'"
        )
    for kind, styles in (("array", _ARRAY_STYLES), ("object", _OBJECT_STYLES)):
        value = options.get(kind)
        if value is None:
            continue
        if not isinstance(value, Mapping):
            raise TypeError(f"query_serializer[{kind!r}] must be a dict, got {type(value).__name__}")
        given = cast("Mapping[str, Any]", value)
        extra = set(given) - {"style", "explode"}
        if extra:
            raise ValueError(
                f"query_serializer[{kind!r}] has unknown keys {sorted(extra)}: use 'style' and 'explode'"
            )
        style = given.get("style", "form")
        if style not in styles:
            raise ValueError(
                f"query_serializer[{kind!r}]['style'] must be one of {sorted(styles)}, got {style!r}"
            )
        if not isinstance(given.get("explode", True), bool):
            raise TypeError(f"query_serializer[{kind!r}]['explode'] must be a bool")
    if not isinstance(options.get("allow_reserved", False), bool):
        raise TypeError("query_serializer['allow_reserved'] must be a bool")


def resolve_query_serializer(client: QuerySerializerArg, call: QuerySerializerArg) -> QuerySerializer | None:
    """The serializer of one call (``None``: the SDK's default), from the client's and the call's."""
    if call is None:
        chosen: QuerySerializerArg = client
    elif callable(call) or client is None or callable(client):
        chosen = call
    else:  # two option dicts: the call's over the client's, one level deep as openapi-fetch
        chosen = cast("QuerySerializerOptions", {**client, **call})
    if chosen is None or callable(chosen):
        return chosen
    if not isinstance(chosen, Mapping):
        raise TypeError(
            f"query_serializer must be a dict of options or a callable, got {type(chosen).__name__}"
        )
    _check_options(chosen)
    return _StyledQuery(chosen)


def check_query_serializer(value: QuerySerializerArg) -> QuerySerializerArg:
    """Fail at configuration time, not at the first call, on a malformed serializer."""
    resolve_query_serializer(value, None)
    return value


def check_body_serializer(value: BodySerializer | None) -> BodySerializer | None:
    if value is not None and not callable(value):
        raise TypeError(f"body_serializer must be a callable, got {type(value).__name__}")
    return value


class _StyledQuery:
    """A query serializer from style options: openapi-fetch's ``createQuerySerializer``."""

    __slots__ = ("_array", "_array_explode", "_object", "_object_explode", "_safe")

    def __init__(self, options: QuerySerializerOptions) -> None:
        array = options.get("array", {})
        obj = options.get("object", {})
        self._array = array.get("style", "form")
        self._array_explode = array.get("explode", True)
        self._object = obj.get("style", "deepObject")
        self._object_explode = obj.get("explode", True)
        self._safe = _RESERVED if options.get("allow_reserved", False) else ""

    def __call__(self, query: Mapping[str, Any]) -> str:
        parts: list[str] = []
        for name, value in query.items():
            if value is None:
                continue
            if isinstance(value, (list, tuple)):
                parts.extend(self._array_param(name, list(cast("Sequence[Any]", value))))
            elif isinstance(value, Mapping):
                parts.extend(self._object_param(name, cast("Mapping[str, Any]", value)))
            else:
                parts.append(f"{self._name(name)}={self._value(name, value)}")
        return "&".join(parts)

    def _name(self, name: str) -> str:
        return _quote(name, self._safe)

    def _value(self, name: str, value: object) -> str:
        if isinstance(value, (list, tuple, Mapping)):
            kind = type(cast("object", value)).__name__
            raise TypeError(
                f"query parameter {name!r} nests a {kind}: pass query_serializer=<callable> "
                "to encode nested values"
            )
        return _quote(format_value(value, f"query parameter {name!r}"), self._safe)

    def _array_param(self, name: str, values: list[Any]) -> list[str]:
        values = [v for v in values if v is not None]
        if not values:
            return []
        if self._array_explode:
            return [f"{self._name(name)}={self._value(name, v)}" for v in values]
        joiner = _ARRAY_JOINERS[self._array]
        return [f"{self._name(name)}={joiner.join(self._value(name, v) for v in values)}"]

    def _object_param(self, name: str, value: Mapping[str, Any]) -> list[str]:
        items = [(key, v) for key, v in value.items() if v is not None]
        if self._object == "deepObject":
            return [f"{self._name(f'{name}[{key}]')}={self._value(name, v)}" for key, v in items]
        if self._object_explode:
            return [f"{self._name(key)}={self._value(name, v)}" for key, v in items]
        flat = ",".join(f"{self._name(key)},{self._value(name, v)}" for key, v in items)
        return [f"{self._name(name)}={flat}"] if items else []


def _quote(text: str, safe: str) -> str:
    from urllib.parse import quote

    return quote(text, safe=safe)


def serialize_body(serializer: BodySerializer, body: Any) -> tuple[bytes, str]:
    """Run a body serializer and check what it gives back."""
    outcome = serializer(body)
    if not (isinstance(outcome, tuple) and len(outcome) == 2):
        raise TypeError(f"body_serializer must return (content, content type), got {type(outcome).__name__}")
    content, content_type = cast("tuple[object, object]", outcome)
    if isinstance(content, str):
        content = content.encode()
    if isinstance(content, (bytearray, memoryview)):
        content = bytes(cast("bytes", content))
    if not isinstance(content, bytes):
        raise TypeError(
            f"body_serializer returned content of type {type(content).__name__}: use bytes or str"
        )
    if (
        not isinstance(content_type, str)
        or not content_type.strip()
        or "\r" in content_type
        or "\n" in content_type
    ):
        raise ValueError(f"body_serializer returned an unusable content type {content_type!r}")
    return content, content_type


__all__ = [
    "ArraySerialization",
    "BodySerializer",
    "ObjectSerialization",
    "QuerySerializer",
    "QuerySerializerArg",
    "QuerySerializerOptions",
    "check_body_serializer",
    "check_query_serializer",
    "resolve_query_serializer",
    "serialize_body",
]
