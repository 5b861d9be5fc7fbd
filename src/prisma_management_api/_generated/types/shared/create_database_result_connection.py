"""Response model ``CreateDatabaseResultConnection`` shared by several resources: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime
from typing import Literal

from pydantic import Field

from ...._models import LenientModel
from .connection_direct_connection import ConnectionDirectConnection
from .create_database_result_connection_endpoints import CreateDatabaseResultConnectionEndpoints
from .database_ref import DatabaseRef


class CreateDatabaseResultConnection(LenientModel):
    """CreateDatabaseResultConnection"""

    id: str
    type: Literal["connection"]
    url: str
    name: str
    created_at: datetime = Field(alias="createdAt")
    kind: Literal["postgres", "accelerate"]
    endpoints: CreateDatabaseResultConnectionEndpoints
    direct_connection: ConnectionDirectConnection | None = Field(
        default=None,
        alias="directConnection",
        deprecated=True,
        description="Deprecated: use `endpoints.direct` instead.",
    )
    """Deprecated: use `endpoints.direct` instead."""
    database: DatabaseRef


__all__ = ["CreateDatabaseResultConnection"]
