"""Response model ``CreateDatabaseResult`` of ``client.databases``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime
from typing import Literal

import msgspec

from ...._models import LenientModel
from ..shared.create_database_result_connection import CreateDatabaseResultConnection
from ..shared.database_region import DatabaseRegion
from ..shared.database_source import DatabaseSource
from ..shared.project_ref import ProjectRef


class CreateDatabaseResult(LenientModel, kw_only=True):
    """CreateDatabaseResult"""

    id: str
    type: Literal["database"]
    url: str
    name: str
    status: Literal["failure", "provisioning", "ready", "recovering"]
    created_at: datetime = msgspec.field(name="createdAt")
    is_default: bool = msgspec.field(name="isDefault")
    default_connection_id: str | None = msgspec.field(name="defaultConnectionId")
    connections: list[CreateDatabaseResultConnection]
    project: ProjectRef
    region: DatabaseRegion | None
    source: DatabaseSource | None
    branch_id: str | None = msgspec.field(name="branchId")
    logical_id: str | None = msgspec.field(name="logicalId")


__all__ = ["CreateDatabaseResult"]
