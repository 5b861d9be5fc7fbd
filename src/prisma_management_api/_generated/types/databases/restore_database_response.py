"""Response model ``RestoreDatabaseResponse`` of ``client.databases``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .restore_database_result import RestoreDatabaseResult


class RestoreDatabaseResponse(LenientModel, kw_only=True):
    """RestoreDatabaseResponse"""

    data: RestoreDatabaseResult


__all__ = ["RestoreDatabaseResponse"]
