"""Compute services (``/v1/services``; ``/v1/apps`` is their deprecated alias) and deployments.

A deployment is ``new`` until started; ``start`` needs its artifact, uploaded with a PUT to the
``uploadUrl`` its create answer gave (the fake serves that URL too); it is then ``provisioning``
for the platform's provisioning delay and ``running`` after; ``stop`` makes it ``stopped``.
"""

from __future__ import annotations

import json
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
from ._api_databases import apply_list_filters
from ._store import DEFAULT_REGION, POSTGRES_REGIONS, Deployment, Project, Service, iso, new_id, new_secret

UPLOAD_ROUTE = "/_fake/uploads/{deploymentId}"


def _short(ident: str) -> str:
    return ident.split("_", 1)[-1][:12]


def service_param(ctx: Ctx) -> str:
    return str(ctx.path.get("serviceId") or ctx.path.get("appId") or "")


def find_service(ctx: Ctx, raw_id: str) -> Service:
    service = ctx.store.services.get(with_prefix("app_", raw_id))
    if service is None or ctx.store.project_of(ctx.workspace_id, service.project_id) is None:
        raise not_found("Service", raw_id)
    return service


def find_deployment(ctx: Ctx, raw_id: str) -> Deployment:
    deployment = ctx.store.deployments.get(with_prefix("dep_", raw_id))
    if deployment is None:
        raise not_found("Deployment", raw_id)
    find_service(ctx, deployment.service_id)
    return deployment


def render_service(ctx: Ctx, service: Service, kind: str = "services") -> dict[str, Any]:
    return {
        "id": service.id,
        "type": "app",
        "url": ctx.url(kind, service.id),
        "name": service.name,
        "region": {"id": service.region, "name": POSTGRES_REGIONS.get(service.region, service.region)},
        "projectId": service.project_id,
        "branchId": service.branch_id,
        "latestDeploymentId": service.promoted_deployment_id,
        "appEndpointDomain": service.endpoint_domain,
        "createdAt": iso(service.created_at),
        "logicalId": service.logical_id,
    }


def _kind(ctx: Ctx) -> str:
    return "apps" if "appId" in ctx.path or ctx.key.endswith(" /v1/apps") else "services"


def _branch_for(ctx: Ctx, project: Project, body: dict[str, Any], *, default: bool) -> str | None:
    branch_id = text_field(body, "branchId")
    git_name = text_field(body, "branchGitName")
    if branch_id is not None:
        return ctx.branch(branch_id, project).id
    if git_name is not None:
        for branch in ctx.store.live_branches(project.id):
            if branch.git_name == git_name:
                return branch.id
        raise not_found("Branch with gitName", git_name)
    if default:
        for branch in ctx.store.live_branches(project.id):
            if branch.is_default:
                return branch.id
    return None


def _git_name(ctx: Ctx, branch_id: str | None) -> str:
    branch = ctx.store.branches.get(branch_id or "")
    return branch.git_name if branch is not None else ""


def _slot_conflict(
    ctx: Ctx,
    project_id: str,
    branch_id: str | None,
    name: str | None,
    logical_id: str | None,
    exclude: str = "",
) -> None:
    for other in ctx.store.services.values():
        if other.id == exclude or other.project_id != project_id or other.branch_id != branch_id:
            continue
        clash = "name" if name is not None and other.name == name else None
        if clash is None and logical_id is not None and other.logical_id == logical_id:
            clash = "logicalId"
        if clash is not None:
            message = f"A service already occupies this slot on the branch by {clash}."
            raise ApiError(
                409,
                message,
                body={
                    "error": {
                        "code": "app:already_exists",
                        "message": message,
                        "existingAppId": other.id,
                        "name": other.name,
                        "branchGitName": _git_name(ctx, other.branch_id),
                        "logicalId": other.logical_id,
                        "conflict": clash,
                    }
                },
            )


# -- services ----------------------------------------------------------------------------------


def list_services(ctx: Ctx) -> Reply:
    store = ctx.store
    records = [s for s in store.services.values() if store.project_of(ctx.workspace_id, s.project_id)]
    records = apply_list_filters(ctx, records)
    kind = _kind(ctx)
    return Reply(200, paginate(ctx, records, lambda s: render_service(ctx, s, kind)))


