"""Response model ``CreateDatabaseResultConnection`` shared by several resources: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime
from typing import Literal

import msgspec
from typing_extensions import deprecated

from ...._models import LenientModel
from .connection_direct_connection import ConnectionDirectConnection
from .create_database_result_connection_endpoints import CreateDatabaseResultConnectionEndpoints
from .database_ref import DatabaseRef


class CreateDatabaseResultConnection(LenientModel, kw_only=True):
    """CreateDatabaseResultConnection"""

    id: str
    type: Literal["connection"]
    url: str
    name: str
    created_at: datetime = msgspec.field(name="createdAt")
    kind: Literal["postgres", "accelerate"]
    endpoints: CreateDatabaseResultConnectionEndpoints
    _direct_connection: ConnectionDirectConnection | None = msgspec.field(
        name="directConnection", default=None
    )
    """Deprecated: use `endpoints.direct` instead."""
    database: DatabaseRef

    @property
    @deprecated("Deprecated: use `endpoints.direct` instead.")
    def direct_connection(self) -> ConnectionDirectConnection | None:
        """Deprecated: use `endpoints.direct` instead."""
        return self._direct_connection


__all__ = ["CreateDatabaseResultConnection"]
