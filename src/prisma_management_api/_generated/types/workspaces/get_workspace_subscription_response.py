"""Response model ``GetWorkspaceSubscriptionResponse`` of ``client.workspaces``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .workspace_subscription import WorkspaceSubscription


class GetWorkspaceSubscriptionResponse(LenientModel, kw_only=True):
    """GetWorkspaceSubscriptionResponse"""

    data: WorkspaceSubscription


__all__ = ["GetWorkspaceSubscriptionResponse"]
