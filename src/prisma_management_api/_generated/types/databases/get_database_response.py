"""Response model ``GetDatabaseResponse`` of ``client.databases``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from ..shared.database import Database


class GetDatabaseResponse(LenientModel, kw_only=True):
    """GetDatabaseResponse"""

    data: Database


__all__ = ["GetDatabaseResponse"]
