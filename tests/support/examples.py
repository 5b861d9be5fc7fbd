"""Deterministic example values from JSON Schemas (OpenAPI 3.1), valid against the schema.

Used to build spec-valid requests and to answer them with spec-valid responses. The examples are
proven faithful by validating them with openapi-core, so a schema feature this module gets wrong
shows up as a failing test, not as a silently wrong fake.
"""

from __future__ import annotations

import re
from typing import Any

# The body of a Prisma id: a cuid, which every id `pattern` of the document accepts.
SAMPLE_ID = "cl0000000000000000000000"
SAMPLE_DATETIME = "2025-01-02T03:04:05Z"

# `^(proj_)?(...)$` / `^(con_)(...)$`: a typed id whose prefix is optional / required.
_PREFIX = re.compile(r"^\^\(([A-Za-z]+_)\)\??")


class ExampleError(ValueError):
    """The schema asks for something this generator cannot produce."""


def example(
    schema: Any, *, name: str = "value", full: bool = True, root: dict[str, Any] | None = None
) -> Any:
    """A value valid against ``schema``.

    ``full`` fills optional properties too (for responses, to exercise every field); without it
    only required properties are filled (a minimal request body). ``name`` is the property or
    parameter name, used to make strings readable. ``root`` resolves ``#/components/...`` refs.
    """
    if schema is True or schema is None or schema == {}:
        return f"{name}-any"
    if not isinstance(schema, dict):
        raise ExampleError(f"not a schema: {schema!r}")
    if "$ref" in schema:
        return example(_resolve(schema["$ref"], root), name=name, full=full, root=root)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        values = [v for v in schema["enum"] if v is not None]
        return values[0] if values else None
    for key in ("oneOf", "anyOf"):
        if key in schema:
            # The first variant: for a discriminated oneOf it is the only one that matches.
            return example(schema[key][0], name=name, full=full, root=root)
    if "allOf" in schema:
        merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        for part in schema["allOf"]:
            part = _resolve(part["$ref"], root) if "$ref" in part else part
            merged["properties"].update(part.get("properties") or {})
            merged["required"].extend(part.get("required") or [])
        return example(merged, name=name, full=full, root=root)
    json_type = schema.get("type")
    if isinstance(json_type, list):
        non_null = [t for t in json_type if t != "null"]
        json_type = non_null[0] if non_null else "null"
    if json_type is None:
        json_type = "object" if "properties" in schema or "additionalProperties" in schema else None
        if json_type is None:
            return f"{name}-any"
    return _typed(schema, json_type, name, full, root)


def _typed(schema: dict[str, Any], json_type: str, name: str, full: bool, root: dict[str, Any] | None) -> Any:
    if json_type == "null":
        return None
    if json_type == "boolean":
        return True
    if json_type in ("integer", "number"):
        value = schema.get("minimum", 1)
        if "maximum" in schema:
            value = min(value, schema["maximum"])
        return int(value) if json_type == "integer" else float(value)
    if json_type == "string":
        return _string(schema, name)
    if json_type == "array":
        count = max(1, int(schema.get("minItems", 1)))
        item_name = name[:-1] if name.endswith("s") else name
        return [example(schema.get("items", {}), name=item_name, full=full, root=root) for _ in range(count)]
    if json_type == "object":
        properties: dict[str, Any] = schema.get("properties") or {}
        required = set(schema.get("required") or [])
        value = {
            key: example(prop, name=key, full=full, root=root)
            for key, prop in properties.items()
            if full or key in required
        }
        extra = schema.get("additionalProperties")
        if not properties and extra not in (None, False):
            value["key"] = example({} if extra is True else extra, name="key", full=full, root=root)
        return value
    raise ExampleError(f"unsupported JSON Schema type {json_type!r}")


def _string(schema: dict[str, Any], name: str) -> str:
    fmt = schema.get("format")
    if fmt == "date-time":
        text = SAMPLE_DATETIME
    elif fmt == "date":
        text = SAMPLE_DATETIME[:10]
    elif fmt in ("uri", "url"):
        text = f"https://example.com/{name}"
    elif fmt == "email":
        text = "user@example.com"
    elif fmt == "uuid":
        text = "00000000-0000-4000-8000-000000000000"
    else:
        text = f"{name}-example"
    pattern = schema.get("pattern")
    if pattern is not None:
        text = _matching(pattern, text)
    min_length = int(schema.get("minLength", 0))
    if len(text) < min_length:
        text += "x" * (min_length - len(text))
    if "maxLength" in schema:
        text = text[: int(schema["maxLength"])]
    return text


def _matching(pattern: str, fallback: str) -> str:
    found = _PREFIX.match(pattern)
    candidates = [SAMPLE_ID, fallback, "example"]
    if found:
        candidates.insert(0, found.group(1) + SAMPLE_ID)
    for candidate in candidates:
        if re.search(pattern, candidate):
            return candidate
    raise ExampleError(f"no example for pattern {pattern!r}")


def _resolve(ref: str, root: dict[str, Any] | None) -> Any:
    if root is None or not ref.startswith("#/"):
        raise ExampleError(f"cannot resolve $ref {ref!r}")
    node: Any = root
    for part in ref[2:].split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def operation_params(spec: dict[str, Any], method: str, path: str) -> dict[str, dict[str, Any]]:
    """``params`` for a typed call: every path, query and header parameter with an example value."""
    item = spec["paths"][path]
    operation = item[method.lower()]
    params: dict[str, dict[str, Any]] = {}
    for param in [*item.get("parameters", []), *operation.get("parameters", [])]:
        location = param["in"]
        if location not in ("path", "query", "header"):
            continue
        value = example(param.get("schema", {}), name=param["name"], full=False, root=spec)
        params.setdefault(location, {})[param["name"]] = value
    return params


def operation_body(spec: dict[str, Any], method: str, path: str) -> Any:
    """A minimal valid JSON body, or None when the operation takes none."""
    request_body = spec["paths"][path][method.lower()].get("requestBody")
    if not request_body:
        return None
    schema = request_body["content"]["application/json"]["schema"]
    return example(schema, name="body", full=False, root=spec)


def success_response(spec: dict[str, Any], method: str, path: str) -> tuple[int, str, Any]:
    """(status, media type, schema) of the operation's first 2xx response; media type "" when empty."""
    responses = spec["paths"][path][method.lower()]["responses"]
    status = next(code for code in responses if code.startswith("2"))
    content = responses[status].get("content") or {}
    if not content:
        return int(status), "", None
    media_type = next(iter(content))
    return int(status), media_type, content[media_type].get("schema", {})
