"""Response model ``RestoreDatabaseResult`` of ``client.databases``: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime
from typing import Literal

from pydantic import Field

from ...._models import LenientModel
from ..shared.connection import Connection
from ..shared.database_region import DatabaseRegion
from ..shared.database_source_backup import DatabaseSourceBackup
from ..shared.project_ref import ProjectRef


class RestoreDatabaseResult(LenientModel):
    """RestoreDatabaseResult"""

    id: str
    type: Literal["database"]
    url: str
    name: str
    status: Literal["failure", "provisioning", "ready", "recovering"]
    created_at: datetime = Field(alias="createdAt")
    is_default: bool = Field(alias="isDefault")
    default_connection_id: str | None = Field(alias="defaultConnectionId")
    connections: list[Connection]
    project: ProjectRef
    region: DatabaseRegion | None
    source: DatabaseSourceBackup
    branch_id: str | None = Field(alias="branchId")
    logical_id: str | None = Field(alias="logicalId")


__all__ = ["RestoreDatabaseResult"]
