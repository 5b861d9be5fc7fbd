"""Response model ``ConnectionEndpoints`` shared by several resources: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .connection_endpoint import ConnectionEndpoint


class ConnectionEndpoints(LenientModel, kw_only=True):
    """ConnectionEndpoints"""

    direct: ConnectionEndpoint | None = None
    pooled: ConnectionEndpoint | None = None
    accelerate: ConnectionEndpoint | None = None


__all__ = ["ConnectionEndpoints"]
