"""The shape of one entry of the generated operation table."""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple


class Param(NamedTuple):
    name: str
    location: str  # "path", "query" or "header"
    required: bool


class Operation(NamedTuple):
    method: str
    path: str
    operation_id: str
    name: str
    params: tuple[Param, ...]
    has_body: bool
    # status -> (content kind: "json" | "ndjson" | "empty", model name or None)
    responses: Mapping[int, tuple[str, str | None]]
    deprecated: bool

    @property
    def streams(self) -> bool:
        return any(kind == "ndjson" for status, (kind, _) in self.responses.items() if 200 <= status < 300)


_table: dict[str, Operation] | None = None


def find_operation(method: str, path: str) -> Operation | None:
    """The spec's operation for ``METHOD path-template``; None for a path the spec lacks."""
    global _table
    if _table is None:
        from ._generated.operations import OPERATIONS

        _table = OPERATIONS
    return _table.get(f"{method} {path}")


def list_operations() -> tuple[Operation, ...]:
    """Every operation of the OpenAPI document this SDK was generated from (method, path
    template, operationId, ...), in the document's order."""
    find_operation("GET", "/")  # loads the table
    assert _table is not None
    return tuple(_table.values())