def create_service(ctx: Ctx) -> Reply:
    body = ctx.json_body()
    project = ctx.project(str(body["projectId"]))
    # Any string the schema allows, "" included: the spec sets no rule on names.
    name = str(body["displayName"]).strip()
    logical_id = text_field(body, "logicalId")
    if logical_id is not None and text_field(body, "branchGitName") is not None:
        raise ApiError(422, "body.logicalId: cannot be combined with branchGitName; pass branchId instead")
    branch_id = _branch_for(ctx, project, body, default=True)
    _slot_conflict(ctx, project.id, branch_id, name, logical_id)
    service_id = new_id("app_")
    service = Service(
        id=service_id,
        seq=ctx.store.next_seq(),
        project_id=project.id,
        name=name,
        region=text_field(body, "regionId") or project.default_region or DEFAULT_REGION,
        branch_id=branch_id,
        logical_id=logical_id,
        created_at=ctx.store.wall(),
        endpoint_domain=f"{_short(service_id)}.compute.prisma.build",
    )
    ctx.store.services[service.id] = service
    return data(render_service(ctx, service, _kind(ctx)), 201)


def get_service(ctx: Ctx) -> Reply:
    return data(render_service(ctx, find_service(ctx, service_param(ctx)), _kind(ctx)))


def update_service(ctx: Ctx) -> Reply:
    service = find_service(ctx, service_param(ctx))
    project = ctx.store.projects[service.project_id]
    body = ctx.json_body()
    moves = "branchId" in body or "branchGitName" in body
    logical_id = text_field(body, "logicalId")
    if logical_id is not None and moves:
        raise ApiError(422, "body.logicalId: cannot be combined with branchId or branchGitName")
    name = text_field(body, "displayName")  # any string, "" included (see create_service)
    branch_id = _branch_for(ctx, project, body, default=False) if moves else service.branch_id
    if logical_id is not None or moves:
        _slot_conflict(ctx, project.id, branch_id, None, logical_id or service.logical_id, exclude=service.id)
    service.branch_id = branch_id
    if logical_id is not None:
        service.logical_id = logical_id
    if name is not None:
        service.name = name.strip()
    return data(render_service(ctx, service, _kind(ctx)))


def delete_service(ctx: Ctx) -> Reply:
    service = find_service(ctx, service_param(ctx))
    store = ctx.store
    for deployment_id in [k for k, d in store.deployments.items() if d.service_id == service.id]:
        del store.deployments[deployment_id]
    for domain_id in [k for k, d in store.domains.items() if d.service_id == service.id]:
        del store.domains[domain_id]
    del store.services[service.id]
    return no_content()


def _target_deployment(ctx: Ctx, service: Service) -> Deployment:
    body = ctx.json_body()
    deployment_id = text_field(body, "deploymentId")
    version_id = text_field(body, "versionId")
    if deployment_id is None and version_id is None:
        raise ApiError(422, "body.deploymentId: is required (or body.versionId)")
    for deployment in ctx.store.deployments.values():
        if deployment.service_id != service.id:
            continue
        if deployment_id is not None and deployment.id == with_prefix("dep_", deployment_id):
            return deployment
        if deployment_id is None and deployment.version_id == version_id:
            return deployment
    raise not_found("Deployment", deployment_id or version_id)


def _promote(ctx: Ctx, service: Service, deployment: Deployment) -> Reply:
    service.promoted_deployment_id = deployment.id
    reassigned = sum(1 for d in ctx.store.domains.values() if d.service_id == service.id)
    return data({"appEndpointDomain": service.endpoint_domain, "reassignedDomains": reassigned})


def promote(ctx: Ctx) -> Reply:
    service = find_service(ctx, service_param(ctx))
    deployment = _target_deployment(ctx, service)
    if ctx.store.deployment_status(deployment) != "running":
        raise ApiError(409, "The deployment is not running.")
    return _promote(ctx, service, deployment)


def rollback(ctx: Ctx) -> Reply:
    service = find_service(ctx, service_param(ctx))
    deployment = _target_deployment(ctx, service)
    if not deployment.uploaded:
        raise ApiError(409, "The deployment has no runnable artifact.")
    if ctx.store.deployment_status(deployment) != "running":
        # The platform starts a stopped target and waits for it before switching the endpoint.
        _start(ctx, deployment, ready_now=True)
    return _promote(ctx, service, deployment)


