"""Environment variables of a project. Values are write-only: no response ever carries one."""

from __future__ import annotations

import re
from typing import Any, Literal

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
from ._store import EnvVar, iso, new_id

# The id of the key values are (notionally) encrypted with; the fake stores values as given.
VALUE_KID = "fake-kms-key-1"
_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def render_env_var(ctx: Ctx, variable: EnvVar) -> dict[str, Any]:
    return {
        "id": variable.id,
        "type": "environment-variable",
        "url": ctx.url("environment-variables", variable.id),
        "projectId": variable.project_id,
        "branchId": variable.branch_id,
        "class": variable.env_class,
        "key": variable.key,
        "valueKid": VALUE_KID,
        "isManagedBySystem": False,
        "createdAt": iso(variable.created_at),
        "updatedAt": iso(variable.updated_at),
    }


def find_env_var(ctx: Ctx, raw_id: str) -> EnvVar:
    variable = ctx.store.env_vars.get(with_prefix("env_", raw_id))
    if variable is None or ctx.store.project_of(ctx.workspace_id, variable.project_id) is None:
        raise not_found("Environment variable", raw_id)
    return variable


def list_env_vars(ctx: Ctx) -> Reply:
    store = ctx.store
    records = [v for v in store.env_vars.values() if store.project_of(ctx.workspace_id, v.project_id)]
    filters = (("projectId", "project_id", "proj_"), ("branchId", "branch_id", "br_"))
    for name, attribute, prefix in filters:
        wanted = ctx.query.get(name)
        if wanted is not None:
            ident = with_prefix(prefix, str(wanted))
            records = [v for v in records if getattr(v, attribute) == ident]
    env_class = ctx.query.get("class")
    if env_class is not None:
        records = [v for v in records if v.env_class == env_class]
    key = ctx.query.get("key")
    if key is not None:
        records = [v for v in records if v.key == key]
    return Reply(200, paginate(ctx, records, lambda v: render_env_var(ctx, v)))


def create_env_var(ctx: Ctx) -> Reply:
    body = ctx.json_body()
    project = ctx.project(str(body["projectId"]))
    key = str(body["key"])
    if not _KEY.match(key):
        raise ApiError(422, "body.key: must be letters, digits and underscores, not starting with a digit")
    env_class: Literal["production", "preview"] = "production" if body["class"] == "production" else "preview"
    branch_id = text_field(body, "branchId")
    if branch_id is not None:
        branch = ctx.branch(branch_id, project)
        if branch.role != "preview" or env_class != "preview":
            raise ApiError(422, "body.branchId: overrides are for preview branches in the preview class")
        branch_id = branch.id
    for other in ctx.store.env_vars.values():
        same_scope = (other.project_id, other.env_class, other.branch_id) == (
            project.id,
            env_class,
            branch_id,
        )
        if same_scope and other.key == key:
            raise ApiError(
                409, f"A variable {key!r} already exists in this environment.", hint="PATCH it instead."
            )
    now = ctx.store.wall()
    variable = EnvVar(
        id=new_id("env_"),
        seq=ctx.store.next_seq(),
        project_id=project.id,
        branch_id=branch_id,
        env_class=env_class,
        key=key,
        value=str(body["value"]),
        value_kid=VALUE_KID,
        created_at=now,
        updated_at=now,
    )
    ctx.store.env_vars[variable.id] = variable
    return data(render_env_var(ctx, variable), 201)


def get_env_var(ctx: Ctx) -> Reply:
    return data(render_env_var(ctx, find_env_var(ctx, ctx.path["envVarId"])))


def update_env_var(ctx: Ctx) -> Reply:
    variable = find_env_var(ctx, ctx.path["envVarId"])
    variable.value = str(ctx.json_body()["value"])
    variable.updated_at = ctx.store.wall()
    return data(render_env_var(ctx, variable))


def delete_env_var(ctx: Ctx) -> Reply:
    variable = find_env_var(ctx, ctx.path["envVarId"])
    del ctx.store.env_vars[variable.id]
    return no_content()


ROUTES: dict[str, Handler] = {
    "GET /v1/environment-variables": list_env_vars,
    "POST /v1/environment-variables": create_env_var,
    "GET /v1/environment-variables/{envVarId}": get_env_var,
    "PATCH /v1/environment-variables/{envVarId}": update_env_var,
    "DELETE /v1/environment-variables/{envVarId}": delete_env_var,
}
