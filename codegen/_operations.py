"""Collect every operation of the document, with its parameters, body and responses typed."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ._naming import ACTION_VERBS, attribute_name, is_param, operation_name, pascal, singular
from ._schema import FieldDef, ObjectDef, TypeRegistry

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
JSON = "application/json"
NDJSON = "application/x-ndjson"

# What a singleton sub-resource's payload is called, where the path word alone reads badly.
_RESOURCE_NAMES = {
    "me": "CurrentUser",
    "usage": "DatabaseUsage",
    "subscription": "WorkspaceSubscription",
    "token": "GithubActionsToken",
    "install-intents": "ScmInstallIntent",
    "lease": "AlchemyStateLease",
    "postgres": "PostgresRegion",
    "accelerate": "AccelerateRegion",
}


@dataclass
class Param:
    wire: str
    location: str  # path, query or header
    required: bool
    type_expr: str
    description: str | None
    schema: dict[str, Any]

    @property
    def attr(self) -> str:
        return attribute_name(self.wire)


@dataclass
class Response:
    status: int
    content: str  # "json", "ndjson" or "empty"
    type_expr: str | None
    description: str | None


@dataclass
class Operation:
    method: str  # upper case
    path: str
    operation_id: str
    name: str
    summary: str | None
    description: str | None
    deprecated: bool
    params: list[Param]
    params_type: str
    params_required: bool
    body_type: str | None
    body_required: bool
    body_schema: dict[str, Any] | None
    responses: list[Response] = field(default_factory=list)

    @property
    def key(self) -> str:
        return f"{self.method} {self.path}"

    @property
    def success(self) -> list[Response]:
        return [r for r in self.responses if 200 <= r.status < 300]

    @property
    def failure(self) -> list[Response]:
        return [r for r in self.responses if r.status >= 400]

    @property
    def streams(self) -> bool:
        return any(r.content == "ndjson" for r in self.success)


def _priority(method: str, path: str) -> int:
    """Order in which operations claim names: an item's GET names the resource's shape."""
    on_item = is_param(path.rstrip("/").split("/")[-1])
    if method == "get":
        return 0 if on_item else 1
    return 2


def collect(document: dict[str, Any]) -> tuple[list[Operation], TypeRegistry, TypeRegistry]:
    components = (document.get("components") or {}).get("schemas") or {}
    taken: set[str] = set()  # one namespace for both kinds: `types` exports them side by side
    models = TypeRegistry("model", components, taken)
    dicts = TypeRegistry("dict", components, taken)
    entries = [
        (method, path, op)
        for path, item in document["paths"].items()
        for method, op in item.items()
        if method in HTTP_METHODS
    ]
    # Parameter dicts are one per operation: reserve their names before any shape claims one.
    names = {(m, p): operation_name(m, p).name for m, p, _ in entries}
    for name in names.values():
        taken.update({f"{name}Params", f"{name}PathParams", f"{name}QueryParams"})
        taken.add(f"{name}HeaderParams")
    built: dict[tuple[str, str], Operation] = {}
    for method, path, op in sorted(entries, key=lambda e: _priority(e[0], e[1])):
        shared = document["paths"][path].get("parameters", [])
        built[(method, path)] = _operation(method, path, op, shared, names[(method, path)], models, dicts)
    return [built[(m, p)] for m, p, _ in entries], models, dicts


def _operation(
    method: str,
    path: str,
    op: dict[str, Any],
    shared_params: list[dict[str, Any]],
    name: str,
    models: TypeRegistry,
    dicts: TypeRegistry,
) -> Operation:
    params = [
        Param(
            wire=p["name"],
            location=p["in"],
            required=bool(p.get("required")) or p["in"] == "path",
            type_expr=dicts.type_for(p.get("schema", {}), [name + pascal(p["name"])]),
            description=p.get("description") or (p.get("schema") or {}).get("description"),
            schema=p.get("schema", {}),
        )
        for p in [*shared_params, *op.get("parameters", [])]
        if p.get("in") in ("path", "query", "header")
    ]
    params_type, params_required = _params_dicts(name, params, dicts)

    body_type = None
    body_required = False
    body_schema = None
    request_body = op.get("requestBody")
    if request_body:
        body_schema = (request_body.get("content", {}).get(JSON) or {}).get("schema", {})
        body_type = dicts.type_for(body_schema, [f"{name}Body"])
        body_required = bool(request_body.get("required")) or bool(body_schema.get("required"))

    responses = []
    for status_text, response in op.get("responses", {}).items():
        if not status_text.isdigit():
            continue
        status = int(status_text)
        content = response.get("content") or {}
        description = response.get("description")
        if NDJSON in content:
            type_expr = models.type_for(content[NDJSON].get("schema", {}), [f"{name}Event"])
            responses.append(Response(status, "ndjson", type_expr, description))
        elif JSON in content:
            schema = content[JSON].get("schema", {})
            hints = _response_hints(name, status, method, path, schema, models, op)
            responses.append(Response(status, "json", models.type_for(schema, hints), description))
        elif 200 <= status < 300 or status >= 400:
            responses.append(Response(status, "empty", None, description))

    return Operation(
        method=method.upper(),
        path=path,
        operation_id=op.get("operationId") or name,
        name=name,
        summary=op.get("summary"),
        description=op.get("description"),
        deprecated=bool(op.get("deprecated")),
        params=params,
        params_type=params_type,
        params_required=params_required,
        body_type=body_type,
        body_required=body_required,
        body_schema=body_schema,
        responses=responses,
    )


def _params_dicts(name: str, params: list[Param], dicts: TypeRegistry) -> tuple[str, bool]:
    """``{Name}Params`` with ``path``/``query``/``header`` TypedDicts, one per operation."""
    outer: list[FieldDef] = []
    for location in ("path", "query", "header"):
        members = [p for p in params if p.location == location]
        if not members:
            continue
        inner_name = f"{name}{location.capitalize()}Params"
        fields = [FieldDef(p.wire, p.attr, p.type_expr, p.required, p.description, False) for p in members]
        dicts.definitions.append(ObjectDef(inner_name, "dict", fields, None))
        required = any(p.required for p in members)
        outer.append(FieldDef(location, location, inner_name, required, None, False))
    dicts.definitions.append(ObjectDef(f"{name}Params", "dict", outer, None))
    return f"{name}Params", any(f.required for f in outer)


def _resource_hints(name: str, method: str, path: str) -> list[str]:
    words = [s for s in path.split("/") if s and s != "v1" and not is_param(s)]
    word = words[-1]
    if method == "post" and word in ACTION_VERBS and len(words) > 1:
        word = words[-2]
    resource = _RESOURCE_NAMES.get(word) or pascal(singular(word))
    segments = [s for s in path.split("/") if s and s != "v1"]
    index = segments.index(word)
    if word not in _RESOURCE_NAMES and index >= 2 and is_param(segments[index - 1]):
        # A nested collection's payload: `BucketKey` reads better than `Key`.
        return [pascal(singular(segments[index - 2])) + resource, resource, f"{name}Result"]
    return [resource, f"{name}Result"]


def _response_hints(
    name: str,
    status: int,
    method: str,
    path: str,
    schema: dict[str, Any],
    models: TypeRegistry,
    op: dict[str, Any],
) -> list[str]:
    if status >= 400:
        return ["ErrorResponse", f"{name}ErrorResponse"]
    statuses = [s for s in op.get("responses", {}) if s.startswith("2")]
    envelope = [f"{name}Response"] if status == int(statuses[0]) else [f"{name}Response{status}"]
    data = (schema.get("properties") or {}).get("data")
    if isinstance(data, dict):
        # Register the payload under the resource's name before the envelope claims it.
        resource = _resource_hints(name, method, path)
        if data.get("type") == "array" and isinstance(data.get("items"), dict):
            models.type_for(data["items"], resource)
        else:
            models.type_for(data, resource)
    return envelope
