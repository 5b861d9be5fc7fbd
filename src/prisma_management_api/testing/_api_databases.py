"""Databases, their backups, restore and usage.

A database is ``provisioning`` until the platform's provisioning delay has passed (read lazily from
the store's clock), then ``ready``; a restore makes it ``recovering`` for the same delay. Creating a
database also creates its default connection, whose secrets only the create response carries.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, cast

from ._api_common import (
    ApiError,
    Ctx,
    Handler,
    Reply,
    data,
    no_content,
    not_found,
    paginate,
    ref,
    text_field,
    with_prefix,
)
from ._api_connections import (
    database_connections,
    direct_credentials,
    find_database,
    render_connection,
    require_database,
)
from ._store import DEFAULT_REGION, POSTGRES_REGIONS, Backup, Database, Project, iso

BACKUP_RETENTION_DAYS = 7


def render_database(ctx: Ctx, database: Database) -> dict[str, Any]:
    project = ctx.store.projects[database.project_id]
    return {
        "id": database.id,
        "type": "database",
        "url": ctx.url("databases", database.id),
        "name": database.name,
        "status": ctx.store.database_status(database),
        "createdAt": iso(database.created_at),
        "isDefault": database.is_default,
        "defaultConnectionId": database.default_connection_id,
        "connections": [render_connection(ctx, c) for c in database_connections(ctx, database.id)],
        "project": ref(ctx.url("projects", project.id), project.id, project.name),
        "region": {"id": database.region, "name": POSTGRES_REGIONS.get(database.region, database.region)},
        "source": database.source,
        "branchId": database.branch_id,
        "logicalId": database.logical_id,
    }


def render_created(ctx: Ctx, database: Database, *, legacy: bool) -> dict[str, Any]:
    """The create answer: the database with its default connection's secrets.

    Every shape carries the strings inside ``connections[].endpoints``; ``legacy`` (the shape
    of ``POST /v1/projects`` and ``POST /v1/projects/{id}/databases``) repeats them in the
    deprecated ``apiKeys``, ``connectionString`` and ``directConnection``.
    """
    rendered = render_database(ctx, database)
    connection = ctx.store.connections[database.default_connection_id or ""]
    with_secrets = render_connection(ctx, connection, secrets=True)
    # Both shapes carry the strings in the fields the spec does not deprecate:
    # connections[].endpoints.{direct,pooled}.connectionString.
    rendered["connections"] = [
        {k: v for k, v in with_secrets.items() if k not in ("connectionString", "host", "pass", "user")}
        if c["id"] == connection.id
        else c
        for c in rendered["connections"]
    ]
    if legacy:
        api_key = {k: v for k, v in with_secrets.items() if k not in ("database", "host", "pass", "user")}
        api_key["endpoints"] = {
            name: {"host": endpoint["host"], "port": endpoint["port"]}
            for name, endpoint in with_secrets["endpoints"].items()
        }
        rendered["apiKeys"] = [api_key]
        rendered["connectionString"] = with_secrets["connectionString"]
        rendered["directConnection"] = direct_credentials(connection)
    return rendered


def resolve_region(project: Project, region: str | None) -> str:
    if region is None:
        return DEFAULT_REGION
    if region == "inherit":
        return project.default_region or DEFAULT_REGION
    return region


def resolve_source(ctx: Ctx, given: Any) -> dict[str, str] | None:
    """A create's ``source``, checked: the database or backup it names must be visible."""
    if not isinstance(given, dict):
        return None
    source = cast("dict[str, Any]", given)
    if source.get("type") in (None, "empty"):
        return {"type": "empty"}
    origin = require_database(ctx, str(source["databaseId"]))
    if source["type"] == "backup":
        backup = find_backup(ctx, origin, str(source["backupId"]))
        return {"type": "backup", "databaseId": origin.id, "backupId": backup.id}
    return {"type": "database", "databaseId": origin.id}


def find_backup(ctx: Ctx, database: Database, backup_id: str) -> Backup:
    backup = ctx.store.backups.get(backup_id)
    if backup is None or backup.database_id != database.id:
        raise not_found("Backup", backup_id)
    return backup


