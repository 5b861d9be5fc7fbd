"""Response model ``CreateProjectResultDatabaseApiKey`` of ``client.projects``: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime
from typing import Literal

from pydantic import Field

from ...._models import LenientModel
from ..shared.connection_direct_connection import ConnectionDirectConnection
from ..shared.connection_endpoints import ConnectionEndpoints


class CreateProjectResultDatabaseApiKey(LenientModel):
    """CreateProjectResultDatabaseApiKey"""

    id: str
    type: Literal["connection"]
    url: str
    name: str
    created_at: datetime = Field(alias="createdAt")
    kind: Literal["postgres", "accelerate"]
    endpoints: ConnectionEndpoints
    connection_string: str = Field(
        alias="connectionString",
        deprecated=True,
        repr=False,
        description="Deprecated: use `endpoints.direct.connectionString` or `endpoints.pooled.connectionString` instead.",
    )
    """Deprecated: use `endpoints.direct.connectionString` or `endpoints.pooled.connectionString` instead."""
    direct_connection: ConnectionDirectConnection | None = Field(
        default=None,
        alias="directConnection",
        deprecated=True,
        description="Deprecated: use `endpoints.direct` instead.",
    )
    """Deprecated: use `endpoints.direct` instead."""


__all__ = ["CreateProjectResultDatabaseApiKey"]