# -- deployments -------------------------------------------------------------------------------


def render_deployment_summary(ctx: Ctx, deployment: Deployment) -> dict[str, Any]:
    return {
        "id": deployment.id,
        "type": "deployment",
        "url": ctx.url("deployments", deployment.id),
        "serviceId": deployment.service_id,
        "foundryVersionId": deployment.version_id,
        "createdAt": iso(deployment.created_at),
    }


def list_deployments(ctx: Ctx) -> Reply:
    service = find_service(ctx, service_param(ctx))
    records = [d for d in ctx.store.deployments.values() if d.service_id == service.id]
    return Reply(200, paginate(ctx, records, lambda d: render_deployment_summary(ctx, d), newest_first=True))


def _resolve_env(ctx: Ctx, service: Service) -> dict[str, str]:
    """The variables a deployment gets: its branch's class, with a preview branch's overrides."""
    branch = ctx.store.branches[service.branch_id or ""]
    env_class = "production" if branch.role == "production" else "preview"
    values: dict[str, str] = {}
    overrides: dict[str, str] = {}
    for variable in ctx.store.env_vars.values():
        if variable.project_id != service.project_id or variable.env_class != env_class:
            continue
        if variable.branch_id is None:
            values[variable.key] = variable.value
        elif variable.branch_id == branch.id:
            overrides[variable.key] = variable.value
    return values | overrides


def create_deployment(ctx: Ctx) -> Reply:
    service = find_service(ctx, service_param(ctx))
    body = ctx.json_body()
    if service.branch_id is None or service.branch_id not in ctx.store.branches:
        raise ApiError(422, "The service is not attached to a branch; environment variables need one.")
    skip_upload = body.get("skipCodeUpload") is True
    promoted = ctx.store.deployments.get(service.promoted_deployment_id or "")
    if skip_upload and promoted is None:
        raise ApiError(422, "body.skipCodeUpload: the service has no promoted deployment to reuse.")
    mapping = body.get("portMapping")
    port = mapping.get("http") if isinstance(mapping, dict) else None  # pyright: ignore[reportUnknownMemberType, reportUnknownVariableType]
    deployment = Deployment(
        id=new_id("dep_"),
        seq=ctx.store.next_seq(),
        service_id=service.id,
        version_id=new_id("ver_"),
        created_at=ctx.store.wall(),
        port=int(port) if isinstance(port, (int, float)) else None,
        uploaded=skip_upload,
        env=_resolve_env(ctx, service),
    )
    ctx.store.deployments[deployment.id] = deployment
    upload_url = None
    if not skip_upload:
        signature = new_secret(16)
        ctx.store.upload_signatures[deployment.id] = signature
        upload_url = f"{ctx.store.api_url}/_fake/uploads/{deployment.id}?signature={signature}"
    return data(
        {
            "id": deployment.id,
            "type": "deployment",
            "url": ctx.url("deployments", deployment.id),
            "foundryVersionId": deployment.version_id,
            "uploadUrl": upload_url,
        },
        201,
    )


def get_deployment(ctx: Ctx) -> Reply:
    deployment = find_deployment(ctx, ctx.path["deploymentId"])
    rendered = render_deployment_summary(ctx, deployment)
    rendered["status"] = ctx.store.deployment_status(deployment)
    rendered["previewDomain"] = deployment.preview_domain
    if deployment.port is not None:
        rendered["portMapping"] = {"http": deployment.port}
    # envVars is left out on purpose: variable values are write-only.
    return data(rendered)


def delete_deployment(ctx: Ctx) -> Reply:
    deployment = find_deployment(ctx, ctx.path["deploymentId"])
    if ctx.store.deployment_status(deployment) not in ("new", "stopped"):
        raise ApiError(409, "The deployment must be stopped before it can be deleted.")
    del ctx.store.deployments[deployment.id]
    service = ctx.store.services[deployment.service_id]
    if service.promoted_deployment_id == deployment.id:
        service.promoted_deployment_id = None
    return no_content()


