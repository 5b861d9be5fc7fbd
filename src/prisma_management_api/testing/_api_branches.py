"""Branches of a project, and each branch's application topology."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from ._api_common import ApiError, Ctx, Handler, Reply, data, no_content, paginate, ref
from ._store import Branch, Project, Topology, iso


def render_branch(ctx: Ctx, branch: Branch) -> dict[str, Any]:
    project = ctx.store.projects[branch.project_id]
    return {
        "id": branch.id,
        "type": "branch",
        "url": ctx.url("branches", branch.id),
        "gitName": branch.git_name,
        "isDefault": branch.is_default,
        "role": branch.role,
        "createdAt": iso(branch.created_at),
        "updatedAt": iso(branch.updated_at),
        "project": ref(ctx.url("projects", project.id), project.id, project.name),
    }


def add_branch(ctx: Ctx, project: Project, git_name: str, *, is_default: bool = False) -> Branch:
    if ctx.store.branch_named(project.id, git_name) is not None:
        raise ApiError(409, f"A live branch named {git_name!r} already exists in the project.")
    return ctx.store.add_branch(project.id, git_name, is_default=is_default)


def list_branches(ctx: Ctx) -> Reply:
    project = ctx.project(ctx.path["projectId"])
    exact = ctx.query.get("gitName")
    contains = ctx.query.get("gitNameContains")
    if exact is not None and contains is not None:
        raise ApiError(422, "query.gitName and query.gitNameContains are mutually exclusive.")
    records = ctx.store.live_branches(project.id)
    if exact is not None:
        records = [b for b in records if b.git_name == exact]
    elif contains is not None:
        records = [b for b in records if str(contains) in b.git_name]
    return Reply(200, paginate(ctx, records, lambda b: render_branch(ctx, b)))


def create_branch(ctx: Ctx) -> Reply:
    project = ctx.project(ctx.path["projectId"])
    body = ctx.json_body()
    # Any string the schema allows: the spec sets no rule on git names, so neither does the fake.
    git_name = str(body["gitName"])
    branch = add_branch(ctx, project, git_name, is_default=body.get("isDefault") is True)
    return data(render_branch(ctx, branch), 201)


def get_branch(ctx: Ctx) -> Reply:
    return data(render_branch(ctx, ctx.branch(ctx.path["branchId"])))


def update_branch(ctx: Ctx) -> Reply:
    branch = ctx.branch(ctx.path["branchId"])
    body = ctx.json_body()
    unknown = sorted(set(body) - {"isDefault"})
    if unknown:
        raise ApiError(422, f"body.{unknown[0]}: cannot be changed (only isDefault is mutable).")
    wanted = body.get("isDefault")
    if wanted is False and branch.is_default:
        raise ApiError(422, "body.isDefault: a default branch cannot be demoted; promote another branch.")
    if wanted is True:
        ctx.store.make_default(branch)
    return data(render_branch(ctx, branch))


def delete_branch(ctx: Ctx) -> Reply:
    branch = ctx.branch(ctx.path["branchId"])
    if branch.is_default or branch.role == "production":
        # The spec documents 422 for this; 409 ("still has live members") is the other refusal.
        raise ApiError(422, "The project's default or production branch cannot be deleted.")
    store = ctx.store
    members = [
        *(d for d in store.databases.values() if d.branch_id == branch.id),
        *(s for s in store.services.values() if s.branch_id == branch.id),
        *(b for b in store.buckets.values() if b.branch_id == branch.id),
    ]
    if members:
        raise ApiError(409, f"The branch still has {len(members)} live member resource(s).")
    del store.branches[branch.id]
    store.topologies.pop(branch.id, None)
    return no_content()


# -- application topology ---------------------------------------------------------------------


def _topology_branch(ctx: Ctx) -> Branch:
    project = ctx.project(ctx.path["projectId"])
    return ctx.branch(ctx.path["branchId"], project)


def render_topology(topology: Topology | None) -> dict[str, Any]:
    if topology is None:
        return {"nodes": [], "ports": [], "edges": []}
    return {
        "nodes": topology.nodes,
        "ports": topology.ports,
        "edges": topology.edges,
        "contentHash": topology.content_hash,
        "writtenAt": iso(topology.written_at),
    }


def get_topology(ctx: Ctx) -> Reply:
    branch = _topology_branch(ctx)
    return data(render_topology(ctx.store.topologies.get(branch.id)))


def _port_key(port: dict[str, Any]) -> tuple[str, str, str]:
    return (str(port["logicalId"]), str(port["direction"]), str(port["name"]))


def put_topology(ctx: Ctx) -> Reply:
    branch = _topology_branch(ctx)
    body = ctx.json_body()
    nodes: list[dict[str, Any]] = list(body["nodes"])
    ports: list[dict[str, Any]] = list(body["ports"])
    edges: list[dict[str, Any]] = list(body["edges"])
    node_ids = [str(n["logicalId"]) for n in nodes]
    if len(set(node_ids)) != len(node_ids):
        raise ApiError(422, "body.nodes: logicalIds must be unique.")
    known = set(node_ids)
    for index, node in enumerate(nodes):
        parent = node.get("parentLogicalId")
        if parent is not None and parent not in known:
            raise ApiError(422, f"body.nodes[{index}].parentLogicalId: names no node.")
    port_keys = {_port_key(p) for p in ports}
    if len(port_keys) != len(ports):
        raise ApiError(422, "body.ports: each (logicalId, direction, name) must be unique.")
    for index, port in enumerate(ports):
        if port["logicalId"] not in known:
            raise ApiError(422, f"body.ports[{index}].logicalId: names no node.")
    for index, edge in enumerate(edges):
        for end in ("from", "to"):
            if _port_key(edge[end]) not in port_keys:
                raise ApiError(422, f"body.edges[{index}].{end}: names no declared port.")
    canonical = {
        "nodes": sorted(nodes, key=lambda n: str(n["logicalId"])),
        "ports": sorted(ports, key=_port_key),
        "edges": sorted(edges, key=lambda e: (_port_key(e["from"]), _port_key(e["to"]), str(e["family"]))),
    }
    content_hash = body.get("contentHash")
    if not isinstance(content_hash, str):
        encoded = json.dumps(canonical, sort_keys=True, separators=(",", ":")).encode()
        content_hash = hashlib.sha256(encoded).hexdigest()
    topology = Topology(
        canonical["nodes"], canonical["ports"], canonical["edges"], content_hash, ctx.store.wall()
    )
    ctx.store.topologies[branch.id] = topology
    return data(render_topology(topology))


ROUTES: dict[str, Handler] = {
    "GET /v1/projects/{projectId}/branches": list_branches,
    "POST /v1/projects/{projectId}/branches": create_branch,
    "GET /v1/branches/{branchId}": get_branch,
    "PATCH /v1/branches/{branchId}": update_branch,
    "DELETE /v1/branches/{branchId}": delete_branch,
    "GET /v1/projects/{projectId}/branches/{branchId}/application-topology": get_topology,
    "PUT /v1/projects/{projectId}/branches/{branchId}/application-topology": put_topology,
}
