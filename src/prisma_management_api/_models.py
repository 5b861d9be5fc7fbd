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

**How** a body becomes models, strictly in C and leniently when it does not fit, is
``_model_decoding.py``'s job. A page that fits costs a fifth of what plain pydantic models take
for it; one with fields the API added since this SDK was generated, 1.2-1.4x
(``bench/lenient_path.py``).

``gc=False`` is safe because a parsed answer is a tree: nothing in it refers back to a parent. Do
not make a model refer to itself (``project.parent = project``): the GC would never free it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, ClassVar, Literal, cast

import msgspec
from typing_extensions import Self

from ._lazy_re import LazyPattern

# Compiled on first use: only reprs need it (see _lazy_re).
_SECRET_NAME = LazyPattern(r"pass|secret|token|key|credential|connection_?string|dsn", re.IGNORECASE)

# The JSON name of ``model_extra``: a field of the base (a ``gc=False`` Struct can have neither a
# ``__dict__`` nor weak references, so extras cannot live beside the instance), under a name no
# API object uses, so that it never collides with a field; the lenient path fills it.
EXTRA_WIRE_NAME = "@@model_extra"


class LenientModel(msgspec.Struct, kw_only=True, gc=False, forbid_unknown_fields=True):
    """Base of the response models: a ``msgspec.Struct`` with the lenient contract above."""

    model_extra: dict[str, Any] | None = msgspec.field(default=None, name=EXTRA_WIRE_NAME)
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
        for field in fields_of(cls):
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
        from ._model_decoding import python_decoder

        result = python_decoder(cls)(obj)
        if not isinstance(result, cls):
            raise ValueError(f"{cls.__name__} needs a JSON object, got {type(obj).__name__}")
        return result

    @classmethod
    def model_validate_json(cls, data: bytes | str) -> Self:
        """JSON text -> this model, leniently; invalid JSON or a non-object raises ``ValueError``."""
        from ._model_decoding import json_decoder

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


def fields_of(cls: type[LenientModel]) -> tuple[_Field, ...]:
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
        for field in fields_of(type(value)):
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
    if isinstance(value, dict):  # a map of models (or a raw JSON object kept as it came)
        return {
            key: _dump(item, by_alias=by_alias, exclude_none=exclude_none, exclude_defaults=exclude_defaults)
            for key, item in cast("dict[str, Any]", value).items()
        }
    return value


def model_class(annotation: Any) -> type[LenientModel] | None:
    return annotation if isinstance(annotation, type) and issubclass(annotation, LenientModel) else None
