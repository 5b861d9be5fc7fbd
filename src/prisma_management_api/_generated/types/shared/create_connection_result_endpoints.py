"""Response model ``CreateConnectionResultEndpoints`` shared by several resources: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .connection_endpoint_with_connection_string import ConnectionEndpointWithConnectionString


class CreateConnectionResultEndpoints(LenientModel, kw_only=True):
    """CreateConnectionResultEndpoints"""

    direct: ConnectionEndpointWithConnectionString | None = None
    pooled: ConnectionEndpointWithConnectionString | None = None
    accelerate: ConnectionEndpointWithConnectionString | None = None


__all__ = ["CreateConnectionResultEndpoints"]
