"""Who the caller is (``/v1/me``), workspaces, their subscription and their service tokens.

A token is bound to one workspace: other workspaces do not exist for it (404, or an empty list
where the spec documents no 404).
"""

from __future__ import annotations

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
from ._store import ServiceToken, Workspace, iso

GITHUB_AUDIENCE = "prisma-cloud"
DEFAULT_GITHUB_LIFETIME = 1800.0
MAX_GITHUB_LIFETIME = 3600.0


def render_workspace(ctx: Ctx, workspace: Workspace) -> dict[str, Any]:
    return {
        "id": workspace.id,
        "type": "workspace",
        "url": ctx.url("workspaces", workspace.id),
        "name": workspace.name,
        "createdAt": iso(workspace.created_at),
    }


def own_workspace(ctx: Ctx, raw_id: str) -> Workspace:
    workspace_id = with_prefix("wksp_", raw_id)
    if workspace_id != ctx.workspace_id or workspace_id not in ctx.store.workspaces:
        raise not_found("Workspace", raw_id)
    return ctx.store.workspaces[workspace_id]


def me(ctx: Ctx) -> Reply:
    principal = ctx.principal
    user = ctx.store.users[principal.user_id]
    workspace = ctx.store.workspaces[principal.workspace_id]
    return data(
        {
            "user": {"id": user.id, "email": user.email, "name": user.name},
            "workspace": {"id": workspace.id, "name": workspace.name},
            "credential": {
                "type": principal.credential,
                "id": principal.credential_id,
                "name": principal.credential_name,
            },
        }
    )


def list_workspaces(ctx: Ctx) -> Reply:
    records = [ctx.store.workspaces[ctx.workspace_id]]
    return Reply(200, paginate(ctx, records, lambda w: render_workspace(ctx, w)))


def create_workspace(ctx: Ctx) -> Reply:
    if ctx.principal.credential == "service_token":
        raise ApiError(
            403,
            "Workspace integration tokens cannot create workspaces; a user-attributable actor is required.",
            hint="Use an OAuth access token.",
        )
    owner = ctx.store.users[ctx.principal.user_id]
    name = text_field(ctx.json_body(), "displayName") or "My Workspace"
    workspace = ctx.store.add_workspace(name, owner=owner)
    return data(render_workspace(ctx, workspace), 201)


def get_workspace(ctx: Ctx) -> Reply:
    return data(render_workspace(ctx, own_workspace(ctx, ctx.path["id"])))


def get_subscription(ctx: Ctx) -> Reply:
    workspace = own_workspace(ctx, ctx.path["id"])
    return data(
        {
            "planName": workspace.plan.capitalize(),
            "usageBlocked": False,
            "upgradeUrl": f"https://console.prisma.io/{workspace.id}/settings/billing",
        }
    )


# -- service tokens ----------------------------------------------------------------------------


def render_token(token: ServiceToken) -> dict[str, Any]:
    return {
        "id": token.id,
        "type": "serviceToken",
        "name": token.name,
        "valueHint": token.value_hint,
        "createdAt": iso(token.created_at),
        "expiresAt": iso(token.expires_at) if token.expires_at is not None else None,
    }


def list_tokens(ctx: Ctx) -> Reply:
    workspace_id = with_prefix("wksp_", str(ctx.path["workspaceId"]))
    records: list[ServiceToken] = []
    if workspace_id == ctx.workspace_id:  # only 200 is documented: another workspace lists empty
        records = [t for t in ctx.store.service_tokens.values() if t.workspace_id == workspace_id]
    return Reply(200, paginate(ctx, records, render_token, newest_first=True))


def create_token(ctx: Ctx) -> Reply:
    workspace = own_workspace(ctx, str(ctx.path["workspaceId"]))
    # Any string the schema allows, "" included: the spec sets no rule on names.
    name = str(ctx.json_body()["name"]).strip()
    record, value = ctx.store.add_service_token(workspace.id, name, user_id=ctx.principal.user_id)
    rendered = render_token(record)
    rendered["value"] = value  # shown exactly once
    return data(rendered, 201)


def delete_token(ctx: Ctx) -> Reply:
    workspace = own_workspace(ctx, str(ctx.path["workspaceId"]))
    token_id = with_prefix("stk_", str(ctx.path["serviceTokenId"]))
    token = ctx.store.service_tokens.get(token_id)
    if token is None or token.workspace_id != workspace.id:
        raise not_found("Service token", str(ctx.path["serviceTokenId"]))
    ctx.store.delete_service_token(token.id)
    return no_content()


def _github_refusal(description: str) -> ApiError:
    # This route's 401 has its own shape, and says nothing about which check failed.
    return ApiError(401, description, body={"error": "unauthorized", "errorDescription": description})


def github_actions_token(ctx: Ctx) -> Reply:
    """Exchange an OIDC token of a GitHub Actions run (a JWT of the fake's GitHub issuer, see
    ``_github_oidc``) for a short-lived service token of the workspace whose project links that
    repository. Signature, issuer, audience and expiry are checked; any failure is one generic 401."""
    body = ctx.json_body()
    store = ctx.store
    generic = "The OIDC token is invalid or no repository link allows it."
    claims = store.github_oidc.verify(str(body["token"]), audience=GITHUB_AUDIENCE)
    repository_id = claims.get("repository_id") if claims is not None else None
    if not isinstance(repository_id, str) or not repository_id.isdigit():
        raise _github_refusal(generic)
    link = next((r for r in store.source_repositories.values() if r.repo.id == int(repository_id)), None)
    project = store.projects.get(link.project_id) if link is not None else None
    if link is None or project is None:
        raise _github_refusal(generic)
    lifetime = body.get("expiresInSeconds", DEFAULT_GITHUB_LIFETIME)
    if isinstance(lifetime, bool) or not isinstance(lifetime, (int, float)):
        lifetime = DEFAULT_GITHUB_LIFETIME
    lifetime = max(60.0, min(float(lifetime), MAX_GITHUB_LIFETIME))  # the spec: capped at 3600 s
    record, value = store.add_service_token(
        project.workspace_id,
        f"GitHub Actions ({link.repo.full_name})",
        expires_at=ctx.store.wall() + lifetime,
    )
    return data(
        {
            "id": record.id,
            "type": "serviceToken",
            "value": value,
            "expiresAt": iso(record.expires_at or ctx.store.wall()),
            "workspaceId": project.workspace_id,
        },
        201,
    )


ROUTES: dict[str, Handler] = {
    "GET /v1/me": me,
    "GET /v1/workspaces": list_workspaces,
    "POST /v1/workspaces": create_workspace,
    "GET /v1/workspaces/{id}": get_workspace,
    "GET /v1/workspaces/{id}/subscription": get_subscription,
    "GET /v1/workspaces/{workspaceId}/service-tokens": list_tokens,
    "POST /v1/workspaces/{workspaceId}/service-tokens": create_token,
    "DELETE /v1/workspaces/{workspaceId}/service-tokens/{serviceTokenId}": delete_token,
    "POST /v1/auth/github-actions/token": github_actions_token,
}
