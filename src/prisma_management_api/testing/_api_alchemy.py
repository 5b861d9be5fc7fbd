"""Alchemy state store of a branch, guarded by deploy leases.

A lease is held per (branch, stack, stage) and named by the ``alchemy-state-lease-id`` header of
every state call. A live lease cannot be taken (409 naming its holder, no queueing); an expired
one is replaced; heartbeat extends a live lease from now; a lost lease (missing, replaced or
expired) answers 404 on release and heartbeat, and 409 on state calls.
"""

from __future__ import annotations

from typing import Any

from ._api_common import ApiError, Ctx, Handler, Reply, data, no_content
from ._store import Branch, Lease, iso, new_id

STATE_STORE_VERSION = 1
DEFAULT_TTL_SECONDS = 60.0
MAX_TTL_SECONDS = 3600.0
LEASE_HEADER = "alchemy-state-lease-id"


def _branch(ctx: Ctx) -> Branch:
    return ctx.branch(ctx.path["branchId"], ctx.project(ctx.path["projectId"]))


def _ttl(body: dict[str, Any]) -> float:
    ttl = body.get("ttlSeconds")
    if isinstance(ttl, (int, float)) and not isinstance(ttl, bool) and ttl > 0:
        return min(float(ttl), MAX_TTL_SECONDS)
    return DEFAULT_TTL_SECONDS


def _live(ctx: Ctx, lease: Lease) -> bool:
    return ctx.store.now() < lease.expires_mono


def _header_lease(ctx: Ctx, branch: Branch) -> Lease | None:
    """The live lease the request's header names on this branch, if any."""
    lease_id = ctx.headers.get(LEASE_HEADER)
    lease = ctx.store.leases.get(str(lease_id)) if lease_id else None
    if lease is None or lease.branch_id != branch.id or not _live(ctx, lease):
        return None
    return lease


def _render(lease: Lease) -> dict[str, Any]:
    return {"leaseId": lease.id, "expiresAt": iso(lease.expires_wall)}


def _extend(ctx: Ctx, lease: Lease, ttl: float) -> None:
    lease.expires_mono = ctx.store.now() + ttl
    lease.expires_wall = ctx.store.wall() + ttl


def acquire(ctx: Ctx) -> Reply:
    branch = _branch(ctx)
    body = ctx.json_body()
    stack, stage = str(body["stack"]), str(body["stage"])
    for lease_id, lease in list(ctx.store.leases.items()):
        if (lease.branch_id, lease.stack, lease.stage) != (branch.id, stack, stage):
            continue
        if _live(ctx, lease):
            holder_name = lease.holder or "another deploy"
            raise ApiError(
                409,
                f"The deploy lease of {stack}/{stage} is held by {holder_name} "
                f"until {iso(lease.expires_wall)}.",
            )
        del ctx.store.leases[lease_id]  # an expired lease is replaced
    holder = body.get("holderDescription")
    lease = Lease(
        new_id("lease_"), branch.id, stack, stage, 0.0, 0.0, holder if isinstance(holder, str) else None
    )
    _extend(ctx, lease, _ttl(body))
    ctx.store.leases[lease.id] = lease
    return data(_render(lease), 201)


def _lost() -> ApiError:
    return ApiError(404, "The deploy lease was not found: it is missing, replaced or expired.")


def release(ctx: Ctx) -> Reply:
    lease = _header_lease(ctx, _branch(ctx))
    if lease is None:
        raise _lost()
    del ctx.store.leases[lease.id]
    return no_content()


def heartbeat(ctx: Ctx) -> Reply:
    lease = _header_lease(ctx, _branch(ctx))
    if lease is None:
        raise _lost()
    _extend(ctx, lease, _ttl(ctx.json_body()))
    return data(_render(lease))


def version(ctx: Ctx) -> Reply:
    return Reply(200, {"version": STATE_STORE_VERSION})


def _require_lease(ctx: Ctx, branch: Branch, stack: str, stage: str | None) -> Lease:
    """The header's live lease, on ``stack`` and (when given) ``stage``; else 409."""
    lease = _header_lease(ctx, branch)
    if lease is None or lease.stack != stack or (stage is not None and lease.stage != stage):
        raise ApiError(
            409, "No live deploy lease is held for this stack and stage.", hint=f"Send {LEASE_HEADER}."
        )
    return lease


def _stage_slot(ctx: Ctx) -> tuple[str, str, str]:
    branch = _branch(ctx)
    stack, stage = str(ctx.path["stack"]), str(ctx.path["stage"])
    _require_lease(ctx, branch, stack, stage)
    return (branch.id, stack, stage)


