"""What a command prints: JSON (``--json``), or a table; colour and spinners only on a terminal.

Data goes to stdout, messages to stderr. Rich is imported only to draw on a terminal: piped
output is plain text with no ANSI codes, and ``NO_COLOR`` turns colour off everywhere.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Generator, Iterable, Sequence
from typing import Any, cast

import click

from ._app import settings

Column = tuple[str, str]  # (header, dotted attribute path of the JSON form)


def plain(value: Any) -> Any:
    """The JSON form of an SDK model (the API's field names), a list of them, or a plain value."""
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json", by_alias=True)
    if isinstance(value, list | tuple):
        return [plain(item) for item in cast("Sequence[Any]", value)]
    return value


def _pick(record: dict[str, Any], path: str) -> str:
    value: Any = record
    for part in path.split("."):
        value = cast("dict[str, Any]", value).get(part) if isinstance(value, dict) else None
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _interactive(stream: Any) -> bool:
    return bool(getattr(stream, "isatty", lambda: False)())


def _colour() -> bool:
    return "NO_COLOR" not in os.environ


def emit_json(value: Any) -> None:
    click.echo(json.dumps(plain(value), indent=2, ensure_ascii=False))


def emit_list(items: Iterable[Any], columns: Sequence[Column]) -> None:
    records = [plain(item) for item in items]
    if settings().json:
        emit_json(records)
        return
    rows = [[_pick(record, path) for _, path in columns] for record in records]
    headers = [header for header, _ in columns]
    if _interactive(sys.stdout):
        from rich.console import Console
        from rich.table import Table

        table = Table(*headers, header_style="bold" if _colour() else None, box=None, pad_edge=False)
        for row in rows:
            table.add_row(*row)
        # markup=False: a name like "a [/]" is the API's data, not Rich markup (it would raise).
        Console(no_color=not _colour(), highlight=False, markup=False).print(table)
        return
    widths = [max([len(header)] + [len(row[i]) for row in rows]) for i, header in enumerate(headers)]
    for row in [headers, *rows]:
        click.echo("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())


def emit_object(item: Any, fields: Sequence[Column] | None = None) -> None:
    value: Any = plain(item)
    if settings().json or not isinstance(value, dict):
        emit_json(value)
        return
    record = cast("dict[str, Any]", value)
    pairs = fields or [(key, key) for key in record if not isinstance(record[key], dict | list)]
    if not pairs:  # nothing plain to line up (only nested fields, or none): its JSON says it all
        emit_json(record)
        return
    width = max(len(label) for label, _ in pairs)
    for label, path in pairs:
        click.echo(f"{label.ljust(width)}  {_pick(record, path)}")


def emit_outcome(record: dict[str, object], message: str) -> None:
    """What a command did: ``record`` with ``--json``, else ``message`` for the human."""
    if settings().json:
        emit_json(record)
    else:
        note(message)


def note(message: str) -> None:
    """A message for the human, on stderr (never mixed into data)."""
    click.echo(message, err=True)


@contextlib.contextmanager
def spinner(message: str) -> Generator[Any, None, None]:
    """A spinner on stderr when it is a terminal (its ``update(text)`` changes the message);
    otherwise the message once, plain."""
    if _interactive(sys.stderr) and not settings().json:
        from rich.console import Console
        from rich.text import Text

        console = Console(stderr=True, no_color=not _colour())
        # Text, not str: Rich would read a database's name in the message as markup.
        with console.status(Text(message)) as status:
            yield _Spinner(status, Text)
        return
    note(message)
    yield _Silent()


class _Spinner:
    def __init__(self, status: Any, text: Any) -> None:
        self._status = status
        self._text = text

    def update(self, message: str) -> None:
        self._status.update(self._text(message))


class _Silent:
    def update(self, message: str) -> None:
        """No spinner off a terminal: progress is not narrated line by line."""


def confirm(action: str, yes: bool) -> None:
    """Go on only with ``--yes`` or a "y" typed at a terminal; never delete unasked in a script."""
    from ._errors import CliError, usage

    if yes:
        return
    if not _interactive(sys.stdin):
        raise usage(f"refusing to {action} without --yes (no terminal to ask)")
    if not click.confirm(f"{action[0].upper()}{action[1:]}?", default=False, err=True):
        raise CliError("cancelled", 1)
