"""Response model ``CreateDatabaseResultConnectionEndpoints`` shared by several resources: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from pydantic import Field

from ...._models import LenientModel
from .connection_endpoint_with_optional_connection_string import (
    ConnectionEndpointWithOptionalConnectionString,
)


class CreateDatabaseResultConnectionEndpoints(LenientModel):
    """CreateDatabaseResultConnectionEndpoints"""

    direct: ConnectionEndpointWithOptionalConnectionString | None = Field(default=None)
    pooled: ConnectionEndpointWithOptionalConnectionString | None = Field(default=None)
    accelerate: ConnectionEndpointWithOptionalConnectionString | None = Field(default=None)


__all__ = ["CreateDatabaseResultConnectionEndpoints"]
