"""Response model ``Domain`` shared by several resources: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime
from typing import Literal

import msgspec
from typing_extensions import deprecated

from ...._models import LenientModel
from .domain_dns_record import DomainDnsRecord


class Domain(LenientModel, kw_only=True):
    """Domain"""

    id: str
    type: Literal["custom-domain"]
    url: str
    hostname: str
    app_id: str = msgspec.field(name="appId")
    _compute_service_id: str = msgspec.field(name="computeServiceId")
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
    foundry_status: str = msgspec.field(name="foundryStatus")
    failure_reason: str | None = msgspec.field(name="failureReason")
    failure_category: Literal["dns", "acme", "storage", "unknown"] | None = msgspec.field(
        name="failureCategory"
    )
    cert_expires_at: datetime | None = msgspec.field(name="certExpiresAt")
    created_at: datetime = msgspec.field(name="createdAt")
    updated_at: datetime = msgspec.field(name="updatedAt")
    dns_records: list[DomainDnsRecord] = msgspec.field(name="dnsRecords")

    @property
    @deprecated("Deprecated: use `appId` instead.")
    def compute_service_id(self) -> str:
        """Deprecated: use `appId` instead."""
        return self._compute_service_id


__all__ = ["Domain"]
