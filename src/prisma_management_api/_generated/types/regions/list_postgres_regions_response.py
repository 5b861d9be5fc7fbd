"""Response model ``ListPostgresRegionsResponse`` of ``client.regions``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .postgres_region import PostgresRegion


class ListPostgresRegionsResponse(LenientModel, kw_only=True):
    """ListPostgresRegionsResponse"""

    data: list[PostgresRegion]


__all__ = ["ListPostgresRegionsResponse"]
