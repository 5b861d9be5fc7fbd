"""Regions (static) and agent approvals (seeded by tests with ``Store.add_agent_approval``)."""

from __future__ import annotations

from ._api_common import Ctx, Handler, Reply, not_found, with_prefix
from ._store import ACCELERATE_REGIONS, POSTGRES_REGIONS, iso


def regions(ctx: Ctx) -> Reply:
    product = ctx.query.get("product")
    found = [
        {"id": ident, "type": "region", "name": name, "product": kind, "status": "available"}
        for kind, table in (("postgres", POSTGRES_REGIONS), ("accelerate", ACCELERATE_REGIONS))
        if product in (None, kind)
        for ident, name in table.items()
    ]
    return Reply(200, {"data": found})


def postgres_regions(ctx: Ctx) -> Reply:
    found = [
        {"id": ident, "type": "region", "name": name, "status": "available"}
        for ident, name in POSTGRES_REGIONS.items()
    ]
    return Reply(200, {"data": found})


def accelerate_regions(ctx: Ctx) -> Reply:
    found = [{"id": ident, "type": "region", "name": name} for ident, name in ACCELERATE_REGIONS.items()]
    return Reply(200, {"data": found})


def agent_approval(ctx: Ctx) -> Reply:
    raw_id = str(ctx.path["approvalId"])
    approval = ctx.store.agent_approvals.get(with_prefix("apr_", raw_id))
    if approval is None or approval.workspace_id != ctx.workspace_id:
        raise not_found("Approval", raw_id)
    status = approval.status
    if status == "pending" and approval.expires_at <= ctx.store.wall():
        status = "expired"
    body: dict[str, object] = {
        "id": approval.id,
        "status": status,
        "expiresAt": iso(approval.expires_at),
        "windowExpiresAt": iso(approval.window_expires_at)
        if approval.window_expires_at is not None
        else None,
        "decidedAt": iso(approval.decided_at) if approval.decided_at is not None else None,
    }
    if approval.hint is not None:
        body["hint"] = approval.hint
    return Reply(200, body)


ROUTES: dict[str, Handler] = {
    "GET /v1/regions": regions,
    "GET /v1/regions/postgres": postgres_regions,
    "GET /v1/regions/accelerate": accelerate_regions,
    "GET /v1/agent-approvals/{approvalId}": agent_approval,
}
