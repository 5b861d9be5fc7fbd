"""Prove a parsed response is typed all the way down.

Response models are lenient: a field that fails validation keeps its raw JSON value instead of
raising. That is right for users (a newer API must not break an older SDK) but it would also hide
a generator bug from a test that only checks the top-level class. This walker checks every field
of a parsed model against its annotation, so a spec-valid body that did not parse strictly fails.
"""

from __future__ import annotations

import types
from datetime import datetime
from typing import Annotated, Any, Literal, Union, get_args, get_origin

import msgspec

from prisma_management_api._models import LenientModel


def untyped_fields(value: Any, annotation: Any, where: str = "data") -> list[str]:
    """Where ``value`` does not have the type ``annotation`` promises; empty when it does."""
    origin = get_origin(annotation)
    if annotation is Any:
        return []
    if origin is Annotated:
        return untyped_fields(value, get_args(annotation)[0], where)
    if origin in (Union, types.UnionType):
        attempts = [untyped_fields(value, member, where) for member in get_args(annotation)]
        if any(not problems for problems in attempts):
            return []
        return [f"{where}: {_show(value)} matches no member of {annotation}"]
    if origin is Literal:
        return [] if value in get_args(annotation) else [f"{where}: {_show(value)} not in {annotation}"]
    if origin is list:
        if not isinstance(value, list):
            return [f"{where}: {_show(value)} is not a list"]
        (item,) = get_args(annotation)
        return [p for i, v in enumerate(value) for p in untyped_fields(v, item, f"{where}[{i}]")]
    if origin is dict:
        if not isinstance(value, dict):
            return [f"{where}: {_show(value)} is not a dict"]
        _, item = get_args(annotation)
        return [p for k, v in value.items() for p in untyped_fields(v, item, f"{where}[{k!r}]")]
    if isinstance(annotation, type) and issubclass(annotation, LenientModel):
        if not isinstance(value, annotation):
            return [
                f"{where}: {type(value).__name__} {_show(value)} where {annotation.__name__} was expected"
            ]
        problems: list[str] = []
        if value.model_extra:
            problems.append(f"{where}: fields the model does not know: {sorted(value.model_extra)}")
        for info in msgspec.structs.fields(type(value)):
            if info.name == "model_extra":
                continue
            # Deprecated fields are stored as ``_name`` (reading ``name`` warns): read the storage.
            try:
                field_value = getattr(value, info.name)
            except AttributeError:
                problems.append(f"{where}.{info.name}: missing")
                continue
            problems.extend(untyped_fields(field_value, info.type, f"{where}.{info.name}"))
        return problems
    if annotation is None or annotation is type(None):
        return [] if value is None else [f"{where}: {_show(value)} is not None"]
    if annotation is float:
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        return [] if ok else [f"{where}: {_show(value)} is not a float"]
    if annotation is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
        return [] if ok else [f"{where}: {_show(value)} is not an int"]
    if annotation in (str, bool, datetime):
        return [] if isinstance(value, annotation) else [f"{where}: {_show(value)} is not {annotation}"]
    return [f"{where}: cannot check annotation {annotation!r}"]


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."
