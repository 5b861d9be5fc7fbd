"""Integrations: OAuth clients a user let into a workspace. Deleting one revokes its tokens."""

from __future__ import annotations

from typing import Any

from ._api_common import Ctx, Handler, Reply, data, no_content, not_found, paginate, with_prefix
from ._api_workspaces import own_workspace
from ._store import Integration, iso


def render_integration(ctx: Ctx, integration: Integration) -> dict[str, Any]:
    user = ctx.store.users.get(integration.user_id)
    return {
        "id": integration.id,
        "url": ctx.url("integrations", integration.id),
        "createdAt": iso(integration.created_at),
        "scopes": list(integration.scopes),
        "client": {
            "id": integration.client_id,
            "name": integration.client_name,
            "createdAt": iso(integration.client_created_at),
        },
        "createdByUser": {
            "id": integration.user_id,
            "email": user.email if user else "",
            "displayName": user.name if user else None,
        },
    }


def _of_workspace(ctx: Ctx, workspace_id: str) -> list[Integration]:
    return [i for i in ctx.store.integrations.values() if i.workspace_id == workspace_id]


def find_integration(ctx: Ctx, raw_id: str) -> Integration:
    integration = ctx.store.integrations.get(with_prefix("itgr_", raw_id))
    if integration is None or integration.workspace_id != ctx.workspace_id:
        raise not_found("Integration", raw_id)
    return integration


def revoke(ctx: Ctx, integration: Integration) -> None:
    """Remove the integration; OAuth tokens of that client in that workspace stop working."""
    del ctx.store.integrations[integration.id]
    ctx.store.revoked_grants[(integration.client_id, integration.workspace_id)] = ctx.store.wall()
    if ctx.store.grant_revoker is not None:
        ctx.store.grant_revoker(integration.client_id, integration.workspace_id)


def list_integrations(ctx: Ctx) -> Reply:
    workspace_id = with_prefix("wksp_", str(ctx.query["workspaceId"]))
    # Only 200 is documented: a workspace the token cannot see has no integrations for it.
    records = _of_workspace(ctx, workspace_id) if workspace_id == ctx.workspace_id else []
    return Reply(200, paginate(ctx, records, lambda i: render_integration(ctx, i)))


def get_integration(ctx: Ctx) -> Reply:
    return data(render_integration(ctx, find_integration(ctx, ctx.path["id"])))


def delete_integration(ctx: Ctx) -> Reply:
    revoke(ctx, find_integration(ctx, ctx.path["id"]))
    return no_content()


def list_workspace_integrations(ctx: Ctx) -> Reply:
    workspace = own_workspace(ctx, str(ctx.path["workspaceId"]))
    records = _of_workspace(ctx, workspace.id)
    return Reply(200, paginate(ctx, records, lambda i: render_integration(ctx, i)))


def revoke_client(ctx: Ctx) -> Reply:
    workspace = own_workspace(ctx, str(ctx.path["workspaceId"]))
    wanted = str(ctx.path["clientId"])
    for integration in _of_workspace(ctx, workspace.id):
        if wanted in (integration.client_id, integration.id, integration.id.removeprefix("itgr_")):
            revoke(ctx, integration)
            return no_content()
    raise not_found("Integration with client id", wanted)


ROUTES: dict[str, Handler] = {
    "GET /v1/integrations": list_integrations,
    "GET /v1/integrations/{id}": get_integration,
    "DELETE /v1/integrations/{id}": delete_integration,
    "GET /v1/workspaces/{workspaceId}/integrations": list_workspace_integrations,
    "DELETE /v1/workspaces/{workspaceId}/integrations/{clientId}": revoke_client,
}