def list_stacks(ctx: Ctx) -> Reply:
    branch = _branch(ctx)
    stacks = {
        slot[1]
        for table in (ctx.store.alchemy_resources, ctx.store.alchemy_outputs)
        for slot in table
        if slot[0] == branch.id
    }
    return Reply(200, sorted(stacks))


def list_stages(ctx: Ctx) -> Reply:
    branch = _branch(ctx)
    stack = str(ctx.path["stack"])
    _require_lease(ctx, branch, stack, None)  # a lease on any stage of the stack will do
    stages = {
        slot[2]
        for table in (ctx.store.alchemy_resources, ctx.store.alchemy_outputs)
        for slot in table
        if slot[:2] == (branch.id, stack)
    }
    return Reply(200, sorted(stages))


def list_resources(ctx: Ctx) -> Reply:
    rows = ctx.store.alchemy_resources.get(_stage_slot(ctx), {})
    return Reply(200, sorted(rows))


def get_resource(ctx: Ctx) -> Reply:
    rows = ctx.store.alchemy_resources.get(_stage_slot(ctx), {})
    return Reply(200, rows.get(str(ctx.path["fqn"])), json_null=True)


def put_resource(ctx: Ctx) -> Reply:
    slot = _stage_slot(ctx)
    value = ctx.body
    ctx.store.alchemy_resources.setdefault(slot, {})[str(ctx.path["fqn"])] = value
    return Reply(200, value, json_null=True)


def delete_resource(ctx: Ctx) -> Reply:
    slot = _stage_slot(ctx)
    rows = ctx.store.alchemy_resources.get(slot, {})
    rows.pop(str(ctx.path["fqn"]), None)
    if not rows:
        ctx.store.alchemy_resources.pop(slot, None)
    return no_content()


def replaced_resources(ctx: Ctx) -> Reply:
    rows = ctx.store.alchemy_resources.get(_stage_slot(ctx), {})
    replaced = [
        rows[fqn]
        for fqn in sorted(rows)
        if isinstance(rows[fqn], dict) and rows[fqn].get("status") == "replaced"
    ]
    return Reply(200, replaced)


def get_output(ctx: Ctx) -> Reply:
    return Reply(200, ctx.store.alchemy_outputs.get(_stage_slot(ctx)), json_null=True)


def put_output(ctx: Ctx) -> Reply:
    slot = _stage_slot(ctx)
    ctx.store.alchemy_outputs[slot] = ctx.body
    return Reply(200, ctx.body, json_null=True)


def delete_stack(ctx: Ctx) -> Reply:
    branch = _branch(ctx)
    stack = str(ctx.path["stack"])
    stage = ctx.query.get("stage")
    lease = _require_lease(ctx, branch, stack, str(stage) if stage is not None else None)
    if stage is None:
        for other in ctx.store.leases.values():
            if (
                other.id != lease.id
                and (other.branch_id, other.stack) == (branch.id, stack)
                and _live(ctx, other)
            ):
                raise ApiError(409, f"Stage {other.stage!r} of the stack holds a live deploy lease.")
    for table in (ctx.store.alchemy_resources, ctx.store.alchemy_outputs):
        for slot in [s for s in table if s[:2] == (branch.id, stack) and (stage is None or s[2] == stage)]:
            del table[slot]
    return no_content()


_BASE = "/v1/projects/{projectId}/branches/{branchId}/alchemy-state"
_STAGE = _BASE + "/state/stacks/{stack}/stages/{stage}"

PUBLIC = frozenset({f"GET {_BASE}/version"})

ROUTES: dict[str, Handler] = {
    f"POST {_BASE}/lease": acquire,
    f"DELETE {_BASE}/lease": release,
    f"PATCH {_BASE}/lease": heartbeat,
    f"GET {_BASE}/version": version,
    f"GET {_BASE}/state/stacks": list_stacks,
    f"GET {_BASE}/state/stacks/{{stack}}/stages": list_stages,
    f"DELETE {_BASE}/state/stacks/{{stack}}": delete_stack,
    f"GET {_STAGE}/resources": list_resources,
    f"GET {_STAGE}/resources/{{fqn}}": get_resource,
    f"PUT {_STAGE}/resources/{{fqn}}": put_resource,
    f"DELETE {_STAGE}/resources/{{fqn}}": delete_resource,
    f"GET {_STAGE}/replaced-resources": replaced_resources,
    f"GET {_STAGE}/output": get_output,
    f"PUT {_STAGE}/output": put_output,
}