def create_database(
    ctx: Ctx,
    project: Project,
    *,
    name: str | None,
    region: str | None,
    is_default: bool,
    source: dict[str, str] | None = None,
    branch: BranchChoice | None = None,
    logical_id: str | None = None,
    default_conflict_status: int = 409,
) -> Database:
    """Check, then create: a refused request leaves nothing behind (not even a new branch)."""
    store = ctx.store
    if is_default and any(d.is_default for d in store.databases.values() if d.project_id == project.id):
        raise ApiError(
            default_conflict_status,
            "The project already has a default database.",
            code="conflict",
            hint="Create the database with isDefault false.",
        )
    branch = branch or BranchChoice(store.default_branch(project.id).id, None)
    if logical_id is not None and branch.branch_id is not None:
        for other in store.databases.values():
            same_slot = other.project_id == project.id and other.branch_id == branch.branch_id
            if same_slot and other.logical_id == logical_id:
                raise ApiError(409, "A database with the same logicalId already exists on the branch.")
    return store.add_database(
        project.id,
        name or "database",
        branch_id=branch.branch_id,
        branch_git_name=branch.git_name,
        region=resolve_region(project, region),
        is_default=is_default,
        logical_id=logical_id,
        source=source,
        ready=False,
    )


def remove_database(ctx: Ctx, database: Database) -> None:
    store = ctx.store
    del store.databases[database.id]
    for connection in database_connections(ctx, database.id):
        del store.connections[connection.id]
    for backup in [b for b in store.backups.values() if b.database_id == database.id]:
        del store.backups[backup.id]


@dataclass(frozen=True)
class BranchChoice:
    """Where a body puts a resource: an existing branch, or a git name to create (only once
    every other check has passed)."""

    branch_id: str | None
    git_name: str | None


def choose_branch(
    ctx: Ctx, project: Project, body: dict[str, Any], *, create: bool, null_status: int = 400
) -> BranchChoice | None:
    """The branch a body names by ``branchId`` (404 when it does not exist) or ``branchGitName``
    (created when missing with ``create``, else 404); None when it names none. Every database
    belongs to a branch, so an explicit null is refused (``null_status``) when creating."""
    for field_name in ("branchId", "branchGitName"):
        if field_name in body and body[field_name] is None and create:
            raise ApiError(
                null_status, f"body.{field_name}: must not be null: every database belongs to a branch"
            )
    branch_id = text_field(body, "branchId")
    git_name = text_field(body, "branchGitName")
    if branch_id is not None and git_name is not None:
        raise ApiError(null_status, "body.branchId and body.branchGitName are mutually exclusive")
    if branch_id is not None:
        return BranchChoice(ctx.branch(branch_id, project).id, None)
    if git_name is not None:
        existing = ctx.store.branch_named(project.id, git_name)
        if existing is not None:
            return BranchChoice(existing.id, None)
        if not create:
            raise not_found("Branch with gitName", git_name)
        return BranchChoice(None, git_name)
    return None


def resolve_branch_id(
    ctx: Ctx, project: Project, body: dict[str, Any], *, create: bool = False, refusal_status: int = 400
) -> str | None:
    """The id of the branch a body names (see :func:`choose_branch`), created if need be."""
    choice = choose_branch(ctx, project, body, create=create, null_status=refusal_status)
    if choice is None:
        return None
    if choice.branch_id is not None:
        return choice.branch_id
    assert choice.git_name is not None
    branch = ctx.store.branch_named(project.id, choice.git_name, create=True)
    assert branch is not None
    return branch.id


def visible_databases(ctx: Ctx) -> list[Database]:
    store = ctx.store
    return [d for d in store.databases.values() if store.project_of(ctx.workspace_id, d.project_id)]


