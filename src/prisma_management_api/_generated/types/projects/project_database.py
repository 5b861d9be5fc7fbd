"""Response model ``ProjectDatabase`` of ``client.projects``: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime
from typing import Literal

from pydantic import Field

from ...._models import LenientModel
from ..shared.connection_direct_connection import ConnectionDirectConnection
from ..shared.create_database_result_connection import CreateDatabaseResultConnection
from ..shared.database_source import DatabaseSource
from ..shared.project_ref import ProjectRef
from ..shared.region_ref import RegionRef
from .create_project_result_database_api_key import CreateProjectResultDatabaseApiKey


class ProjectDatabase(LenientModel):
    """ProjectDatabase"""

    id: str
    type: Literal["database"]
    url: str
    name: str
    status: Literal["provisioning", "ready"]
    created_at: datetime = Field(alias="createdAt")
    is_default: bool = Field(alias="isDefault")
    default_connection_id: str | None = Field(alias="defaultConnectionId")
    connections: list[CreateDatabaseResultConnection]
    project: ProjectRef
    region: RegionRef
    source: DatabaseSource | None
    branch_id: str | None = Field(alias="branchId")
    logical_id: str | None = Field(alias="logicalId")
    api_keys: list[CreateProjectResultDatabaseApiKey] = Field(
        alias="apiKeys", deprecated=True, repr=False, description="Deprecated: use `connections[]` instead."
    )
    """Deprecated: use `connections[]` instead."""
    connection_string: str | None = Field(
        alias="connectionString",
        deprecated=True,
        repr=False,
        description="Deprecated: use `connections[].endpoints.direct.connectionString` or `connections[].endpoints.pooled.connectionString`.",
    )
    """Deprecated: use `connections[].endpoints.direct.connectionString` or `connections[].endpoints.pooled.connectionString`."""
    direct_connection: ConnectionDirectConnection | None = Field(
        alias="directConnection",
        deprecated=True,
        description="Deprecated: use `connections[].endpoints.direct` instead.",
    )
    """Deprecated: use `connections[].endpoints.direct` instead."""


__all__ = ["ProjectDatabase"]