def _start(ctx: Ctx, deployment: Deployment, *, ready_now: bool = False) -> None:
    store = ctx.store
    deployment.phase = "started"
    deployment.running_at = store.now() if ready_now else store.ready_after_delay()
    deployment.preview_domain = f"{_short(deployment.id)}.preview.prisma.build"
    port = deployment.port or 3000
    deployment.log.extend(
        [
            f"Starting deployment {deployment.id}",
            f"Pulling artifact for version {deployment.version_id}",
            f"Server listening on port {port}",
        ]
    )


def start_deployment(ctx: Ctx) -> Reply:
    deployment = find_deployment(ctx, ctx.path["deploymentId"])
    if not deployment.uploaded:
        raise ApiError(
            409, "The deployment's artifact has not been uploaded.", hint="PUT it to the uploadUrl."
        )
    if ctx.store.deployment_status(deployment) in ("provisioning", "running"):
        raise ApiError(409, "The deployment is already running.")
    _start(ctx, deployment)
    return data({"previewDomain": deployment.preview_domain})


def stop_deployment(ctx: Ctx) -> Reply:
    deployment = find_deployment(ctx, ctx.path["deploymentId"])
    if ctx.store.deployment_status(deployment) not in ("provisioning", "running"):
        raise ApiError(409, "The deployment must be running or provisioning to be stopped.")
    deployment.phase = "stopped"
    deployment.log.append("Deployment stopped")
    return no_content()


def deployment_logs(ctx: Ctx) -> Reply:
    deployment = find_deployment(ctx, ctx.path["deploymentId"])
    offsets: list[tuple[int, int, str]] = []
    position = 0
    for line in deployment.log:
        size = len(line.encode()) + 1
        offsets.append((position, position + size, line))
        position += size
    records: list[dict[str, Any]] = []
    cursor = ctx.query.get("cursor")
    if cursor is not None:
        if not str(cursor).isdigit():
            records.append(
                _terminal("error", "invalid_cursor", "The cursor is not one this API returned.", None)
            )
            return _ndjson(records)
        window = [entry for entry in offsets if entry[0] >= int(str(cursor))]
    elif ctx.query.get("from_start") == "true":
        window = offsets
    else:
        tail = ctx.query.get("tail")
        count = max(0, int(tail)) if isinstance(tail, (int, float)) else 100
        window = offsets[len(offsets) - count :] if count else []
    records.extend(
        {"type": "log", "text": text, "byteStart": start, "byteEnd": end} for start, end, text in window
    )
    records.append(_terminal("end", "end_of_log", "No more log output for now.", str(position)))
    return _ndjson(records)


def _terminal(kind: str, code: str, message: str, cursor: str | None) -> dict[str, Any]:
    return {
        "type": "terminal",
        "kind": kind,
        "code": code,
        "message": message,
        "retryable": False,
        "cursor": cursor,
    }


def _ndjson(records: list[dict[str, Any]]) -> Reply:
    chunks = [json.dumps(record, separators=(",", ":")).encode() + b"\n" for record in records]
    return Reply(200, chunks=chunks)


def service_routes() -> dict[str, Handler]:
    routes: dict[str, Handler] = {}
    for prefix, param in (("/v1/services", "{serviceId}"), ("/v1/apps", "{appId}")):
        item = f"{prefix}/{param}"
        routes.update(
            {
                f"GET {prefix}": list_services,
                f"POST {prefix}": create_service,
                f"GET {item}": get_service,
                f"PATCH {item}": update_service,
                f"DELETE {item}": delete_service,
                f"POST {item}/promote": promote,
                f"POST {item}/rollback": rollback,
                f"GET {item}/deployments": list_deployments,
                f"POST {item}/deployments": create_deployment,
            }
        )
    return routes


ROUTES: dict[str, Handler] = {
    **service_routes(),
    "GET /v1/deployments/{deploymentId}": get_deployment,
    "DELETE /v1/deployments/{deploymentId}": delete_deployment,
    "POST /v1/deployments/{deploymentId}/start": start_deployment,
    "POST /v1/deployments/{deploymentId}/stop": stop_deployment,
    "GET /v1/deployments/{deploymentId}/logs": deployment_logs,
}
