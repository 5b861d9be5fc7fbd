"""Request validation against the spec, from the generated ``REQUEST_SCHEMAS`` (never the document).

Query, path and header values arrive as strings: each is coerced to its schema's type first
(``"25"`` -> ``25`` for a number) and then checked. A body is checked as JSON. Validators are
compiled once per operation, on the operation's first request, so starting the fake costs nothing
and a request costs one dict lookup when there is nothing to check.

Messages name the failing field (``body.name: ...``, ``query.limit: ...``) and never repeat the
value that was sent: a request body may hold a secret.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, cast

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError, best_match  # pyright: ignore[reportUnknownVariableType]

from .._generated.request_schemas import REQUEST_SCHEMAS

_MISSING: Any = object()

#: Deepest nesting of arrays and objects a request body may have. No operation's schema comes near
#: it; a deeper body is refused before anything recurses over it (Python's own limit is ~1000).
MAX_JSON_DEPTH = 128


class RequestInvalid(Exception):
    """A request the spec does not allow. ``location``: ``query``, ``path`` or ``body``;
    ``malformed``: the body is not JSON at all, or not JSON the fake reads (nested too deep)."""

    def __init__(
        self, message: str, *, location: str = "body", malformed: bool = False, code: str | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.location = location
        self.malformed = malformed
        self.code = code  # None: the code of the status the route answers with


@dataclass(frozen=True)
class _ParamCheck:
    name: str
    location: str
    required: bool
    coerce: Callable[[str], Any]
    validator: Draft202012Validator
    # A plain test for the common schemas (a string, maybe with a pattern): True when valid.
    # jsonschema then only runs to explain a failure. None: always ask jsonschema.
    quick: Callable[[Any], bool] | None


@dataclass(frozen=True)
class _OperationCheck:
    params: tuple[_ParamCheck, ...]
    body: Draft202012Validator | None
    body_required: bool


@dataclass(frozen=True)
class Validated:
    """A request's parameters, coerced to their schema types, and its parsed body."""

    query: dict[str, Any]
    path: dict[str, Any]
    body: Any  # None when the request had none


_FORMATS = FormatChecker()

# JSON Schema patterns are ECMA-262 regexes, as the platform (JavaScript) runs them; Python's `re`
# gives \s, \d and \w a Unicode meaning (\s matches "\x85", for one). Each becomes its ECMA class.
_ECMA_CLASSES = {
    "s": "\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff",
    "d": "0-9",
    "w": "A-Za-z0-9_",
}


def ecma_pattern(pattern: str) -> str:
    """``pattern`` with ``\\s \\d \\w`` (and their negations) spelt as ECMA-262 reads them."""
    out: list[str] = []
    in_class = False
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\" and index + 1 < len(pattern):
            escape = pattern[index : index + 2]
            members = _ECMA_CLASSES.get(escape[1].lower())
            negated = escape[1].isupper()
            if members is None or (in_class and negated):
                out.append(escape)  # a negated class inside a class keeps Python's meaning
            elif in_class:
                out.append(members)
            else:
                out.append(f"[{'^' if negated else ''}{members}]")
            index += 2
            continue
        if char == "[" and not in_class:
            in_class = True
        elif char == "]" and in_class:
            in_class = False
        out.append(char)
        index += 1
    return "".join(out)


def _ecma_schema(schema: Any) -> Any:
    """A copy of ``schema`` whose ``pattern`` keywords are :func:`ecma_pattern` translated."""
    if isinstance(schema, dict):
        return {
            key: ecma_pattern(value) if key == "pattern" and isinstance(value, str) else _ecma_schema(value)
            for key, value in schema.items()  # pyright: ignore[reportUnknownVariableType]
        }
    if isinstance(schema, list):
        return [_ecma_schema(item) for item in schema]  # pyright: ignore[reportUnknownVariableType]
    return schema


_compiled: dict[str, _OperationCheck] = {}
_compile_lock = threading.Lock()


def _types(schema: Mapping[str, Any]) -> set[str]:
    declared = schema.get("type")
    found: set[str] = set()
    if isinstance(declared, str):
        found.add(declared)
    elif isinstance(declared, list):
        found.update(str(t) for t in declared)  # pyright: ignore[reportUnknownVariableType, reportUnknownArgumentType]
    for key in ("anyOf", "oneOf"):
        for option in schema.get(key, ()):
            found |= _types(option)
    return found


def _coercer(schema: Mapping[str, Any]) -> Callable[[str], Any]:
    """How a query/path/header string becomes the value its schema describes."""
    types = _types(schema)

    def coerce(raw: str) -> Any:
        if "integer" in types or "number" in types:
            try:
                return int(raw)
            except ValueError:
                try:
                    if "number" in types:
                        value = float(raw)
                        if value == value and value not in (float("inf"), float("-inf")):
                            return value
                except ValueError:
                    pass
        if "boolean" in types and raw in ("true", "false"):
            return raw == "true"
        return raw

    return coerce


def _quick_check(schema: Mapping[str, Any]) -> Callable[[Any], bool] | None:
    if schema.get("type") == "number" and set(schema) <= {"type", "default"}:
        return lambda value: isinstance(value, (int, float)) and not isinstance(value, bool)
    if schema.get("type") != "string" or not set(schema) <= {"type", "pattern"}:
        return None
    pattern = schema.get("pattern")
    if pattern is None:
        return lambda value: isinstance(value, str)
    search = re.compile(ecma_pattern(str(pattern))).search
    return lambda value: isinstance(value, str) and search(value) is not None


