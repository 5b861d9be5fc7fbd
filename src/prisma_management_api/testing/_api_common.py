"""What every Management API handler shares: the request context, errors, pagination, references.

A handler is ``(ctx) -> Reply``. It finds records through ``ctx`` helpers that already hide other
workspaces' resources (they answer 404, as the platform does), raises :class:`ApiError` for a
refusal, and builds its body from plain dicts.
"""

from __future__ import annotations

import base64
from collections.abc import AsyncIterable, Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar, cast

from ._engine import error_code_for_status
from ._store import Branch, Principal, Project, Store

MAX_LIMIT = 100


class ApiError(Exception):
    """A refusal: becomes ``{"error": {"code", "message", "hint"?}}`` with ``status``."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        code: str | None = None,
        hint: str | None = None,
        body: Any = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code or error_code_for_status(status)
        self.hint = hint
        self.body = body  # a whole body of another shape, for the few routes the spec gives one

    def to_body(self) -> Any:
        if self.body is not None:
            return self.body
        error: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.hint is not None:
            error["hint"] = self.hint
        return {"error": error}


def not_found(what: str, ident: str | None = None) -> ApiError:
    suffix = f" {ident!r}" if ident else ""
    return ApiError(404, f"{what}{suffix} was not found.")


@dataclass
class Reply:
    """A handler's answer: a JSON body (``None``: no body, unless ``json_null``), or NDJSON
    ``chunks`` (a sync or async iterable)."""

    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict[str, str])
    chunks: Iterable[bytes] | AsyncIterable[bytes] | None = None
    json_null: bool = False  # send a JSON ``null`` body rather than none


class HeaderLookup(Protocol):
    def get(self, key: str, /) -> str | None: ...


@dataclass
class Ctx:
    """One authenticated request, as a handler sees it."""

    store: Store
    principal: Principal
    key: str  # "METHOD /template"
    path: dict[str, Any]
    query: dict[str, Any]
    body: Any
    headers: HeaderLookup
    validation_status: int = 422

    @property
    def workspace_id(self) -> str:
        return self.principal.workspace_id

    def url(self, *parts: str) -> str:
        return self.store.api_url + "/v1/" + "/".join(parts)

    def json_body(self) -> dict[str, Any]:
        """The body as an object (an absent optional body reads as ``{}``)."""
        body = self.body
        return cast("dict[str, Any]", body) if isinstance(body, dict) else {}

    def invalid(self, message: str) -> ApiError:
        """A request the handler refuses as invalid, with this operation's validation status."""
        return ApiError(self.validation_status, message)

    # -- lookups hiding other workspaces --------------------------------------------------------

    def project(self, raw_id: str) -> Project:
        project = self.store.project_of(self.workspace_id, with_prefix("proj_", raw_id))
        if project is None:
            raise not_found("Project", raw_id)
        return project

    def branch(self, raw_id: str, project: Project | None = None) -> Branch:
        branch = self.store.branches.get(with_prefix("br_", raw_id))
        if branch is None:
            raise not_found("Branch", raw_id)
        owner = self.store.project_of(self.workspace_id, branch.project_id)
        if owner is None or (project is not None and owner.id != project.id):
            raise not_found("Branch", raw_id)
        return branch


Handler = Callable[[Ctx], Reply]


def with_prefix(prefix: str, raw_id: str) -> str:
    """Ids are accepted with or without their type prefix (the spec's patterns allow both)."""
    return raw_id if raw_id.startswith(prefix) else prefix + raw_id


def ref(url: str, ident: str, name: str) -> dict[str, str]:
    return {"id": ident, "url": url, "name": name}


# ---------------------------------------------------------------------------------------------
# Pagination: one scheme for every list. The cursor is opaque to clients; it carries the ``seq``
# of the last record of the page, so the next page starts after it even if it was deleted.


class _HasSeq(Protocol):
    @property
    def seq(self) -> int: ...


S = TypeVar("S", bound=_HasSeq)


def encode_cursor(seq: int) -> str:
    return base64.urlsafe_b64encode(f"v1:{seq}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> int | None:
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
    except (ValueError, UnicodeDecodeError):
        return None
    prefix, _, number = text.partition(":")
    if prefix != "v1" or not number.isdigit():
        return None
    return int(number)


def page_limit(ctx: Ctx, default: int = MAX_LIMIT) -> int:
    """``limit`` as given (already a number), cut to whole items within 1..100."""
    raw = ctx.query.get("limit")
    if raw is None or isinstance(raw, (str, bool)):
        return default
    return max(1, min(MAX_LIMIT, int(raw)))


def paginate(
    ctx: Ctx,
    records: Iterable[S],
    render: Callable[[S], dict[str, Any]],
    *,
    newest_first: bool = False,
    default_limit: int = MAX_LIMIT,
) -> dict[str, Any]:
    """``{"data": [...], "pagination": {"nextCursor", "hasMore"}}`` of one page of ``records``
    (given oldest first)."""
    limit = page_limit(ctx, default_limit)
    cursor = ctx.query.get("cursor")
    after: int | None = None
    if cursor not in (None, ""):
        after = decode_cursor(str(cursor))
        if after is None:
            raise ctx.invalid("query.cursor: is not a cursor this API returned")
    ordered: Sequence[S] = list(records)
    if newest_first:
        ordered = ordered[::-1]
    selected: Iterator[S]
    if after is None:
        selected = iter(ordered)
    elif newest_first:
        selected = (record for record in ordered if record.seq < after)
    else:
        selected = (record for record in ordered if record.seq > after)
    page: list[S] = []
    has_more = False
    for record in selected:
        if len(page) == limit:
            has_more = True
            break
        page.append(record)
    next_cursor = encode_cursor(page[-1].seq) if has_more and page else None
    return {
        "data": [render(record) for record in page],
        "pagination": {"nextCursor": next_cursor, "hasMore": has_more},
    }


def data(payload: Any, status: int = 200) -> Reply:
    return Reply(status, {"data": payload})


def no_content() -> Reply:
    return Reply(204)


def text_field(body: Mapping[str, Any], name: str) -> str | None:
    """An optional string field of a body; ``null`` and absent read the same."""
    value = body.get(name)
    return value if isinstance(value, str) else None
