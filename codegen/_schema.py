"""Turn JSON Schemas into named Python types, deduplicating identical inline shapes.

Two kinds of type are made from the same schemas: response *models* (lenient msgspec Structs)
and request *dicts* (TypedDicts that type checkers check). Each kind has its own registry: a
shape seen twice gets one name, the first of its candidate names that is still free.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal

from ._naming import attribute_name, pascal, singular

Kind = Literal["model", "dict"]
REF_SUFFIX = "Ref"
# A hint that is never claimed as a name, only handed down: the humane stem of a property's type
# (``Connection`` + ``Endpoints``) from which its children's names are made.
STEM = "~"
# A hint for a shape that sibling properties share, claimed first (see ``_claim_object``).
HUMANE = "+"
_REF_KEYS = frozenset({"id", "name", "url", "type", "displayName"})
_DOC_KEYS = frozenset({"description", "summary", "title", "example", "examples"})


@dataclass
class FieldDef:
    wire: str
    attr: str
    type_expr: str
    required: bool
    description: str | None
    deprecated: bool


@dataclass
class ObjectDef:
    name: str
    kind: Kind
    fields: list[FieldDef]
    description: str | None


@dataclass
class UnionDef:
    name: str
    kind: Kind
    members: list[str]
    discriminator: str | None
    description: str | None


Definition = ObjectDef | UnionDef


def strip_docs(schema: Any) -> Any:
    """The schema without prose: two shapes that differ only in wording are the same type."""
    if isinstance(schema, dict):
        return {k: strip_docs(v) for k, v in schema.items() if k not in _DOC_KEYS}
    if isinstance(schema, list):
        return [strip_docs(v) for v in schema]
    return schema


def _literal(value: Any) -> str:
    # repr, not JSON: Python spells true, false and null as True, False and None.
    return repr(value) if isinstance(value, (bool, int, float)) or value is None else json.dumps(value)


@dataclass
class TypeRegistry:
    """Names and definitions of every generated type of one kind, in emission order."""

    kind: Kind
    components: dict[str, Any]
    taken: set[str]
    definitions: list[Definition] = field(default_factory=list)
    _by_shape: dict[str, str] = field(default_factory=dict)
    needs: set[str] = field(default_factory=set)  # names to import: Any, Literal, datetime, ...
    _objects: dict[str, list[str]] = field(default_factory=dict)  # object name -> its properties

    def type_for(self, schema: Any, hints: list[str]) -> str:
        """A type expression for ``schema``; named types are registered on the way."""
        if not isinstance(schema, dict) or not schema:
            self.needs.add("Any")
            return "Any"
        if "$ref" in schema:
            ref = schema["$ref"]
            prefix = "#/components/schemas/"
            if not ref.startswith(prefix):
                raise ValueError(f"unsupported $ref {ref!r}: only {prefix}* refs are resolved")
            name = ref[len(prefix) :]
            return self.type_for(self.components[name], [pascal(name), *hints])
        if "const" in schema:
            self.needs.add("Literal")
            return f"Literal[{_literal(schema['const'])}]"
        if "enum" in schema:
            values = [v for v in schema["enum"] if v is not None]
            nullable = None in schema["enum"] or _nullable(schema)
            expr = "None"
            if values:
                self.needs.add("Literal")
                expr = "Literal[" + ", ".join(_literal(v) for v in values) + "]"
            return f"{expr} | None" if nullable and values else expr
        variants = schema.get("oneOf") or schema.get("anyOf")
        if variants:
            # A `{"type": "null"}` variant makes the union optional; it is not a member to tell
            # apart, so the object variants can still be discriminated.
            members = [v for v in variants if strip_docs(v) != {"type": "null"}]
            nullable = _nullable(schema) or len(members) < len(variants)
            if not members:
                return "None"
            if len(members) == 1:
                expr = self.type_for(members[0], hints)
            else:
                expr = self._union({**schema, "oneOf": members}, members, hints)
            return f"{expr} | None" if nullable and "None" not in expr.split(" | ") else expr
        types = schema.get("type")
        if isinstance(types, list):
            members = [t for t in types if t != "null"]
            exprs = [self._single(schema, t, hints) for t in members]
            if "null" in types:
                exprs.append("None")
            return " | ".join(dict.fromkeys(exprs)) if exprs else "None"
        if types is None:
            if "properties" in schema:
                return self._single(schema, "object", hints)
            self.needs.add("Any")
            return "Any"
        return self._single(schema, types, hints)

    def _single(self, schema: dict[str, Any], json_type: str, hints: list[str]) -> str:
        if json_type == "string":
            if self.kind == "model" and schema.get("format") == "date-time":
                self.needs.add("datetime")
                return "datetime"
            return "str"
        if json_type == "integer":
            return "int"
        if json_type == "number":
            # JSON does not tell 5432 from 5432.0, but a user does: a model keeps an integer an
            # int (a port prints 5432, not 5432.0) and 1.5 a float. Request dicts take either.
            return "int | float" if self.kind == "model" else "float"
        if json_type == "boolean":
            return "bool"
        if json_type == "null":
            return "None"
        if json_type == "array":
            item_hints = [
                h if h.endswith(REF_SUFFIX) else singular(h) if h.endswith("s") else h + "Item" for h in hints
            ]
            return f"list[{self.type_for(schema.get('items', {}), item_hints)}]"
        if json_type == "object":
            return self._object(schema, hints)
        raise ValueError(f"unsupported JSON Schema type {json_type!r}")

    def _object(self, schema: dict[str, Any], hints: list[str]) -> str:
        properties: dict[str, Any] = schema.get("properties") or {}
        if not properties:
            extra = schema.get("additionalProperties")
            value = self.type_for(extra, [h + "Value" for h in hints]) if extra else "Any"
            if value == "Any":
                self.needs.add("Any")
            return f"dict[str, {value}]"
        key = self._shape_key(schema)
        stems = [h[len(STEM) :] for h in hints if h.startswith(STEM)]
        humane = [h[len(HUMANE) :] for h in hints if h.startswith(HUMANE)]
        hints = [h for h in hints if not h.startswith((STEM, HUMANE))]
        ref_hints = [h for h in hints if h.endswith(REF_SUFFIX)]
        hints = [h for h in hints if not h.endswith(REF_SUFFIX)]
        if ref_hints and set(properties) <= _REF_KEYS and "id" in properties:
            # A pointer to another resource ({id, name, url}) is named after what it points to,
            # so `Connection.database` is a `DatabaseRef`, not the first identical shape's name.
            key += "|" + ref_hints[0]
            hints = ref_hints + hints
        if key in self._by_shape:
            return self._by_shape[key]
        required = set(schema.get("required") or [])
        name = self._claim_object(humane, properties, required) if humane else None
        name = name or self._claim(hints)
        self._by_shape[key] = name
        resource = _resource_of(properties)
        siblings = _sibling_shapes(properties)
        fields = []
        for wire, prop in properties.items():
            prop_hints = _property_hints(name, wire)
            if self._shape_key(prop) in siblings:
                # Sibling properties of one shape (endpoints.direct / pooled / accelerate) are
                # named for what they share (ConnectionEndpoint), not after the first of them.
                shared = [singular(p) for p in [*stems, name] if p.endswith("s") and singular(p) != p]
                prop_hints = [HUMANE + h for h in dict.fromkeys(shared)] + prop_hints
            elif resource:
                prop_hints.append(STEM + resource + pascal(wire))
            fields.append(
                FieldDef(
                    wire=wire,
                    attr=attribute_name(wire),
                    type_expr=self.type_for(prop, prop_hints),
                    required=wire in required,
                    description=_doc(prop),
                    deprecated=bool(isinstance(prop, dict) and prop.get("deprecated")),
                )
            )
        self.definitions.append(ObjectDef(name, self.kind, fields, _doc(schema)))
        return name

    def _union(self, schema: dict[str, Any], variants: list[Any], hints: list[str]) -> str:
        # Variants are not pointers, and stems are not names.
        hints = [
            h.removeprefix(HUMANE) for h in hints if not h.endswith(REF_SUFFIX) and not h.startswith(STEM)
        ]
        discriminator = _common_const_key(variants)
        if discriminator is None or not hints:
            members = [
                self.type_for(v, [f"{h}Variant{i + 1}" for h in hints]) for i, v in enumerate(variants)
            ]
            return " | ".join(dict.fromkeys(members))
        key = self._shape_key(schema)
        if key in self._by_shape:
            return self._by_shape[key]
        name = self._claim(hints)
        self._by_shape[key] = name
        members = [
            self.type_for(v, [name + pascal(str(v["properties"][discriminator]["const"]))]) for v in variants
        ]
        self.definitions.append(UnionDef(name, self.kind, members, discriminator, _doc(schema)))
        return name

    def _shape_key(self, schema: dict[str, Any]) -> str:
        return json.dumps(strip_docs(schema), sort_keys=True)

    def _claim_object(self, hints: list[str], properties: dict[str, Any], required: set[str]) -> str | None:
        """The first free humane hint; when it names an object with one property fewer (the same
        endpoint without its connection string), this one is named for what it adds:
        ``ConnectionEndpointWithConnectionString``, ``...WithOptionalConnectionString``."""
        for hint in hints:
            if hint not in self.taken:
                self.taken.add(hint)
                self._objects[hint] = list(properties)
                return hint
            base = self._objects.get(hint)
            extra = [wire for wire in properties if base is not None and wire not in base]
            if base is None or len(extra) != 1 or not set(base) < set(properties):
                continue
            optional = "" if extra[0] in required else "Optional"
            variant = f"{hint}With{optional}{pascal(extra[0])}"
            if variant not in self.taken:
                self.taken.add(variant)
                return variant
        return None

    def _claim(self, hints: list[str]) -> str:
        for hint in hints:
            if hint not in self.taken:
                self.taken.add(hint)
                return hint
        base = hints[-1]
        number = 2
        while f"{base}{number}" in self.taken:
            number += 1
        self.taken.add(f"{base}{number}")
        return f"{base}{number}"


def _nullable(schema: dict[str, Any]) -> bool:
    types = schema.get("type")
    return isinstance(types, list) and "null" in types


def _doc(schema: Any) -> str | None:
    if isinstance(schema, dict):
        text = schema.get("description")
        return text if isinstance(text, str) and text.strip() else None
    return None


def _property_hints(parent: str, wire: str) -> list[str]:
    # Shapes that recur under the same property name across the API get one plain name.
    if wire == "pagination":
        return ["Pagination", parent + "Pagination"]
    if wire == "error":
        return ["ErrorDetail", parent + "Error"]
    if wire == "data":  # an envelope's payload: registered under its resource's name already
        return [parent + "Data"]
    return [pascal(singular(wire)) + REF_SUFFIX, parent + pascal(wire)]


def _resource_of(properties: dict[str, Any]) -> str | None:
    """``Connection`` for an object whose ``type`` is the constant ``"connection"``."""
    kind = properties.get("type")
    if isinstance(kind, dict) and isinstance(kind.get("const"), str):
        return pascal(kind["const"])
    return None


def _sibling_shapes(properties: dict[str, Any]) -> set[str]:
    """Shape keys of object-valued properties that two or more properties of one object share."""
    seen: dict[str, int] = {}
    for prop in properties.values():
        if isinstance(prop, dict) and (prop.get("type") == "object" or "properties" in prop):
            key = json.dumps(strip_docs(prop), sort_keys=True)
            seen[key] = seen.get(key, 0) + 1
    return {key for key, count in seen.items() if count > 1}


def _common_const_key(variants: list[Any]) -> str | None:
    """The property that tells object variants apart (``type`` with a ``const``), if any."""
    if len(variants) < 2 or not all(isinstance(v, dict) and "properties" in v for v in variants):
        return None
    candidates = None
    for variant in variants:
        keys = {
            k
            for k, p in variant["properties"].items()
            if isinstance(p, dict) and "const" in p and k in (variant.get("required") or [])
        }
        candidates = keys if candidates is None else candidates & keys
    if not candidates:
        return None
    key = "type" if "type" in candidates else sorted(candidates)[0]
    consts = [v["properties"][key]["const"] for v in variants]
    return key if len(set(map(str, consts))) == len(consts) else None
