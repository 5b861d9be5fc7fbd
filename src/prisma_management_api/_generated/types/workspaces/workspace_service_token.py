"""Response model ``WorkspaceServiceToken`` of ``client.workspaces``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime
from typing import Literal

import msgspec

from ...._models import LenientModel


class WorkspaceServiceToken(LenientModel, kw_only=True):
    """WorkspaceServiceToken"""

    id: str
    type: Literal["serviceToken"]
    name: str
    value_hint: str = msgspec.field(name="valueHint")
    created_at: datetime = msgspec.field(name="createdAt")
    expires_at: datetime | None = msgspec.field(name="expiresAt", default=None)


__all__ = ["WorkspaceServiceToken"]
