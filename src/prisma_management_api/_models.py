"""The base of every response model: lenient, so that a newer API never breaks an older SDK.

Unknown fields are kept (``extra="allow"``). When a body does not match its model (an enum value
or a union variant this SDK does not know yet, a missing field), validation does not fail: each
field that validates is kept typed and each that does not keeps its raw JSON value.

Why pydantic ``BaseModel`` and not something lighter for the GC (measured by
``bench/page_gc.py``, table in bench/README.md): with thousands of pages kept alive, each model
instance is three objects the cyclic GC tracks (the instance, its fields-set ``set``, its
``__dict__`` when it holds another model), about 106 per 20-item page against 22 for
``json.loads``, and the GC then triples the parse cost. msgspec ``Struct``s with ``gc=False`` are
~10x cheaper and pydantic-validated ``TypedDict``s ~5x, but neither keeps the public contract of
these classes: unknown fields kept in ``model_extra``, unknown enum values kept, ``model_dump``,
``model_fields``, pydantic's ``ValidationError``. That change (the same public names backed by
lighter objects) is a major version's; this module keeps pydantic and tunes what it can: the
plain fast path below, no source introspection at class creation (``use_attribute_docstrings``
is off), evaluated annotations in the generated modules.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, cast

import pydantic
from pydantic import ConfigDict, ValidationError, model_validator
from pydantic_core import PydanticUndefined, SchemaValidator

if TYPE_CHECKING:
    # Imported where used: only union aliases and the lenient path need an adapter, and loading
    # pydantic.type_adapter is ~1.4 M instructions of a first response that needs neither.
    from pydantic import TypeAdapter

from ._lazy_re import LazyPattern

# Compiled on first use: only reprs need it (see _lazy_re).
_SECRET_NAME = LazyPattern(r"pass|secret|token|key|credential|connection_?string|dsn", re.IGNORECASE)


class LenientModel(pydantic.BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,  # build validators on first use: keeps import fast
        # No use_attribute_docstrings: it reads and parses each class's source with `inspect` when
        # the class is built (half of a first call's cost). The generator writes the descriptions
        # into `Field(description=...)` instead.
        protected_namespaces=(),
    )

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        # pydantic makes a `deprecated=True` field warn on access only once the class's own schema
        # is built; with defer_build a model met only nested in another never is, so reading its
        # deprecated fields would warn or not by accident. Install the warnings now.
        if not any(field.deprecated for field in cls.__pydantic_fields__.values()):
            return  # most models: nothing to install (and this runs for every model class made)
        try:
            from pydantic._internal._model_construction import set_deprecated_descriptors
        except ImportError:  # a pydantic without it: deprecated fields still parse, silently
            return
        set_deprecated_descriptors(cls)

    def __repr_args__(self) -> Iterable[tuple[str | None, Any]]:
        # Known secret fields are generated with repr=False; a field this SDK does not know yet
        # (kept as an extra) is hidden too when its name says it holds a credential.
        extra = self.__pydantic_extra__ or {}
        for name, value in super().__repr_args__():
            if name is not None and name in extra and _SECRET_NAME.search(name):
                yield name, "***"
            else:
                yield name, value

    @model_validator(mode="wrap")
    @classmethod
    def _validate_leniently(cls, data: Any, handler: pydantic.ValidatorFunctionWrapHandler) -> Any:
        try:
            return handler(data)
        except ValidationError:
            if not isinstance(data, dict):
                raise
            return cls._construct_leniently(cast("dict[str, Any]", data))

    @classmethod
    def _construct_leniently(cls, data: dict[str, Any]) -> LenientModel:
        values: dict[str, Any] = {}
        known: set[str] = set()
        for name, info in cls.model_fields.items():
            wire = info.alias or name
            known.add(wire)
            if wire not in data:
                if info.default is not PydanticUndefined:
                    values[name] = info.default
                continue
            raw = data[wire]
            try:
                values[name] = cls._adapter(name).validate_python(raw)
            except ValidationError:
                values[name] = raw
        extra = {key: value for key, value in data.items() if key not in known}
        instance = cls.model_construct(_fields_set=set(values), **values)
        if extra:
            object.__setattr__(
                instance, "__pydantic_extra__", {**(instance.__pydantic_extra__ or {}), **extra}
            )
        return instance

    @classmethod
    def _adapter(cls, name: str) -> TypeAdapter[Any]:
        adapters = cast("dict[str, TypeAdapter[Any]] | None", cls.__dict__.get("_field_adapters_cache"))
        if adapters is None:
            adapters = {}
            type.__setattr__(cls, "_field_adapters_cache", adapters)
        if name not in adapters:
            from pydantic import TypeAdapter

            info = cls.model_fields[name]
            annotation = info.rebuild_annotation()
            adapters[name] = TypeAdapter(annotation, config=None)
        return adapters[name]


# --- the fast path ------------------------------------------------------------------------------
#
# The wrap validator above is a Python call for every model instance in a body (42 for a page of
# 20 projects), which was about half of a typed call's parse time (bench/README.md). A body that
# fits its models needs none of them: a wrap validator that does not catch an error returns what
# the plain validator returns. So a body is first validated by a copy of the schema without the
# wrap validators, which builds the very same model classes, and only a body that does not fit is
# validated again by the lenient models.


def json_decoder(target: Any) -> Callable[[bytes], Any]:
    """JSON bytes -> ``target`` (a model class or a union alias), as leniently as the models parse."""
    if isinstance(target, type):
        lenient: Callable[[bytes], Any] = cast("type[LenientModel]", target).model_validate_json
    else:
        from pydantic import TypeAdapter

        lenient = TypeAdapter(target).validate_json
    plain = _without_leniency(target)
    if plain is None:
        return lenient
    plain_json = plain.validate_json

    def decode(content: bytes) -> Any:
        try:
            return plain_json(content)
        except ValidationError:
            return lenient(content)

    return decode


def python_decoder(target: Any) -> Callable[[Any], Any]:
    """Parsed JSON -> ``target``, as :func:`json_decoder`; raises ValidationError as the models do."""
    if isinstance(target, type):
        lenient: Callable[[Any], Any] = cast("type[LenientModel]", target).model_validate
    else:
        from pydantic import TypeAdapter

        lenient = TypeAdapter(target).validate_python
    plain = _without_leniency(target)
    if plain is None:
        return lenient
    plain_python = plain.validate_python

    def decode(value: Any) -> Any:
        try:
            return plain_python(value)
        except ValidationError:
            return lenient(value)

    return decode


def _without_leniency(target: Any) -> SchemaValidator | None:
    """A validator of ``target``'s schema with every lenient wrap validator taken out."""
    try:
        if isinstance(target, type):
            model = cast("type[LenientModel]", target)
            model.model_rebuild()  # models are deferred (defer_build): build the schema now
            schema: Any = model.__pydantic_core_schema__
        else:
            from pydantic import TypeAdapter

            schema = TypeAdapter(target).core_schema
        if not isinstance(schema, dict):
            return None
        stripped = cast("dict[str, Any]", _strip(schema))
        return SchemaValidator(cast("Any", stripped), stripped.get("config"))
    except Exception:  # a pydantic whose schema layout we do not know: the lenient path still works
        return None


def _strip(node: Any) -> Any:
    if isinstance(node, dict):
        node = cast("dict[str, Any]", node)
        if node.get("type") == "function-wrap" and _is_lenient_validator(node["function"]["function"]):
            inner = cast("dict[str, Any]", _strip(node["schema"]))
            if "ref" in node:  # other parts of the schema point at the model by this name
                inner = {**inner, "ref": node["ref"]}
            return inner
        return {key: _strip(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_strip(item) for item in cast("Iterable[Any]", node)]
    return node


def _is_lenient_validator(function: Any) -> bool:
    owner = getattr(function, "__self__", None)
    return (
        getattr(function, "__name__", None) == "_validate_leniently"
        and isinstance(owner, type)
        and issubclass(owner, LenientModel)
    )
