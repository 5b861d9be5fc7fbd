"""Response model ``CreateConnectionResultEndpoints`` shared by several resources: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from pydantic import Field

from ...._models import LenientModel
from .connection_endpoint_with_connection_string import ConnectionEndpointWithConnectionString


class CreateConnectionResultEndpoints(LenientModel):
    """CreateConnectionResultEndpoints"""

    direct: ConnectionEndpointWithConnectionString | None = Field(default=None)
    pooled: ConnectionEndpointWithConnectionString | None = Field(default=None)
    accelerate: ConnectionEndpointWithConnectionString | None = Field(default=None)


__all__ = ["CreateConnectionResultEndpoints"]
