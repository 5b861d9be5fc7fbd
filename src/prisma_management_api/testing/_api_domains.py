"""Custom domains of a compute service.

The fake has no DNS: a new domain is ``pending_dns`` for the provisioning delay, then ``active``.
"""

from __future__ import annotations

import re
from typing import Any

from ._api_common import ApiError, Ctx, Handler, Reply, data, no_content, not_found, with_prefix
from ._api_compute import find_service, service_param
from ._store import Domain, iso, new_id

DOMAIN_QUOTA = 3
CERTIFICATE_DAYS = 90
_HOSTNAME = re.compile(r"^(?=.{1,253}$)(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))+$")


def render_domain(ctx: Ctx, domain: Domain) -> dict[str, Any]:
    status = ctx.store.domain_status(domain)
    active = status == "active"
    return {
        "id": domain.id,
        "type": "custom-domain",
        "url": ctx.url("domains", domain.id),
        "hostname": domain.hostname,
        "appId": domain.service_id,
        "computeServiceId": domain.service_id,
        "status": status,
        "foundryStatus": "ready" if active else "pending",
        "failureReason": None,
        "failureCategory": None,
        "certExpiresAt": iso(domain.created_at + CERTIFICATE_DAYS * 86400) if active else None,
        "createdAt": iso(domain.created_at),
        "updatedAt": iso(domain.updated_at),
        "dnsRecords": [{"type": "CNAME", "name": domain.hostname, "value": domain.target, "ttl": 300}],
    }


def find_domain(ctx: Ctx, raw_id: str) -> Domain:
    domain = ctx.store.domains.get(with_prefix("dom_", raw_id))
    if domain is None:
        raise not_found("Custom domain", raw_id)
    find_service(ctx, domain.service_id)
    return domain


def list_domains(ctx: Ctx) -> Reply:
    service = find_service(ctx, service_param(ctx))
    records = [d for d in ctx.store.domains.values() if d.service_id == service.id]
    return Reply(
        200,
        {
            "data": [render_domain(ctx, d) for d in records],
            "pagination": {"hasMore": False, "nextCursor": None},
        },
    )


def create_domain(ctx: Ctx) -> Reply:
    service = find_service(ctx, service_param(ctx))
    hostname = str(ctx.json_body()["hostname"]).strip().lower().rstrip(".")
    if not _HOSTNAME.match(hostname):
        raise ApiError(400, "body.hostname: is not a valid hostname")
    if service.promoted_deployment_id is None:
        raise ApiError(422, "The service has no promoted deployment.", hint="Promote a deployment first.")
    for existing in ctx.store.domains.values():
        if existing.hostname == hostname:
            if existing.service_id == service.id:
                return data(render_domain(ctx, existing), 200)  # registering it again changes nothing
            raise ApiError(409, f"Hostname {hostname!r} is already registered.")
    if sum(1 for d in ctx.store.domains.values() if d.service_id == service.id) >= DOMAIN_QUOTA:
        raise ApiError(429, f"The service has reached its quota of {DOMAIN_QUOTA} custom domains.")
    now = ctx.store.wall()
    domain = Domain(
        id=new_id("dom_"),
        seq=ctx.store.next_seq(),
        service_id=service.id,
        hostname=hostname,
        created_at=now,
        updated_at=now,
        active_at=ctx.store.ready_after_delay(),
        target=f"{service.region}.switchboard.prisma.build",
    )
    ctx.store.domains[domain.id] = domain
    return data(render_domain(ctx, domain), 201)


def get_domain(ctx: Ctx) -> Reply:
    return data(render_domain(ctx, find_domain(ctx, ctx.path["domainId"])))


def delete_domain(ctx: Ctx) -> Reply:
    domain = find_domain(ctx, ctx.path["domainId"])
    del ctx.store.domains[domain.id]
    return no_content()


def retry_domain(ctx: Ctx) -> Reply:
    domain = find_domain(ctx, ctx.path["domainId"])
    if ctx.store.domain_status(domain) == "active":
        raise ApiError(409, "The domain is active: there is nothing to retry.")
    domain.updated_at = ctx.store.wall()
    domain.active_at = ctx.store.ready_after_delay()
    return data(render_domain(ctx, domain))


ROUTES: dict[str, Handler] = {
    "GET /v1/services/{serviceId}/domains": list_domains,
    "POST /v1/services/{serviceId}/domains": create_domain,
    "GET /v1/apps/{appId}/domains": list_domains,
    "POST /v1/apps/{appId}/domains": create_domain,
    "GET /v1/domains/{domainId}": get_domain,
    "DELETE /v1/domains/{domainId}": delete_domain,
    "POST /v1/domains/{domainId}/retry": retry_domain,
}
