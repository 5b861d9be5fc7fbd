"""Decoding answers into the response models: strictly in C first, leniently when a body does not fit.

``_models.py`` says what the lenient contract is and why the models are msgspec Structs; this
module is how a body gets there. A body is decoded strictly, with unknown fields forbidden; the
API's own answers fit the models they were generated from, so this is the path that runs. A body
that does not fit is parsed again generically, and then:

1. each object's unknown fields (the API added one) are moved under the JSON name of
   ``model_extra`` and the whole tree is converted in C again;
2. only if that still fails (an enum value or a variant not known yet, a value of the wrong type)
   is the tree built field by field in Python (``_coerce``), each field kept raw where it does not
   fit.
"""

from __future__ import annotations

import functools
import operator
import types
from collections.abc import Callable, Iterable
from typing import Any, Union, cast, get_args, get_origin

import msgspec

from ._models import EXTRA_WIRE_NAME, LenientModel, fields_of, model_class


@functools.cache  # per target: a model class's ``model_validate_json`` and every answer share one
def json_decoder(target: Any) -> Callable[[bytes], Any]:
    """JSON bytes -> ``target`` (a model class or a union alias), as leniently as the models parse.

    Invalid JSON raises ``ValueError``; so does a body whose top level cannot be the target at all
    (an array where an object was expected)."""
    decode_strictly = msgspec.json.Decoder(target).decode

    def decode(content: bytes) -> Any:
        try:
            return decode_strictly(content)
        except msgspec.ValidationError:
            pass  # valid JSON that does not fit: the lenient path, below
        except msgspec.DecodeError as exc:
            raise ValueError(f"invalid JSON: {exc}") from None
        return _lenient_top(_parse_json(content), target)

    return decode


@functools.cache
def python_decoder(target: Any) -> Callable[[Any], Any]:
    """Parsed JSON -> ``target``, as :func:`json_decoder`; a value that cannot be it raises ``ValueError``."""

    def decode(value: Any) -> Any:
        try:
            return msgspec.convert(value, target)
        except msgspec.ValidationError:
            return _lenient_top(value, target)

    return decode


# --- the lenient path, step 1: unknown fields -----------------------------------------------------
#
# What makes an answer miss the strict path is nearly always a field the API added since this SDK
# was generated, in every object of a page. Such a body is not taken apart field by field: each
# object's unknown fields are moved under the JSON name of ``model_extra`` (copy on write; the
# caller's value is never changed) and the whole tree is converted again in C. Only a body that
# still does not fit (a value of the wrong type, an enum value or variant not known yet) goes
# field by field (step 2, ``_coerce``). Measured on the 20-project page with a new field in every
# project (``bench/lenient_path.py``): step 1 costs 1.2-1.4x what plain pydantic models take;
# going straight to step 2 cost 5x.


class _Plan:
    """Of a model class: the JSON names it knows, and its fields that can hold models."""

    __slots__ = ("known", "nested")

    def __init__(self, cls: type[LenientModel]) -> None:
        config = cls.__struct_config__
        fields = fields_of(cls)
        tag = () if config.tag_field is None else (config.tag_field,)
        self.known = frozenset((EXTRA_WIRE_NAME, *tag, *(field.wire for field in fields)))
        shapes = ((field.wire, _shape(field.type)) for field in fields)
        self.nested = tuple((wire, shape) for wire, shape in shapes if shape is not None)


_PLANS: dict[type[Any], _Plan] = {}

# A shape says where models sit inside a type: ("model", cls), ("list", shape), ("dict", shape),
# ("union", ((tag, cls), ...), tag_field); None for a type that holds no model.
_Shape = tuple[Any, ...]


def _plan(cls: type[LenientModel]) -> _Plan:
    found = _PLANS.get(cls)
    if found is None:
        found = _PLANS[cls] = _Plan(cls)
    return found


_SHAPES: dict[Any, _Shape | None] = {}


def _shape(annotation: Any) -> _Shape | None:
    try:
        return _SHAPES[annotation]
    except KeyError:
        found = _SHAPES[annotation] = _find_shape(annotation)
        return found
    except TypeError:  # an annotation that cannot be a key (none of the generated ones)
        return _find_shape(annotation)


