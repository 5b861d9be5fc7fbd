"""Response model ``Workspace`` of ``client.workspaces``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime
from typing import Literal

import msgspec

from ...._models import LenientModel


class Workspace(LenientModel, kw_only=True):
    """Workspace"""

    id: str
    type: Literal["workspace"]
    url: str
    name: str
    created_at: datetime = msgspec.field(name="createdAt")


__all__ = ["Workspace"]
