"""Response model ``ConnectionEndpoints`` shared by several resources: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from pydantic import Field

from ...._models import LenientModel
from .connection_endpoint import ConnectionEndpoint


class ConnectionEndpoints(LenientModel):
    """ConnectionEndpoints"""

    direct: ConnectionEndpoint | None = Field(default=None)
    pooled: ConnectionEndpoint | None = Field(default=None)
    accelerate: ConnectionEndpoint | None = Field(default=None)


__all__ = ["ConnectionEndpoints"]