def _find_shape(annotation: Any) -> _Shape | None:
    model = model_class(annotation)
    if model is not None:
        return ("model", model)
    origin = get_origin(annotation)
    if origin is list:
        inner = _shape(get_args(annotation)[0])
        return None if inner is None else ("list", inner)
    if origin is dict:
        inner = _shape(get_args(annotation)[1])
        return None if inner is None else ("dict", inner)
    if origin in (Union, types.UnionType):
        members = [m for m in get_args(annotation) if m is not type(None)]
        if len(members) == 1:
            return _shape(members[0])
        models = [m for m in map(model_class, members) if m is not None]
        tagged = {m.__struct_config__.tag: m for m in models if m.__struct_config__.tag_field is not None}
        if tagged:  # (tag, class) pairs, not a dict: a shape is a cache key
            return ("union", tuple(tagged.items()), models[0].__struct_config__.tag_field)
    return None


def _without_unknown_fields(value: Any, shape: _Shape) -> Any:
    """``value`` with each object's unknown fields moved into its ``model_extra`` (copy on write)."""
    return _cleaner(shape)(value)


_Cleaner = Callable[[Any], Any]
_CLEANERS: dict[_Shape, _Cleaner] = {}


def _cleaner(shape: _Shape) -> _Cleaner:
    # One closure per shape, made once: this runs for every object of a page that missed the
    # strict path, so it does no dispatch on the shape at run time.
    found = _CLEANERS.get(shape)
    if found is None:
        found = _CLEANERS[shape] = _make_cleaner(shape)
    return found


def _make_cleaner(shape: _Shape) -> _Cleaner:
    kind = shape[0]
    if kind == "model":
        return _model_cleaner(shape[1])
    if kind in ("list", "dict"):
        inner = _cleaner(shape[1])

        def clean_items(value: Any) -> Any:
            if type(value) is _LIST:
                cleaned = [inner(item) for item in value]
                return value if all(map(operator.is_, cleaned, value)) else cleaned
            if type(value) is _DICT:
                entries = {key: inner(item) for key, item in value.items()}
                return value if all(entries[key] is item for key, item in value.items()) else entries
            return value

        return clean_items
    variants = {tag: _cleaner(("model", cls)) for tag, cls in shape[1]}
    tag_field = shape[2]

    def clean_variant(value: Any) -> Any:  # as the variant its tag names (an unknown tag: step 2)
        if type(value) is not _DICT:
            return value
        variant = variants.get(value.get(tag_field))
        return value if variant is None else variant(value)

    return clean_variant


def _model_cleaner(cls: type[LenientModel]) -> _Cleaner:
    plan = _plan(cls)
    known = plan.known
    nested = [(wire, _cleaner(inner)) for wire, inner in plan.nested]

    def clean_model(value: Any) -> Any:
        if type(value) is not _DICT:
            return value
        unknown = value.keys() - known
        out = value
        if unknown:
            out = dict(value)
            # In the body's order (a set's order would differ between runs).
            ordered = [key for key in value if key in unknown] if len(unknown) > 1 else unknown
            out[EXTRA_WIRE_NAME] = {key: out.pop(key) for key in ordered}
        for wire, clean in nested:
            item = out.get(wire)
            if item is not None:
                cleaned = clean(item)
                if cleaned is not item:
                    if out is value:
                        out = dict(value)
                    out[wire] = cleaned
        return out

    return clean_model


# ``dict`` typed as Any: the cleaners test ``type(value) is _DICT`` without narrowing ``value`` to a
# dict of unknown types, which would need a ``cast`` call per object on this hot path.
_DICT: Any = dict
_LIST: Any = list


def _parse_json(content: bytes) -> Any:
    try:
        return msgspec.json.decode(content)
    except msgspec.DecodeError as exc:
        raise ValueError(f"invalid JSON: {exc}") from None
    except RecursionError:
        from ._json import JsonTooDeepError

        raise JsonTooDeepError from None


