"""Response model ``AlchemyStateLease`` of ``client.projects``: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from pydantic import Field

from ...._models import LenientModel


class AlchemyStateLease(LenientModel):
    """AlchemyStateLease"""

    lease_id: str = Field(
        alias="leaseId",
        repr=False,
        description="Capability token for the deploy lease. Send it in the Alchemy-State-Lease-Id header with every state operation; do not log it.",
    )
    """Capability token for the deploy lease. Send it in the Alchemy-State-Lease-Id header with every state operation; do not log it."""
    expires_at: str = Field(alias="expiresAt", description="Lease expiry as an ISO-8601 timestamp.")
    """Lease expiry as an ISO-8601 timestamp."""


__all__ = ["AlchemyStateLease"]
