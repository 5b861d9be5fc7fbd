"""Response model ``CreateDatabaseResult`` of ``client.databases``: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime
from typing import Literal

from pydantic import Field

from ...._models import LenientModel
from ..shared.create_database_result_connection import CreateDatabaseResultConnection
from ..shared.database_region import DatabaseRegion
from ..shared.database_source import DatabaseSource
from ..shared.project_ref import ProjectRef


class CreateDatabaseResult(LenientModel):
    """CreateDatabaseResult"""

    id: str
    type: Literal["database"]
    url: str
    name: str
    status: Literal["failure", "provisioning", "ready", "recovering"]
    created_at: datetime = Field(alias="createdAt")
    is_default: bool = Field(alias="isDefault")
    default_connection_id: str | None = Field(alias="defaultConnectionId")
    connections: list[CreateDatabaseResultConnection]
    project: ProjectRef
    region: DatabaseRegion | None
    source: DatabaseSource | None
    branch_id: str | None = Field(alias="branchId")
    logical_id: str | None = Field(alias="logicalId")


__all__ = ["CreateDatabaseResult"]
