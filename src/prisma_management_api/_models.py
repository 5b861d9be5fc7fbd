"""The base of every response model: lenient, so that a newer API never breaks an older SDK.

Unknown fields are kept (``extra="allow"``). When a body does not match its model (an enum value
or a union variant this SDK does not know yet, a missing field), validation does not fail: each
field that validates is kept typed and each that does not keeps its raw JSON value.
"""

from __future__ import annotations

from typing import Any, cast

import pydantic
from pydantic import ConfigDict, TypeAdapter, ValidationError, model_validator
from pydantic_core import PydanticUndefined


class LenientModel(pydantic.BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,  # build validators on first use: keeps import fast
        use_attribute_docstrings=True,
        protected_namespaces=(),
    )

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
            info = cls.model_fields[name]
            annotation = info.rebuild_annotation()
            adapters[name] = TypeAdapter(annotation, config=None)
        return adapters[name]
