"""Response model ``GetWorkspaceSubscriptionResponse`` of ``client.workspaces``: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .workspace_subscription import WorkspaceSubscription


class GetWorkspaceSubscriptionResponse(LenientModel):
    """GetWorkspaceSubscriptionResponse"""

    data: WorkspaceSubscription


__all__ = ["GetWorkspaceSubscriptionResponse"]