def apply_list_filters(ctx: Ctx, records: list[Any]) -> list[Any]:
    """The ``projectId``, ``branchId`` (or ``unassigned``), ``branchGitName`` and ``logicalId``
    filters that the list routes of databases, services and buckets share."""
    project_id = ctx.query.get("projectId")
    if project_id is not None:
        wanted = with_prefix("proj_", str(project_id))
        records = [r for r in records if r.project_id == wanted]
    wanted_branch = ctx.query.get("branchId")
    if wanted_branch == "unassigned":
        records = [r for r in records if r.branch_id is None]
    elif wanted_branch is not None:
        branch_id = with_prefix("br_", str(wanted_branch))
        records = [r for r in records if r.branch_id == branch_id]
    git_name = ctx.query.get("branchGitName")
    if git_name is not None:
        ids = {b.id for b in ctx.store.branches.values() if b.git_name == git_name}
        records = [r for r in records if r.branch_id in ids]
    logical_id = ctx.query.get("logicalId")
    if logical_id is not None:
        records = [r for r in records if r.logical_id == logical_id]
    return records


# -- handlers ----------------------------------------------------------------------------------


def list_databases(ctx: Ctx) -> Reply:
    records = visible_databases(ctx)
    records = apply_list_filters(ctx, records)
    return Reply(200, paginate(ctx, records, lambda d: render_database(ctx, d)))


def post_database(ctx: Ctx) -> Reply:
    body = ctx.json_body()
    project = ctx.project(str(body["projectId"]))
    logical_id = text_field(body, "logicalId")
    if logical_id is not None and text_field(body, "branchGitName") is not None:
        raise ApiError(400, "logicalId cannot be combined with branchGitName; pass branchId instead.")
    source = resolve_source(ctx, body.get("source"))
    database = create_database(
        ctx,
        project,
        name=text_field(body, "name"),
        region=text_field(body, "region"),
        is_default=bool(body.get("isDefault", False)),
        source=source,
        branch=choose_branch(ctx, project, body, create=True),
        logical_id=logical_id,
    )
    return data(render_created(ctx, database, legacy=False), 201)


def list_project_databases(ctx: Ctx) -> Reply:
    project = ctx.project(ctx.path["projectId"])
    records = [d for d in ctx.store.databases.values() if d.project_id == project.id]
    return Reply(200, paginate(ctx, records, lambda d: render_database(ctx, d)))


def post_project_database(ctx: Ctx) -> Reply:
    project = ctx.project(ctx.path["projectId"])
    body = ctx.json_body()
    source: Any = body.get("source")
    given: Any = body.get("fromDatabase")
    if source is None and isinstance(given, dict):
        origin = cast("dict[str, Any]", given)
        backup_id = origin.get("backupId")
        source = (
            {"type": "backup", "databaseId": origin["id"], "backupId": backup_id}
            if isinstance(backup_id, str)
            else {"type": "database", "databaseId": origin["id"]}
        )
    database = create_database(
        ctx,
        project,
        name=text_field(body, "name"),
        region=text_field(body, "region"),
        is_default=bool(body.get("isDefault", False)),
        source=resolve_source(ctx, source),
        # This older route documents no 409: a second default database is refused as a 403 (as
        # deleting the default database is), the closest documented answer; 400 would call a
        # valid request invalid.
        default_conflict_status=403,
    )
    return data(render_created(ctx, database, legacy=True), 201)


def get_database(ctx: Ctx) -> Reply:
    return data(render_database(ctx, require_database(ctx, ctx.path["databaseId"])))


def patch_database(ctx: Ctx) -> Reply:
    database = require_database(ctx, ctx.path["databaseId"])
    project = ctx.store.projects[database.project_id]
    body = ctx.json_body()
    moves = "branchId" in body or "branchGitName" in body
    logical_id = text_field(body, "logicalId")
    if logical_id is not None and moves:
        # This route documents no 400/422: the clash of the two fields is answered as a conflict.
        raise ApiError(409, "body.logicalId: cannot be combined with branchId or branchGitName")
    if moves:
        # Every database belongs to a branch: a null move is refused; this route documents no
        # 400/422, so as a conflict (see README, "where the spec is silent").
        for field_name in ("branchId", "branchGitName"):
            if field_name in body and body[field_name] is None:
                raise ApiError(
                    409, f"body.{field_name}: must not be null: every database belongs to a branch"
                )
        database.branch_id = resolve_branch_id(ctx, project, body, create=True, refusal_status=409)
    if logical_id is not None and logical_id != database.logical_id:
        for other in ctx.store.databases.values():
            if (
                other.project_id == project.id
                and other.branch_id == database.branch_id
                and other.logical_id == logical_id
            ):
                raise ApiError(409, "A database with the same logicalId already exists on the branch.")
        database.logical_id = logical_id
    name = text_field(body, "name")
    if name is not None:
        database.name = name
    return data(render_database(ctx, database))


