"""Which generated folder each response model lives in: one folder per top-level resource.

A model that only one resource's operations reach (through their responses, directly or nested)
lives in that resource's folder (``types/projects/project.py``); a model reached from several
resources (``ErrorResponse``, ``RegionRef``, ...) lives in ``types/shared/``. Everything a shared
model refers to is reached from the same resources, so it is shared too: a resource's models
import from their own folder and ``shared`` only, and ``shared`` from itself only. Each model has
a module of its own (``_render.render_models``), so loading the models one GET needs imports
those models and the ones they refer to, nothing else.
"""

from __future__ import annotations

import re

from ._naming import snake
from ._operations import Operation
from ._schema import ObjectDef, TypeRegistry

SHARED = "shared"
_NAME = re.compile(r"[A-Za-z_][A-Za-z_0-9]*")


def resource_module(op: Operation) -> str:
    """The module of an operation's resource: its path's first word (``/v1/projects/...`` -> projects)."""
    words = [s for s in op.path.split("/") if s and s != "v1" and not s.startswith("{")]
    if not words:
        raise ValueError(f"{op.key}: no resource word in the path")
    return snake(words[0])


def referenced(type_expr: str | None, known: set[str]) -> set[str]:
    """The generated type names a type expression mentions."""
    if not type_expr:
        return set()
    return set(_NAME.findall(type_expr)) & known


def model_modules(operations: list[Operation], models: TypeRegistry) -> dict[str, str]:
    """Model name -> module name (a resource's, or ``shared``), for every model."""
    known = {d.name for d in models.definitions}
    children: dict[str, set[str]] = {}
    for definition in models.definitions:
        if isinstance(definition, ObjectDef):
            names: set[str] = set()
            for f in definition.fields:
                names |= referenced(f.type_expr, known)
        else:
            names = set(definition.members) & known
        children[definition.name] = names
    users: dict[str, set[str]] = {name: set() for name in known}
    modules = {resource_module(op) for op in operations}
    if SHARED in modules:
        raise ValueError(f"a resource is named {SHARED!r}, like the module of shared models; rename it")
    for op in operations:
        module = resource_module(op)
        pending = [n for r in op.responses for n in referenced(r.type_expr, known)]
        while pending:
            name = pending.pop()
            if module in users[name]:
                continue
            users[name].add(module)
            pending.extend(children[name])
    return {name: next(iter(found)) if len(found) == 1 else SHARED for name, found in sorted(users.items())}
