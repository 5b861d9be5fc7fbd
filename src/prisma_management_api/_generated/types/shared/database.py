"""Response model ``Database`` shared by several resources: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime
from typing import Literal

import msgspec

from ...._models import LenientModel
from .connection import Connection
from .database_region import DatabaseRegion
from .database_source import DatabaseSource
from .project_ref import ProjectRef


class Database(LenientModel, kw_only=True):
    """Database"""

    id: str
    type: Literal["database"]
    url: str
    name: str
    status: Literal["failure", "provisioning", "ready", "recovering"]
    created_at: datetime = msgspec.field(name="createdAt")
    is_default: bool = msgspec.field(name="isDefault")
    default_connection_id: str | None = msgspec.field(name="defaultConnectionId")
    connections: list[Connection]
    project: ProjectRef
    region: DatabaseRegion | None
    source: DatabaseSource | None
    branch_id: str | None = msgspec.field(name="branchId")
    logical_id: str | None = msgspec.field(name="logicalId")


__all__ = ["Database"]
