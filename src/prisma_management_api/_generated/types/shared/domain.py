"""Response model ``Domain`` shared by several resources: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime
from typing import Literal

from pydantic import Field

from ...._models import LenientModel
from .domain_dns_record import DomainDnsRecord


class Domain(LenientModel):
    """Domain"""

    id: str
    type: Literal["custom-domain"]
    url: str
    hostname: str
    app_id: str = Field(alias="appId")
    compute_service_id: str = Field(
        alias="computeServiceId", deprecated=True, description="Deprecated: use `appId` instead."
    )
    """Deprecated: use `appId` instead."""
    status: Literal[
        "pending_dns",
        "verifying",
        "verified_routing_blocked",
        "provisioning_tls",
        "active",
        "failed",
        "removing",
    ]
    foundry_status: str = Field(alias="foundryStatus")
    failure_reason: str | None = Field(alias="failureReason")
    failure_category: Literal["dns", "acme", "storage", "unknown"] | None = Field(alias="failureCategory")
    cert_expires_at: datetime | None = Field(alias="certExpiresAt")
    created_at: datetime = Field(alias="createdAt")
    updated_at: datetime = Field(alias="updatedAt")
    dns_records: list[DomainDnsRecord] = Field(alias="dnsRecords")


__all__ = ["Domain"]
