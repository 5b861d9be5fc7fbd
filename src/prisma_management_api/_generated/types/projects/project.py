"""Response model ``Project`` of ``client.projects``: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime
from typing import Literal

from pydantic import Field

from ...._models import LenientModel
from .workspace_ref import WorkspaceRef


class Project(LenientModel):
    """Project"""

    id: str
    type: Literal["project"]
    url: str
    name: str
    logical_id: str | None = Field(alias="logicalId")
    created_at: datetime = Field(alias="createdAt")
    default_region: str | None = Field(alias="defaultRegion")
    workspace: WorkspaceRef


__all__ = ["Project"]
