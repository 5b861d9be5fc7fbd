"""Builds a deploy tool reports, the resources they acted on, and their NDJSON log stream."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

from ._api_common import (
    ApiError,
    Ctx,
    Handler,
    Reply,
    data,
    no_content,
    not_found,
    paginate,
    text_field,
    with_prefix,
)
from ._store import Build, BuildResource, Store, iso, new_id

TERMINAL_STATES = ("succeeded", "failed", "cancelled")
# "Never weakens the recorded action": a later, weaker report keeps the stronger one.
_ACTION_RANK = {"acted_on": 0, "created": 1, "deleted": 2}
FOLLOW_POLL_SECONDS = 0.05
FOLLOW_LIMIT_SECONDS = 300.0


def find_build(ctx: Ctx, raw_id: str) -> Build:
    build = ctx.store.builds.get(with_prefix("bld_", raw_id))
    if build is None or build.workspace_id != ctx.workspace_id:
        raise not_found("Build", raw_id)
    return build


def render_build(build: Build, *, resources: bool = False) -> dict[str, Any]:
    rendered: dict[str, Any] = {
        "id": build.id,
        "source": build.source,
        "state": build.state,
        "phase": build.phase,
        "commitSha": build.commit_sha,
        "branchName": build.branch_name,
        "gitRepoId": None,
        "projectId": build.project_id,
        "branchId": build.branch_id,
        "externalLogUrl": build.external_log_url,
        "deployedUrl": build.deployed_url,
        "applicationTopologyContentHash": build.topology_hash,
        "errorMessage": build.error_message,
        "failingStep": build.failing_step,
        "createdAt": iso(build.created_at),
        "startedAt": iso(build.started_at) if build.started_at is not None else None,
        "finishedAt": iso(build.finished_at) if build.finished_at is not None else None,
    }
    if resources:
        rendered["resources"] = [
            {
                "resourceType": r.resource_type,
                "resourceId": r.resource_id,
                "action": r.action,
                "createdAt": iso(r.created_at),
            }
            for r in build.resources
        ]
    return rendered


def list_builds(ctx: Ctx) -> Reply:
    records = [b for b in ctx.store.builds.values() if b.workspace_id == ctx.workspace_id]
    for name, attribute in (("projectId", "project_id"), ("branchId", "branch_id"), ("state", "state")):
        wanted = ctx.query.get(name)
        if wanted is not None:
            records = [b for b in records if getattr(b, attribute) == wanted]
    return Reply(200, paginate(ctx, records, render_build, newest_first=True))


def _check_project(ctx: Ctx, project_id: str | None, branch_id: str | None) -> None:
    if project_id is not None:
        project = ctx.project(project_id)
        if branch_id is not None:
            ctx.branch(branch_id, project)
    elif branch_id is not None:
        ctx.branch(branch_id)


def report_build(ctx: Ctx) -> Reply:
    body = ctx.json_body()
    run = body.get("runIdentity")
    run_key = None
    if isinstance(run, dict):
        run_key = ":".join(str(run.get(k)) for k in ("provider", "repositoryId", "runId", "runAttempt"))  # pyright: ignore[reportUnknownMemberType, reportUnknownArgumentType]
        for existing in ctx.store.builds.values():
            if existing.workspace_id == ctx.workspace_id and existing.run_key == run_key:
                return data(render_build(existing), 201)  # the same run joins its build
    project_id = text_field(body, "projectId")
    branch_id = text_field(body, "branchId")
    _check_project(ctx, project_id, branch_id)
    build = Build(
        id=new_id("bld_"),
        seq=ctx.store.next_seq(),
        workspace_id=ctx.workspace_id,
        source=str(body["source"]),
        commit_sha=str(body["commitSha"]),
        branch_name=str(body["branchName"]),
        created_at=ctx.store.wall(),
        run_key=run_key,
        project_id=project_id,
        branch_id=branch_id,
        external_log_url=text_field(body, "externalLogUrl"),
        topology_hash=text_field(body, "applicationTopologyContentHash"),
    )
    build.log.append(
        (f"Build of {build.commit_sha[:12]} on {build.branch_name} reported", "info", "runner", None)
    )
    ctx.store.builds[build.id] = build
    return data(render_build(build), 201)


def get_build(ctx: Ctx) -> Reply:
    return data(render_build(find_build(ctx, ctx.path["buildId"]), resources=True))


def update_build(ctx: Ctx) -> Reply:
    build = find_build(ctx, ctx.path["buildId"])
    body = ctx.json_body()
    for name, attribute in (("projectId", "project_id"), ("branchId", "branch_id")):
        value = text_field(body, name)
        current = getattr(build, attribute)
        if value is not None and current is not None and value != current:
            raise ApiError(409, f"body.{name}: is already set to a different value and can only be set once.")
    _check_project(ctx, text_field(body, "projectId"), text_field(body, "branchId"))
    simple = {
        "projectId": "project_id",
        "branchId": "branch_id",
        "failingStep": "failing_step",
        "errorMessage": "error_message",
        "externalLogUrl": "external_log_url",
        "deployedUrl": "deployed_url",
        "applicationTopologyContentHash": "topology_hash",
    }
    for name, attribute in simple.items():
        value = text_field(body, name)
        if value is not None:
            setattr(build, attribute, value)
    step = build.phase
    phase = text_field(body, "phase")
    if phase is not None and phase != build.phase:
        build.phase = phase
        step = phase
        build.log.append((f"Phase {phase} started", "info", "runner", phase))
    error = text_field(body, "errorMessage")
    if error is not None:
        build.log.append((error, "error", "stderr", step))
    state = text_field(body, "state")
    finished = build.state in TERMINAL_STATES
    if state is not None and not finished and state != build.state:
        now = ctx.store.wall()
        build.state = state
        if state == "running" and build.started_at is None:
            build.started_at = now
        if state in TERMINAL_STATES and build.finished_at is None:
            build.finished_at = now
        build.log.append((f"Build {state}", "error" if state == "failed" else "info", "runner", step))
    return data(render_build(build))


def _resource_exists(ctx: Ctx, resource_type: str, raw_id: str) -> bool:
    store = ctx.store
    tables: dict[str, tuple[dict[str, Any], str]] = {
        "project": (store.projects, "proj_"),
        "branch": (store.branches, "br_"),
        "database": (store.databases, "db_"),
        "app": (store.services, "app_"),
        "deployment": (store.deployments, "dep_"),
        "bucket": (store.buckets, "bkt_"),
        "service_key": (store.service_tokens, "stk_"),
        "config_variable": (store.env_vars, "env_"),
    }
    table, prefix = tables[resource_type]
    record = table.get(with_prefix(prefix, raw_id))
    return record is not None and _workspace_of(store, record) == ctx.workspace_id


def _workspace_of(store: Store, record: Any) -> str | None:
    """The workspace a record belongs to, following its parents."""
    if hasattr(record, "workspace_id"):
        return str(record.workspace_id)
    if hasattr(record, "project_id"):
        project = store.projects.get(record.project_id)
        return project.workspace_id if project else None
    if hasattr(record, "service_id"):
        service = store.services.get(record.service_id)
        return _workspace_of(store, service) if service else None
    return None


def report_resource(ctx: Ctx) -> Reply:
    build = find_build(ctx, ctx.path["buildId"])
    resource_type = str(ctx.path["resourceType"])
    resource_id = str(ctx.path["resourceId"])
    if not _resource_exists(ctx, resource_type, resource_id):
        raise not_found(f"Resource {resource_type}", resource_id)
    action = str(ctx.json_body()["action"])
    for row in build.resources:
        if row.resource_type == resource_type and row.resource_id == resource_id:
            if _ACTION_RANK[action] > _ACTION_RANK[row.action]:
                row.action = action
            return no_content()
    build.resources.append(BuildResource(resource_type, resource_id, action, ctx.store.wall()))
    return no_content()


def _log_record(build: Build, index: int) -> bytes:
    text, level, source, step = build.log[index]
    record: dict[str, Any] = {
        "type": "log",
        "text": text,
        "level": level,
        "source": source,
        "cursor": str(index + 1),
    }
    if step is not None:
        record["step"] = step
    return _line(record)


def _terminal(kind: str, code: str, message: str, cursor: str | None, *, retryable: bool = False) -> bytes:
    return _line(
        {
            "type": "terminal",
            "kind": kind,
            "code": code,
            "message": message,
            "retryable": retryable,
            "cursor": cursor,
        }
    )


def _line(record: dict[str, Any]) -> bytes:
    return json.dumps(record, separators=(",", ":")).encode() + b"\n"


def _dump(build: Build, start: int) -> Iterator[bytes]:
    for index in range(start, len(build.log)):
        yield _log_record(build, index)
    yield _terminal("end", "end_of_stream", "End of the build log.", str(len(build.log)))


async def _follow(store: Store, build: Build, start: int) -> AsyncIterator[bytes]:
    """Stream lines as the build writes them, until it finishes (or the follow limit passes)."""
    position = start
    deadline = time.monotonic() + FOLLOW_LIMIT_SECONDS
    while True:
        with store.lock:
            lines = [_log_record(build, i) for i in range(position, len(build.log))]
            position += len(lines)
            finished = build.state in TERMINAL_STATES
        for line in lines:
            yield line
        if finished:
            yield _terminal("end", "end_of_stream", "The build has finished.", str(position))
            return
        if time.monotonic() >= deadline:
            yield _terminal(
                "error",
                "follow_timeout",
                "Stopped following; resume from the cursor.",
                str(position),
                retryable=True,
            )
            return
        await asyncio.sleep(FOLLOW_POLL_SECONDS)


def build_logs(ctx: Ctx) -> Reply:
    build = find_build(ctx, ctx.path["buildId"])
    cursor = ctx.query.get("cursor")
    start = 0
    if cursor is not None:
        text = str(cursor)
        if not text.isdigit() or int(text) > len(build.log):
            return Reply(
                200,
                chunks=[
                    _terminal("error", "invalid_cursor", "The cursor is not one this API returned.", None)
                ],
            )
        start = int(text)
    if ctx.query.get("follow") == "true" and build.state not in TERMINAL_STATES:
        return Reply(200, chunks=_follow(ctx.store, build, start))
    return Reply(200, chunks=list(_dump(build, start)))


ROUTES: dict[str, Handler] = {
    "GET /v1/builds": list_builds,
    "POST /v1/builds": report_build,
    "GET /v1/builds/{buildId}": get_build,
    "PATCH /v1/builds/{buildId}": update_build,
    "PUT /v1/builds/{buildId}/resources/{resourceType}/{resourceId}": report_resource,
    "GET /v1/builds/{buildId}/logs": build_logs,
}
