"""The base of every response model: lenient, so that a newer API never breaks an older SDK, and
light, so that thousands of kept pages cost the garbage collector nothing.

**Why msgspec ``Struct``s and not pydantic models** (issue 11; figures in bench/README.md, from
``bench/page_gc.py``, ``bench/perf_table.py`` and ``bench/first_response_instructions.py``):

- *Pages kept alive.* A pydantic instance is three objects the cyclic GC tracks (the instance, its
  fields-set ``set``, often its ``__dict__``): 106 per 20-item page against 22 for ``json.loads``,
  and with thousands of pages alive the GC tripled the parse cost. A ``Struct`` declared
  ``gc=False`` is never tracked; a page is then only its lists.
- *First response.* Importing pydantic was 286 M of the 805 M instructions a process spent on its
  first typed GET, and building a model's schema was most of the rest of the SDK's share. msgspec
  imports in a few milliseconds and builds a type's decoder on first use, in C.
- *Per call.* msgspec decodes JSON bytes straight into the classes, faster than ``json.loads``
  alone makes dicts.

**What stays as it was with pydantic** (the lenient contract of ``LenientModel``):

- Unknown fields are kept, in ``model_extra`` (keyed by their JSON names).
- A field that does not fit its type (an enum value or a union variant this SDK does not know yet,
  a string where a number was promised) keeps its raw JSON value; the other fields stay typed. A
  required field the body lacks is left unset (reading it raises ``AttributeError``).
- Reprs leave out credentials: the generated ``__secret_fields__`` of each class, and fields this
  SDK does not know yet whose names say they hold a secret.
- ``model_dump``, ``model_dump_json``, ``model_validate`` and ``model_validate_json`` exist with
  the pydantic meanings that make sense here (see each).

**How**: a body is first decoded strictly, in C, with unknown fields forbidden; the API's own
answers fit the models they were generated from, so this is the path that runs. A body that does
not fit is parsed again generically, and then:

1. each object's unknown fields (the API added one) are moved under the JSON name of
   ``model_extra`` and the whole tree is converted in C again: about what the pydantic models
   took for such a body (bench/README.md);
2. only if that still fails (an enum value or a variant not known yet, a value of the wrong type)
   is the tree built field by field in Python (``_coerce``), each field kept raw where it does not
   fit.

``gc=False`` is safe because a parsed answer is a tree: nothing in it refers back to a parent. Do
not make a model refer to itself (``project.parent = project``): the GC would never free it.
"""

from __future__ import annotations

import operator
import re
import types
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Union, cast, get_args, get_origin

import msgspec
from typing_extensions import Self

from ._lazy_re import LazyPattern

# Compiled on first use: only reprs need it (see _lazy_re).
_SECRET_NAME = LazyPattern(r"pass|secret|token|key|credential|connection_?string|dsn", re.IGNORECASE)

# The JSON name of ``model_extra``: a field of the base (a ``gc=False`` Struct can have neither a
# ``__dict__`` nor weak references, so extras cannot live beside the instance), under a name no
# API object uses, so that it never collides with a field; the lenient path fills it.
_EXTRA_WIRE_NAME = "@@model_extra"


class LenientModel(msgspec.Struct, kw_only=True, gc=False, forbid_unknown_fields=True):
    """Base of the response models: a ``msgspec.Struct`` with the lenient contract above."""

    model_extra: dict[str, Any] | None = msgspec.field(default=None, name=_EXTRA_WIRE_NAME)
    """Fields the body had that this SDK does not know yet, by JSON name (``None`` when none)."""

    # Attribute names of the fields that hold credentials (generated): left out of reprs.
    __secret_fields__: ClassVar[frozenset[str]] = frozenset()

    if not TYPE_CHECKING:
        # An unknown field reads as an attribute too (``data.newField``), as pydantic's extras did.
        # Hidden from type checkers, so that a misspelt known field is still an error to them.
        def __getattr__(self, name: str) -> Any:
            extra = self.model_extra
            if extra is not None and name in extra:
                return extra[name]
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def __repr__(self) -> str:
        args = ", ".join(f"{name}={value!r}" for name, value in self._repr_items())
        return f"{type(self).__name__}({args})"

    def __rich_repr__(self) -> list[tuple[str, Any]]:
        return list(self._repr_items())

    def _repr_items(self) -> Iterator[tuple[str, Any]]:
        cls = type(self)
        secret = cls.__secret_fields__
        if cls.__struct_config__.tag_field is not None:  # a union's variant: its tag, as the JSON has it
            yield cls.__struct_config__.tag_field, cls.__struct_config__.tag
        for field in _fields(cls):
            if field.name in secret:
                continue
            try:
                value = getattr(self, field.name)
            except AttributeError:  # a required field the body lacked (lenient)
                continue
            yield field.public, value
        for name, value in (self.model_extra or {}).items():
            yield name, "***" if _SECRET_NAME.search(name) else value

    def model_dump(
        self,
        *,
        mode: Literal["python", "json"] = "python",
        by_alias: bool = False,
        exclude_none: bool = False,
        exclude_defaults: bool = False,
    ) -> dict[str, Any]:
        """A dict of the fields (nested models too) and the kept unknown fields.

        ``by_alias=True`` names the fields as the JSON does (``createdAt``), ``mode="json"`` makes
        every value JSON-ready (datetimes as RFC 3339 strings). Unknown fields keep their JSON names.
        """
        dumped = _dump(self, by_alias=by_alias, exclude_none=exclude_none, exclude_defaults=exclude_defaults)
        return cast("dict[str, Any]", msgspec.to_builtins(dumped) if mode == "json" else dumped)

    def model_dump_json(self, *, by_alias: bool = True, indent: int | None = None) -> str:
        """The model as JSON text: by default with the API's field names, as it came."""
        encoded = msgspec.json.encode(self.model_dump(by_alias=by_alias))
        return (msgspec.json.format(encoded, indent=indent) if indent is not None else encoded).decode()

    @classmethod
    def model_validate(cls, obj: Any) -> Self:
        """Parsed JSON (a dict) -> this model, leniently; a non-object raises ``ValueError``."""
        result = python_decoder(cls)(obj)
        if not isinstance(result, cls):
            raise ValueError(f"{cls.__name__} needs a JSON object, got {type(obj).__name__}")
        return result

    @classmethod
    def model_validate_json(cls, data: bytes | str) -> Self:
        """JSON text -> this model, leniently; invalid JSON or a non-object raises ``ValueError``."""
        result = json_decoder(cls)(data.encode() if isinstance(data, str) else data)
        if not isinstance(result, cls):
            raise ValueError(f"{cls.__name__} needs a JSON object")
        return result


