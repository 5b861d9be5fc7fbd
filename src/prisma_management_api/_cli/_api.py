"""``prisma-management api METHOD PATH``: any operation of the spec, like ``gh api``."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any, cast

import click

from ._app import common_options, settings
from ._errors import usage
from ._output import emit_json, plain

if TYPE_CHECKING:
    from prisma_management_api import Operation

METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")


def match_operation(method: str, path: str) -> tuple[str, dict[str, str]]:
    """The spec's path template for ``METHOD path`` and the path parameters it binds.

    A literal segment wins over a ``{parameter}`` one (``/v1/projects/{id}`` never shadows a
    fixed path); an unknown path or method is a usage error naming what exists.
    """
    from urllib.parse import unquote

    from prisma_management_api import list_operations

    segments = path.strip("/").split("/")
    best: tuple[int, str, dict[str, str]] | None = None
    methods_for_path: set[str] = set()
    for operation in list_operations():
        template = operation.path.strip("/").split("/")
        if len(template) != len(segments):
            continue
        bound: dict[str, str] = {}
        literal = 0
        for want, got in zip(template, segments, strict=True):
            if want.startswith("{") and want.endswith("}"):
                if not got:
                    break
                bound[want[1:-1]] = unquote(got)  # the client encodes it again
            elif want == got:
                literal += 1
            else:
                break
        else:
            methods_for_path.add(operation.method)
            if operation.method == method and (best is None or literal > best[0]):
                best = (literal, operation.path, bound)
    if best is None:
        if methods_for_path:
            raise usage(
                f"{method} is not an operation of {path} (it has {', '.join(sorted(methods_for_path))})"
            )
        raise usage(f"{path} is not a path of the Management API (see https://api.prisma.io/v1/doc)")
    return best[1], best[2]


def _operation(method: str, template: str) -> Operation:
    from prisma_management_api import list_operations

    return next(o for o in list_operations() if o.method == method and o.path == template)


def _check_against(operation: Operation, query: dict[str, Any], body: Any) -> None:
    """What the spec says this operation takes: no unknown query parameter, no body it has none for."""
    known = sorted(p.name for p in operation.params if p.location == "query")
    unknown = sorted(set(query) - set(known))
    if unknown:
        takes = f"it takes {', '.join(known)}" if known else "it takes none"
        raise usage(
            f"unknown query parameter {unknown[0]!r} for {operation.method} {operation.path} ({takes})"
        )
    if body is not None and not operation.has_body:
        raise usage(f"{operation.method} {operation.path} takes no body (-d)")


def _inline_pairs(query: str) -> list[str]:
    """``a=1&b=x%20y`` as ``-q`` pairs, decoded (the client encodes them again)."""
    from urllib.parse import parse_qsl

    return [f"{key}={value}" for key, value in parse_qsl(query, keep_blank_values=True)]


def _query(pairs: tuple[str, ...]) -> dict[str, Any]:
    query: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise usage(f"-q takes key=value, got {pair!r}")
        if key in query:
            existing = query[key]
            query[key] = [*existing, value] if isinstance(existing, list) else [existing, value]
        else:
            query[key] = value
    return query


def _body(data: str | None) -> Any:
    if data is None:
        return None
    if data.startswith("@"):
        source = data[1:]
        try:
            text = sys.stdin.read() if source == "-" else open(source, encoding="utf-8").read()  # noqa: SIM115
        except OSError as exc:
            raise usage(f"cannot read -d {data}: {exc.strerror or exc}") from None
    else:
        text = data
    try:
        return json.loads(text)
    except ValueError as exc:
        raise usage(f"-d is not valid JSON: {exc}") from None


@click.command("api")
@click.argument("method", type=click.Choice(METHODS, case_sensitive=False))
@click.argument("path")
@click.option(
    "-q", "--query", "query", multiple=True, metavar="KEY=VALUE", help="A query parameter (repeatable)."
)
@click.option("-d", "--data", metavar="JSON|@FILE", help="Request body: JSON, @file, or @- for stdin.")
@click.option("--paginate", is_flag=True, help="Follow pagination.nextCursor; print all items as one array.")
@common_options
def api(method: str, path: str, query: tuple[str, ...], data: str | None, paginate: bool) -> None:
    """Send any request of the Management API and print the JSON answer.

    \b
    prisma-management api GET /v1/projects --paginate
    prisma-management api POST /v1/projects -d '{"name": "demo"}'
    """
    method = method.upper()
    path, _, inline_query = path.partition("?")  # "/v1/projects?limit=5" as gh api takes it
    template, path_params = match_operation(method, path)
    operation = _operation(method, template)
    query_params = _query((*_inline_pairs(inline_query), *query))
    body = _body(data)
    _check_against(operation, query_params, body)
    client = settings().client()
    items: list[Any] = []
    while True:
        params: dict[str, dict[str, Any]] = {"path": path_params, "query": query_params}
        result = client.request(method, template, params=params, body=body)
        if result.error is not None:
            result.unwrap()  # the APIStatusError every command reports (exit 1, or 3 for a 401)
        if result.response.status == 204:
            return
        if operation.streams:  # NDJSON logs: one JSON line per record, as they come
            for record in result.data or ():
                click.echo(json.dumps(plain(record), ensure_ascii=False, separators=(",", ":")))
            return
        answer: Any = result.response.json()
        if not paginate:
            emit_json(answer)
            return
        page = cast("dict[str, Any]", answer) if isinstance(answer, dict) else {}
        items.extend(page.get("data") or [])
        pagination: dict[str, Any] = page.get("pagination") or {}
        cursor = pagination.get("nextCursor")
        if not cursor or not pagination.get("hasMore", True):
            emit_json(items)
            return
        query_params = {**query_params, "cursor": cursor}


COMMANDS = [api]
