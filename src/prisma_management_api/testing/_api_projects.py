"""Projects: create (with their default database), read, update, delete, transfer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ._api_common import (
    ApiError,
    Ctx,
    Handler,
    Reply,
    data,
    no_content,
    paginate,
    ref,
    text_field,
    with_prefix,
)
from ._api_databases import create_database, remove_database, render_created
from ._store import DEFAULT_REGION, Principal, Project, iso

# How the API tells who a token is; set by the app so transfer can check the recipient's token.
TokenResolver = Callable[[str], "Principal | None"]


def render_project(ctx: Ctx, project: Project) -> dict[str, Any]:
    workspace = ctx.store.workspaces[project.workspace_id]
    return {
        "id": project.id,
        "type": "project",
        "url": ctx.url("projects", project.id),
        "name": project.name,
        "logicalId": project.logical_id,
        "createdAt": iso(project.created_at),
        "defaultRegion": project.default_region,
        "workspace": ref(ctx.url("workspaces", workspace.id), workspace.id, workspace.name),
    }


def _check_logical_id(
    ctx: Ctx, workspace_id: str, logical_id: str | None, exclude: str | None = None
) -> None:
    if logical_id is None:
        return
    for other in ctx.store.projects.values():
        if other.workspace_id == workspace_id and other.logical_id == logical_id and other.id != exclude:
            raise ApiError(409, "A project with the same logicalId already exists in the workspace.")


def list_projects(ctx: Ctx) -> Reply:
    records = [p for p in ctx.store.projects.values() if p.workspace_id == ctx.workspace_id]
    logical_id = ctx.query.get("logicalId")
    if logical_id is not None:
        records = [p for p in records if p.logical_id == logical_id]
    return Reply(200, paginate(ctx, records, lambda p: render_project(ctx, p)))


def create_project(ctx: Ctx) -> Reply:
    body = ctx.json_body()
    workspace_id = text_field(body, "workspaceId")
    if workspace_id is not None and with_prefix("wksp_", workspace_id) != ctx.workspace_id:
        # The spec documents no 403/404 here; the token simply does not reach that workspace.
        raise ApiError(401, "The token does not grant access to the workspace in body.workspaceId.")
    logical_id = text_field(body, "logicalId")
    _check_logical_id(ctx, ctx.workspace_id, logical_id)
    # With its default (and production) branch, as the platform creates every project.
    project = ctx.store.add_project(
        text_field(body, "name") or "My Project",
        workspace_id=ctx.workspace_id,
        region=text_field(body, "region") or DEFAULT_REGION,
        logical_id=logical_id,
    )
    rendered = render_project(ctx, project)
    rendered["database"] = None
    if body.get("createDatabase", True) is not False:
        database = create_database(ctx, project, name=None, region=project.default_region, is_default=True)
        rendered["database"] = render_created(ctx, database, legacy=True)
    return data(rendered, 201)


def get_project(ctx: Ctx) -> Reply:
    return data(render_project(ctx, ctx.project(ctx.path["id"])))


def update_project(ctx: Ctx) -> Reply:
    project = ctx.project(ctx.path["id"])
    body = ctx.json_body()
    name = text_field(body, "name")
    if name is not None:
        project.name = name
    settings = body.get("settings")
    if isinstance(settings, dict):
        project.settings.update(settings)  # pyright: ignore[reportUnknownArgumentType]
    return data(render_project(ctx, project))


def dependencies(ctx: Ctx, project: Project) -> list[str]:
    """What keeps a project from being deleted: everything but its default database."""
    store = ctx.store
    found: list[str] = []
    extra_databases = [d for d in store.databases.values() if d.project_id == project.id and not d.is_default]
    if extra_databases:
        found.append(f"{len(extra_databases)} database(s)")
    services = [s for s in store.services.values() if s.project_id == project.id]
    if services:
        found.append(f"{len(services)} service(s)")
    buckets = [b for b in store.buckets.values() if b.project_id == project.id]
    if buckets:
        found.append(f"{len(buckets)} bucket(s)")
    return found


def delete_project(ctx: Ctx) -> Reply:
    project = ctx.project(ctx.path["id"])
    blocking = dependencies(ctx, project)
    if blocking:
        raise ApiError(
            400,
            f"Project cannot be deleted due to existing dependencies: {', '.join(blocking)}.",
            hint="Delete the project's non-default databases, services and buckets first.",
        )
    remove_project(ctx, project)
    return no_content()


def remove_project(ctx: Ctx, project: Project) -> None:
    """Delete the project and what goes with it (default database, branches, variables...)."""
    store = ctx.store
    for database in [d for d in store.databases.values() if d.project_id == project.id]:
        remove_database(ctx, database)
    branch_ids = {b.id for b in store.branches.values() if b.project_id == project.id}
    for branch_id in branch_ids:
        del store.branches[branch_id]
        store.topologies.pop(branch_id, None)
    for lease_id in [k for k, lease in store.leases.items() if lease.branch_id in branch_ids]:
        del store.leases[lease_id]
    for table in (store.alchemy_resources, store.alchemy_outputs):
        for slot in [slot for slot in table if slot[0] in branch_ids]:
            del table[slot]
    for env_id in [k for k, v in store.env_vars.items() if v.project_id == project.id]:
        del store.env_vars[env_id]
    for repo_id in [k for k, v in store.source_repositories.items() if v.project_id == project.id]:
        del store.source_repositories[repo_id]
    del store.projects[project.id]


def make_transfer(resolve: TokenResolver) -> Handler:
    def transfer_project(ctx: Ctx) -> Reply:
        project = ctx.project(ctx.path["id"])
        recipient = resolve(str(ctx.json_body()["recipientAccessToken"]))
        if recipient is None:
            raise ApiError(401, "body.recipientAccessToken: is not a valid access token.")
        if recipient.workspace_id == project.workspace_id:
            raise ApiError(409, "The project already belongs to the recipient's workspace.")
        _check_logical_id(ctx, recipient.workspace_id, project.logical_id)
        project.workspace_id = recipient.workspace_id
        return no_content()

    return transfer_project


def routes(resolve: TokenResolver) -> dict[str, Handler]:
    return {
        "GET /v1/projects": list_projects,
        "POST /v1/projects": create_project,
        "GET /v1/projects/{id}": get_project,
        "PATCH /v1/projects/{id}": update_project,
        "DELETE /v1/projects/{id}": delete_project,
        "POST /v1/projects/{id}/transfer": make_transfer(resolve),
    }