# --- what a model class is made of ----------------------------------------------------------------


class _Field:
    """A field of a model class, as the lenient path and ``model_dump`` need it."""

    __slots__ = ("default", "name", "public", "required", "type", "wire")

    def __init__(self, info: msgspec.structs.FieldInfo) -> None:
        self.name = info.name
        # A deprecated field is stored as ``_name`` and read through a ``name`` property that warns.
        self.public = info.name[1:] if info.name.startswith("_") else info.name
        self.wire = info.encode_name
        self.type: Any = info.type
        self.required = info.required
        self.default: Any = info.default


_FIELDS: dict[type[Any], tuple[_Field, ...]] = {}


def _fields(cls: type[LenientModel]) -> tuple[_Field, ...]:
    """The fields of ``cls`` other than ``model_extra``, made once per class."""
    found = _FIELDS.get(cls)
    if found is None:
        found = tuple(_Field(info) for info in msgspec.structs.fields(cls) if info.name != "model_extra")
        _FIELDS[cls] = found
    return found


def _dump(value: Any, *, by_alias: bool, exclude_none: bool, exclude_defaults: bool) -> Any:
    if isinstance(value, LenientModel):
        out: dict[str, Any] = {}
        config = value.__struct_config__
        if config.tag_field is not None:
            out[config.tag_field] = config.tag
        for field in _fields(type(value)):
            try:
                item = getattr(value, field.name)
            except AttributeError:
                continue
            if (exclude_none and item is None) or (
                exclude_defaults and not field.required and item == field.default
            ):
                continue
            name = field.wire if by_alias else field.public
            out[name] = _dump(
                item, by_alias=by_alias, exclude_none=exclude_none, exclude_defaults=exclude_defaults
            )
        for name, item in (value.model_extra or {}).items():
            out.setdefault(name, item)
        return out
    if isinstance(value, list):
        return [
            _dump(item, by_alias=by_alias, exclude_none=exclude_none, exclude_defaults=exclude_defaults)
            for item in cast("Iterable[Any]", value)
        ]
    return value


# --- decoding: strict in C first, lenient in Python when the body does not fit --------------------


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
# project (bench/README.md): step 1 costs about what the pydantic models took for it.


class _Plan:
    """Of a model class: the JSON names it knows, and its fields that can hold models."""

    __slots__ = ("known", "nested")

    def __init__(self, cls: type[LenientModel]) -> None:
        config = cls.__struct_config__
        fields = _fields(cls)
        tag = () if config.tag_field is None else (config.tag_field,)
        self.known = frozenset((_EXTRA_WIRE_NAME, *tag, *(field.wire for field in fields)))
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
    model = _model_class(annotation)
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
        models = [m for m in map(_model_class, members) if m is not None]
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
            out[_EXTRA_WIRE_NAME] = {key: out.pop(key) for key in ordered}
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
    model = _model_class(annotation)
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
    if value is None and type(None) in members:
        return None
    for member in members:  # a member it fits as it is
        try:
            return msgspec.convert(value, member)
        except msgspec.ValidationError:
            continue
    models = [m for m in map(_model_class, members) if m is not None]
    if isinstance(value, dict) and models:
        data = cast("dict[str, Any]", value)
        tagged = [m for m in models if m.__struct_config__.tag_field is not None]
        for model in tagged:  # the variant its tag names (the API's unions are tagged by "type")
            config = model.__struct_config__
            if config.tag_field is not None and data.get(config.tag_field) == config.tag:
                return _build(model, data)
        if len(models) == 1 and not tagged:
            return _build(models[0], data)
    raise _Misfit(f"{_show(value)} matches no member of the union")


def _model_class(annotation: Any) -> type[LenientModel] | None:
    return annotation if isinstance(annotation, type) and issubclass(annotation, LenientModel) else None


def _build(cls: type[LenientModel], data: dict[str, Any]) -> LenientModel:
    values: dict[str, Any] = {}
    missing: list[str] = []
    known: set[str] = {_EXTRA_WIRE_NAME}
    tag_field = cls.__struct_config__.tag_field
    if tag_field is not None:
        known.add(tag_field)
    for field in _fields(cls):
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


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


__all__ = ["LenientModel", "json_decoder", "lenient", "python_decoder"]
