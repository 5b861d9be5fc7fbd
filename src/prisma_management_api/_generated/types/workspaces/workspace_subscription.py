"""Response model ``WorkspaceSubscription`` of ``client.workspaces``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

import msgspec

from ...._models import LenientModel


class WorkspaceSubscription(LenientModel, kw_only=True):
    """WorkspaceSubscription"""

    plan_name: str = msgspec.field(name="planName")
    usage_blocked: bool = msgspec.field(name="usageBlocked")
    upgrade_url: str = msgspec.field(name="upgradeUrl")


__all__ = ["WorkspaceSubscription"]
