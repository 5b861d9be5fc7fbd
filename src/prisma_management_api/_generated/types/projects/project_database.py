"""Response model ``ProjectDatabase`` of ``client.projects``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime
from typing import ClassVar, Literal

import msgspec
from typing_extensions import deprecated

from ...._models import LenientModel
from ..shared.connection_direct_connection import ConnectionDirectConnection
from ..shared.create_database_result_connection import CreateDatabaseResultConnection
from ..shared.database_source import DatabaseSource
from ..shared.project_ref import ProjectRef
from ..shared.region_ref import RegionRef
from .create_project_result_database_api_key import CreateProjectResultDatabaseApiKey


class ProjectDatabase(LenientModel, kw_only=True):
    """ProjectDatabase"""

    id: str
    type: Literal["database"]
    url: str
    name: str
    status: Literal["provisioning", "ready"]
    created_at: datetime = msgspec.field(name="createdAt")
    is_default: bool = msgspec.field(name="isDefault")
    default_connection_id: str | None = msgspec.field(name="defaultConnectionId")
    connections: list[CreateDatabaseResultConnection]
    project: ProjectRef
    region: RegionRef
    source: DatabaseSource | None
    branch_id: str | None = msgspec.field(name="branchId")
    logical_id: str | None = msgspec.field(name="logicalId")
    _api_keys: list[CreateProjectResultDatabaseApiKey] = msgspec.field(name="apiKeys")
    """Deprecated: use `connections[]` instead."""
    _connection_string: str | None = msgspec.field(name="connectionString")
    """Deprecated: use `connections[].endpoints.direct.connectionString` or `connections[].endpoints.pooled.connectionString`."""
    _direct_connection: ConnectionDirectConnection | None = msgspec.field(name="directConnection")
    """Deprecated: use `connections[].endpoints.direct` instead."""

    __secret_fields__: ClassVar[frozenset[str]] = frozenset({"_api_keys", "_connection_string"})
    """Fields holding credentials: left out of reprs."""

    @property
    @deprecated("Deprecated: use `connections[]` instead.")
    def api_keys(self) -> list[CreateProjectResultDatabaseApiKey]:
        """Deprecated: use `connections[]` instead."""
        return self._api_keys

    @property
    @deprecated(
        "Deprecated: use `connections[].endpoints.direct.connectionString` or `connections[].endpoints.pooled.connectionString`."
    )
    def connection_string(self) -> str | None:
        """Deprecated: use `connections[].endpoints.direct.connectionString` or `connections[].endpoints.pooled.connectionString`."""
        return self._connection_string

    @property
    @deprecated("Deprecated: use `connections[].endpoints.direct` instead.")
    def direct_connection(self) -> ConnectionDirectConnection | None:
        """Deprecated: use `connections[].endpoints.direct` instead."""
        return self._direct_connection


__all__ = ["ProjectDatabase"]
