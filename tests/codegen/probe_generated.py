"""Run in a subprocess against a package generated from mini_spec.py; prints what it finds as JSON.

Run as ``PYTHONPATH=<tmp>/pkg python probe_generated.py``: the imports below then load the
temporary copy of the package, whose ``_generated`` came from the mini document.
"""

from __future__ import annotations

import ast
import inspect
import json
import sys
import typing
import warnings
from typing import Any

import msgspec
from support.field_docs import field_docstrings

import prisma_management_api
from prisma_management_api._generated import async_client_methods, client_methods, operations, params
from prisma_management_api._generated import types as models

WIDGET = {
    "id": "wid_1",
    "kind": "widget",
    "status": "on",
    "note": None,
    "createdAt": "2025-01-02T03:04:05Z",
    "homepage": "https://example.com",
    "contact": "a@example.com",
    "labels": {"env": "prod"},
    "meta": {"anything": [1, {"x": None}]},
    "size": "XL",
    "legacyName": "old",
    "count": 3,
    "ratio": 0.5,
    "active": True,
    "tags": ["a", "b"],
    "owner": {"name": "ann", "since": "2024-05-06T07:08:09Z"},
    "shape": {"type": "square", "side": 2},
    "class": "premium",
}


def field_facts(model: Any) -> dict[str, Any]:
    described = field_docstrings(model)
    facts: dict[str, Any] = {}
    for info in msgspec.structs.fields(model):
        if info.name == "model_extra":
            continue
        # A deprecated field is stored as ``_name`` and read through the warning property ``name``.
        deprecated = info.name.startswith("_") and isinstance(getattr(model, info.name[1:], None), property)
        name = info.name[1:] if deprecated else info.name
        facts[name] = {
            "alias": info.encode_name if info.encode_name != name else None,
            "required": info.required,
            "deprecated": deprecated,
            "description": described.get(info.name),
        }
    return facts


def source_annotations(model: Any) -> dict[str, str]:
    """Each field's annotation as the generated source spells it (the model modules evaluate their
    annotations, so ``__annotations__`` holds objects, not the text)."""
    tree = ast.parse(inspect.getsource(sys.modules[model.__module__]))
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == model.__name__)
    return {
        node.target.id: ast.unparse(node.annotation)
        for node in cls.body
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
    }


def typed_dict_facts(typed_dict: Any) -> dict[str, Any]:
    # get_type_hints: the module uses `from __future__ import annotations`, so evaluate them.
    hints = typing.get_type_hints(typed_dict, include_extras=True)
    return {key: str(hint).replace("typing_extensions.", "typing.") for key, hint in hints.items()}


def main() -> None:
    facts: dict[str, Any] = {"package_file": prisma_management_api.__file__}
    facts["models"] = sorted(models.__all__)
    facts["params"] = sorted(params.__all__)
    facts["widget_annotations"] = source_annotations(models.Widget)
    facts["widget_fields"] = field_facts(models.Widget)
    facts["widget_doc"] = models.Widget.__doc__

    parsed = models.GetWidgetResponse.model_validate({"data": WIDGET}).data
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        legacy = parsed.legacy_name
    facts["parsed"] = {
        "type": type(parsed).__name__,
        "created_at": type(parsed.created_at).__name__,
        "owner": type(parsed.owner).__name__,
        "owner_since": type(parsed.owner.since).__name__ if parsed.owner else None,
        "shape": type(parsed.shape).__name__,
        "status": parsed.status,
        "size": parsed.size,
        "class_": parsed.class_,
        "labels": parsed.labels,
        "meta": parsed.meta,
        "legacy_name": legacy,
        "dump": parsed.model_dump(mode="json", by_alias=True),
    }
    facts["deprecated_access_warns"] = [c.category.__name__ for c in caught]

    facts["union"] = {
        "circle": type(msgspec.convert({"type": "circle", "radius": 1}, models.WidgetShape)).__name__,
        "square": type(msgspec.convert({"type": "square", "side": 2}, models.WidgetShape)).__name__,
        "tags": {
            m.__name__: [m.__struct_config__.tag_field, m.__struct_config__.tag, m.type]
            for m in typing.get_args(models.WidgetShape)
        },
    }
    lenient = models.Widget.model_validate({**WIDGET, "status": "standby", "extra": {"k": 1}})
    facts["lenient"] = {
        "status": lenient.status,
        "extra": lenient.model_extra,
        "created_at": type(lenient.created_at).__name__,
    }
    nulls = models.Widget.model_validate({**WIDGET, "status": None, "note": None})
    facts["nulls"] = {"status": nulls.status, "note": nulls.note}

    facts["typed_dicts"] = {
        name: typed_dict_facts(getattr(params, name))
        for name in ("GetWidgetParams", "GetWidgetQueryParams", "GetWidgetHeaderParams", "CreateWidgetBody")
    }
    facts["operations"] = {
        key: {
            "name": op.name,
            "params": [list(p) for p in op.params],
            "has_body": op.has_body,
            "responses": {str(status): list(spec) for status, spec in op.responses.items()},
            "deprecated": op.deprecated,
            "streams": op.streams,
        }
        for key, op in operations.OPERATIONS.items()
    }
    facts["client_methods_source"] = inspect.getsource(client_methods) + inspect.getsource(
        async_client_methods
    )

    # The runtime reads a stream of this document's NDJSON type: each record by its `type`.
    from prisma_management_api._core import record_parser

    parse = record_parser("ListWidgetEventsEvent")
    facts["records"] = [
        type(parse(record)).__name__
        for record in (
            {"type": "tick", "at": "2025-01-02T03:04:05Z"},
            {"type": "done"},
            {"type": "unknown-kind"},
        )
    ]
    print(json.dumps(facts, default=str))


if __name__ == "__main__":
    main()
