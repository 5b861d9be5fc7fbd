"""Response model ``CreateDatabaseResultConnectionEndpoints`` shared by several resources: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .connection_endpoint_with_optional_connection_string import (
    ConnectionEndpointWithOptionalConnectionString,
)


class CreateDatabaseResultConnectionEndpoints(LenientModel, kw_only=True):
    """CreateDatabaseResultConnectionEndpoints"""

    direct: ConnectionEndpointWithOptionalConnectionString | None = None
    pooled: ConnectionEndpointWithOptionalConnectionString | None = None
    accelerate: ConnectionEndpointWithOptionalConnectionString | None = None


__all__ = ["CreateDatabaseResultConnectionEndpoints"]