def delete_database(ctx: Ctx) -> Reply:
    database = require_database(ctx, ctx.path["databaseId"])
    if database.is_default:
        raise ApiError(
            403,
            "Cannot delete the default database of a project.",
            hint="Delete the project to remove its default database.",
        )
    remove_database(ctx, database)
    return no_content()


def list_backups(ctx: Ctx) -> Reply:
    database = require_database(ctx, ctx.path["databaseId"])
    limit = int(ctx.query.get("limit", 25))
    records = [b for b in ctx.store.backups.values() if b.database_id == database.id][::-1]
    return Reply(
        200,
        {
            "data": [
                {
                    "id": b.id,
                    "backupType": b.backup_type,
                    "createdAt": iso(b.created_at),
                    "size": b.size,
                    "status": b.status,
                    "type": "backup",
                }
                for b in records[:limit]
            ],
            "meta": {"backupRetentionDays": BACKUP_RETENTION_DAYS},
            "pagination": {"hasMore": len(records) > limit, "limit": limit},
        },
    )


def restore_database(ctx: Ctx) -> Reply:
    target = require_database(ctx, ctx.path["targetDatabaseId"])
    source = ctx.json_body()["source"]
    origin = require_database(ctx, str(source["databaseId"]))
    backup = find_backup(ctx, origin, str(source["backupId"]))
    if ctx.store.database_status(target) != "ready":
        raise ApiError(409, "The target database is provisioning or recovering and cannot be restored yet.")
    if backup.status != "completed":
        raise ApiError(422, f"Backup {backup.id!r} is {backup.status} and cannot be restored.")
    target.recovering = True
    target.ready_at = ctx.store.ready_after_delay()
    target.source = {"type": "backup", "databaseId": origin.id, "backupId": backup.id}
    return data(render_database(ctx, target))


def database_usage(ctx: Ctx) -> Reply:
    require_database(ctx, ctx.path["databaseId"])
    now = datetime.now(timezone.utc)
    start = _parse_instant(ctx, "startDate") or now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    end = _parse_instant(ctx, "endDate") or now
    if start > end:
        raise ApiError(400, "query.startDate: must not be after endDate")
    return Reply(
        200,
        {
            "period": {"start": iso(start.timestamp()), "end": iso(end.timestamp())},
            "metrics": {
                # The fake runs no queries and stores no data.
                "operations": {"used": 0, "unit": "ops"},
                "storage": {"used": 0.0, "unit": "GiB"},
            },
            "generatedAt": iso(now.timestamp()),
        },
    )


def _parse_instant(ctx: Ctx, name: str) -> datetime | None:
    raw = ctx.query.get(name)
    if raw is None:
        return None
    try:
        parsed = datetime.fromisoformat(str(raw).replace("Z", "+00:00"))
    except ValueError:
        raise ApiError(400, f"query.{name}: must be a date-time") from None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=timezone.utc)


ROUTES: dict[str, Handler] = {
    "GET /v1/databases": list_databases,
    "POST /v1/databases": post_database,
    "GET /v1/databases/{databaseId}": get_database,
    "PATCH /v1/databases/{databaseId}": patch_database,
    "DELETE /v1/databases/{databaseId}": delete_database,
    "GET /v1/databases/{databaseId}/backups": list_backups,
    "POST /v1/databases/{targetDatabaseId}/restore": restore_database,
    "GET /v1/databases/{databaseId}/usage": database_usage,
    "GET /v1/projects/{projectId}/databases": list_project_databases,
    "POST /v1/projects/{projectId}/databases": post_project_database,
}

__all__ = ["ROUTES", "create_database", "find_database", "remove_database", "render_created"]
