"""Response model ``AlchemyStateLease`` of ``client.projects``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import ClassVar

import msgspec

from ...._models import LenientModel


class AlchemyStateLease(LenientModel, kw_only=True):
    """AlchemyStateLease"""

    lease_id: str = msgspec.field(name="leaseId")
    """Capability token for the deploy lease. Send it in the Alchemy-State-Lease-Id header with every state operation; do not log it."""
    expires_at: str = msgspec.field(name="expiresAt")
    """Lease expiry as an ISO-8601 timestamp."""

    __secret_fields__: ClassVar[frozenset[str]] = frozenset({"lease_id"})
    """Fields holding credentials: left out of reprs."""


__all__ = ["AlchemyStateLease"]
