"""Response model ``ConnectionEndpoint`` shared by several resources: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel


class ConnectionEndpoint(LenientModel, kw_only=True):
    """ConnectionEndpoint"""

    host: str
    port: int | float


__all__ = ["ConnectionEndpoint"]
