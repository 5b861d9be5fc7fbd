"""Response model ``WorkspaceSubscription`` of ``client.workspaces``: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from pydantic import Field

from ...._models import LenientModel


class WorkspaceSubscription(LenientModel):
    """WorkspaceSubscription"""

    plan_name: str = Field(alias="planName")
    usage_blocked: bool = Field(alias="usageBlocked")
    upgrade_url: str = Field(alias="upgradeUrl")


__all__ = ["WorkspaceSubscription"]