def _compile(key: str) -> _OperationCheck:
    entry = REQUEST_SCHEMAS[key]
    params = tuple(
        _ParamCheck(
            name=param["name"],
            location=param["in"],
            required=bool(param.get("required")),
            coerce=_coercer(param.get("schema") or {}),
            validator=Draft202012Validator(_ecma_schema(param.get("schema") or {}), format_checker=_FORMATS),
            quick=_quick_check(param.get("schema") or {}),
        )
        for param in entry["parameters"]
        # Headers are the handlers' business: a missing lease header is a 409, not a 422.
        if param["in"] in ("query", "path")
    )
    body_schema = entry["body"]
    body = (
        Draft202012Validator(_ecma_schema(body_schema), format_checker=_FORMATS)
        if body_schema is not None
        else None
    )
    return _OperationCheck(params, body, bool(entry["bodyRequired"]))


def _check_for(key: str) -> _OperationCheck:
    check = _compiled.get(key)
    if check is None:
        with _compile_lock:
            check = _compiled.get(key) or _compile(key)
            _compiled[key] = check
    return check


def validate(
    key: str,
    query: Mapping[str, list[str]],
    path_params: Mapping[str, str],
    body: bytes,
) -> Validated:
    """Check one request of operation ``key`` ("METHOD /template"); raise :class:`RequestInvalid`."""
    check = _check_for(key)
    coerced_query: dict[str, Any] = {}
    coerced_path: dict[str, Any] = {}
    for param in check.params:
        if param.location == "query":
            values = query.get(param.name)
            if not values:
                if param.required:
                    raise RequestInvalid(f"query.{param.name}: is required", location="query")
                continue
            value = param.coerce(values[-1])
            if param.quick is None or not param.quick(value):
                _check(param.validator, value, f"query.{param.name}", "query")
            coerced_query[param.name] = value
        else:
            raw = path_params.get(param.name, "")
            value = param.coerce(raw)
            if param.quick is None or not param.quick(value):
                _check(param.validator, value, f"path.{param.name}", "path")
            coerced_path[param.name] = value
    parsed: Any = None
    if check.body is not None:
        if body.strip():
            parsed = parse_json_body(body)
            _check(check.body, parsed, "body", "body")
        elif check.body_required:
            raise RequestInvalid("body: is required")
    return Validated(coerced_query, coerced_path, parsed)


def parse_json_body(body: bytes) -> Any:
    """``body`` parsed as JSON; :class:`RequestInvalid` (malformed) if it is not JSON or nests deeper
    than :data:`MAX_JSON_DEPTH`."""
    try:
        parsed = json.loads(body)
    except ValueError:
        raise RequestInvalid("body: is not valid JSON", malformed=True) from None
    except RecursionError:  # deeper than the interpreter's limit: json's C parser stops there
        parsed = _TOO_DEEP
    if parsed is _TOO_DEEP or json_depth(parsed) > MAX_JSON_DEPTH:
        raise RequestInvalid(
            f"body: nests arrays and objects deeper than {MAX_JSON_DEPTH} levels",
            malformed=True,
            code="validation-error",
        )
    return parsed


_TOO_DEEP: Any = object()


def json_depth(value: Any) -> int:
    """How deeply arrays and objects nest in ``value`` (a scalar: 0), without recursion."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        children: list[Any]
        if isinstance(item, dict):
            children = list(cast("dict[str, Any]", item).values())
        elif isinstance(item, list):
            children = item  # pyright: ignore[reportUnknownVariableType]
        else:
            continue
        deepest = max(deepest, depth)
        if deepest > MAX_JSON_DEPTH:
            return deepest  # enough to refuse; no need to walk the rest
        stack.extend((child, depth + 1) for child in children)
    return deepest


def _check(validator: Draft202012Validator, value: Any, where: str, location: str) -> None:
    errors: Iterable[ValidationError] = validator.iter_errors(value)  # pyright: ignore[reportUnknownMemberType]
    error = cast("ValidationError | None", best_match(errors))
    if error is not None:
        raise RequestInvalid(describe(error, where), location=location)


def describe(error: ValidationError, where: str) -> str:
    """``where.path.to.field: what is wrong`` without echoing the value sent."""
    location = where + "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in error.path)
    kind = error.validator
    expected: Any = error.validator_value
    if kind == "required":
        instance: Any = error.instance
        missing = [name for name in expected if isinstance(instance, dict) and name not in instance]
        field_name = missing[0] if missing else "?"
        return f"{location}.{field_name}: is required"
    messages: dict[str, str] = {
        "type": f"must be of type {_or_list(expected)}",
        "enum": f"must be one of {_or_list(expected)}",
        "const": f"must be {json.dumps(expected)}",
        "pattern": f"must match the pattern {expected}",
        "minLength": f"must be at least {expected} characters long",
        "maxLength": f"must be at most {expected} characters long",
        "minimum": f"must be at least {expected}",
        "maximum": f"must be at most {expected}",
        "exclusiveMinimum": f"must be greater than {expected}",
        "exclusiveMaximum": f"must be less than {expected}",
        "minItems": f"must have at least {expected} items",
        "maxItems": f"must have at most {expected} items",
        "format": f"must be a valid {expected}",
        "additionalProperties": "has properties that are not allowed",
        "anyOf": "does not match any of the allowed shapes",
        "oneOf": "does not match exactly one of the allowed shapes",
    }
    return f"{location}: {messages.get(str(kind), f'fails the {kind} rule')}"


def _or_list(expected: Any) -> str:
    if isinstance(expected, list):
        return ", ".join(json.dumps(item) if not isinstance(item, str) else item for item in expected)  # pyright: ignore[reportUnknownVariableType]
    return str(expected)
