"""Response model ``Workspace`` of ``client.workspaces``: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime
from typing import Literal

from pydantic import Field

from ...._models import LenientModel


class Workspace(LenientModel):
    """Workspace"""

    id: str
    type: Literal["workspace"]
    url: str
    name: str
    created_at: datetime = Field(alias="createdAt")


__all__ = ["Workspace"]
