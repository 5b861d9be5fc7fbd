"""Response model ``GetAgentApprovalResponse`` of ``client.agent_approvals``: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Literal

from pydantic import Field

from ...._models import LenientModel


class GetAgentApprovalResponse(LenientModel):
    """GetAgentApprovalResponse"""

    id: str
    status: Literal["pending", "approved", "approved_window", "denied", "expired", "consumed"]
    expires_at: str = Field(alias="expiresAt")
    window_expires_at: str | None = Field(alias="windowExpiresAt")
    decided_at: str | None = Field(alias="decidedAt")
    hint: str | None = Field(default=None)


__all__ = ["GetAgentApprovalResponse"]