def _lenient_top(value: Any, target: Any) -> Any:
    shape = _shape(target)
    if shape is not None:
        try:
            return msgspec.convert(_without_unknown_fields(value, shape), target)
        except msgspec.ValidationError:
            pass
    try:
        return _coerce(value, target)
    except _Misfit as exc:
        raise ValueError(f"the answer is not a {_type_name(target)}: {exc}") from None


class _Misfit(Exception):
    """A value that cannot be the type asked for, even leniently (a list where a model goes)."""


def lenient(value: Any, annotation: Any) -> Any:
    """``value`` as ``annotation`` where it fits, else its raw JSON value (never raises)."""
    shape = _shape(annotation)
    try:
        return msgspec.convert(value if shape is None else _without_unknown_fields(value, shape), annotation)
    except msgspec.ValidationError:
        pass
    try:
        return _coerce(value, annotation)
    except _Misfit:
        return value


def _coerce(value: Any, annotation: Any) -> Any:
    """``value`` as ``annotation``, each part leniently; raises ``_Misfit`` when even that fails."""
    model = model_class(annotation)
    if model is not None:
        if not isinstance(value, dict):
            raise _Misfit(f"{model.__name__} needs an object, got {type(value).__name__}")
        return _build(model, cast("dict[str, Any]", value))
    origin = get_origin(annotation)
    if origin is list:
        if not isinstance(value, list):
            raise _Misfit(f"expected an array, got {type(value).__name__}")
        (item,) = get_args(annotation)
        return [lenient(entry, item) for entry in cast("Iterable[Any]", value)]
    if origin is dict:
        if not isinstance(value, dict):
            raise _Misfit(f"expected an object, got {type(value).__name__}")
        _, item = get_args(annotation)
        return {key: lenient(entry, item) for key, entry in cast("dict[str, Any]", value).items()}
    if origin in (Union, types.UnionType):
        return _coerce_union(value, get_args(annotation))
    try:
        return msgspec.convert(value, annotation)
    except msgspec.ValidationError as exc:
        raise _Misfit(str(exc)) from None


def _coerce_union(value: Any, members: tuple[Any, ...]) -> Any:
    kind = type(value).__name__  # before any narrowing of ``value``
    if value is None and type(None) in members:
        return None
    for member in members:  # a member it fits as it is
        try:
            return msgspec.convert(value, member)
        except msgspec.ValidationError:
            continue
    models = [m for m in map(model_class, members) if m is not None]
    if isinstance(value, dict) and models:
        data = cast("dict[str, Any]", value)
        tagged = [m for m in models if m.__struct_config__.tag_field is not None]
        for model in tagged:  # the variant its tag names (the API's unions are tagged by "type")
            config = model.__struct_config__
            if config.tag_field is not None and data.get(config.tag_field) == config.tag:
                return _build(model, data)
        if len(models) == 1 and not tagged:
            return _build(models[0], data)
    # Named by type, never by value: the value may hold a credential.
    raise _Misfit(f"a JSON {kind} that matches no member of the union")


def _build(cls: type[LenientModel], data: dict[str, Any]) -> LenientModel:
    values: dict[str, Any] = {}
    missing: list[str] = []
    known: set[str] = {EXTRA_WIRE_NAME}
    tag_field = cls.__struct_config__.tag_field
    if tag_field is not None:
        known.add(tag_field)
    for field in fields_of(cls):
        known.add(field.wire)
        if field.wire in data:
            values[field.name] = lenient(data[field.wire], field.type)
        elif field.required:
            missing.append(field.name)
            values[field.name] = None  # a placeholder, removed below: the field stays unset
    extra = {key: item for key, item in data.items() if key not in known}
    if tag_field is not None and data.get(tag_field, cls.__struct_config__.tag) != cls.__struct_config__.tag:
        extra[tag_field] = data[tag_field]
    instance = cls(**values, model_extra=extra or None)
    for name in missing:
        delattr(instance, name)
    return instance


def _type_name(annotation: Any) -> str:
    return annotation.__name__ if isinstance(annotation, type) else str(annotation)


__all__ = ["json_decoder", "lenient", "python_decoder"]
