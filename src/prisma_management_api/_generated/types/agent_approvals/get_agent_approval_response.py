"""Response model ``GetAgentApprovalResponse`` of ``client.agent_approvals``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Literal

import msgspec

from ...._models import LenientModel


class GetAgentApprovalResponse(LenientModel, kw_only=True):
    """GetAgentApprovalResponse"""

    id: str
    status: Literal["pending", "approved", "approved_window", "denied", "expired", "consumed"]
    expires_at: str = msgspec.field(name="expiresAt")
    window_expires_at: str | None = msgspec.field(name="windowExpiresAt")
    decided_at: str | None = msgspec.field(name="decidedAt")
    hint: str | None = None


__all__ = ["GetAgentApprovalResponse"]
