"""MkDocs hooks: the reference pages that are generated from the package at build time.

- ``reference/api.md``: one mkdocstrings entry per public name (``__all__`` of the package and
  of ``prisma_management_api.testing``), so a new public name is documented without editing a page.
- ``reference/operations.md``: every operation of the OpenAPI document with its typed call and its
  resource method, read from the operations table and the resource methods' docstrings (each ends
  with ``METHOD /path``), so the table cannot drift from the code.
"""

from __future__ import annotations

import functools
import inspect
import re
from typing import Any

import prisma_management_api
from prisma_management_api import create_management_api_client
from prisma_management_api import testing as fake_platform

_ROUTE = re.compile(r"^``(GET|PUT|POST|DELETE|PATCH) (/v1/[^`]*)``", re.M)
_SKIP_NAMES = {"__version__", "types"}


def on_page_markdown(markdown: str, page: Any, **_: Any) -> str:
    if "<!-- public-api -->" in markdown:
        markdown = markdown.replace("<!-- public-api -->", public_api(prisma_management_api))
    if "<!-- testing-api -->" in markdown:
        markdown = markdown.replace("<!-- testing-api -->", public_api(fake_platform))
    if "<!-- operations -->" in markdown:
        markdown = markdown.replace("<!-- operations -->", operations_table())
    return markdown


def public_api(module: Any) -> str:
    names = [name for name in module.__all__ if name not in _SKIP_NAMES]
    return "\n\n".join(f"::: {module.__name__}.{name}" for name in names)


def resource_methods() -> dict[str, str]:
    """``"GET /v1/projects/{id}"`` -> ``"client.projects.retrieve"``, for every resource method."""
    client = create_management_api_client(token="docs")  # noqa: S106 - never sends: only walked
    found: dict[str, str] = {}
    seen: set[int] = set()

    def walk(namespace: Any, where: str) -> None:
        if id(namespace) in seen:
            return
        seen.add(id(namespace))
        for name, member in inspect.getmembers(type(namespace)):
            if name.startswith("_") or name == "with_raw_response":
                continue
            if isinstance(member, (property, functools.cached_property)):
                child = getattr(namespace, name)
                if type(child).__module__.startswith("prisma_management_api._generated"):
                    walk(child, f"{where}.{name}")
            elif inspect.isfunction(member):
                match = _ROUTE.search(inspect.getdoc(member) or "")
                if match:
                    found.setdefault(f"{match[1]} {match[2]}", f"{where}.{name}")

    walk(client, "client")
    return found


def operations_table() -> str:
    from prisma_management_api._generated.operations import OPERATIONS

    methods = resource_methods()
    rows = [
        "| Operation | Typed call | Resource method |",
        "| --- | --- | --- |",
    ]
    for key in sorted(OPERATIONS, key=lambda k: (OPERATIONS[k].path, OPERATIONS[k].method)):
        operation = OPERATIONS[key]
        deprecated = " (deprecated)" if operation.deprecated else ""
        method = methods.get(key)
        rows.append(
            f'| `{operation.name}`{deprecated} | `client.{operation.method}("{operation.path}", ...)` '
            f"| {f'`{method}(...)`' if method else 'typed call only'} |"
        )
    rows.append("")
    rows.append(f"{len(OPERATIONS)} operations, {len(methods)} with a resource method.")
    return "\n".join(rows)
