"""Response model ``CreateProjectResult`` of ``client.projects``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime
from typing import Literal

import msgspec

from ...._models import LenientModel
from .create_project_result_database import CreateProjectResultDatabase
from .workspace_ref import WorkspaceRef


class CreateProjectResult(LenientModel, kw_only=True):
    """CreateProjectResult"""

    id: str
    type: Literal["project"]
    url: str
    name: str
    logical_id: str | None = msgspec.field(name="logicalId")
    created_at: datetime = msgspec.field(name="createdAt")
    default_region: str | None = msgspec.field(name="defaultRegion")
    workspace: WorkspaceRef
    database: CreateProjectResultDatabase | None


__all__ = ["CreateProjectResult"]
