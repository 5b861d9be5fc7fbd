"""Response model ``WorkspaceServiceToken`` of ``client.workspaces``: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime
from typing import Literal

from pydantic import Field

from ...._models import LenientModel


class WorkspaceServiceToken(LenientModel):
    """WorkspaceServiceToken"""

    id: str
    type: Literal["serviceToken"]
    name: str
    value_hint: str = Field(alias="valueHint")
    created_at: datetime = Field(alias="createdAt")
    expires_at: datetime | None = Field(default=None, alias="expiresAt")


__all__ = ["WorkspaceServiceToken"]
