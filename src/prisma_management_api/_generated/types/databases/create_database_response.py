"""Response model ``CreateDatabaseResponse`` of ``client.databases``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .create_database_result import CreateDatabaseResult


class CreateDatabaseResponse(LenientModel, kw_only=True):
    """CreateDatabaseResponse"""

    data: CreateDatabaseResult


__all__ = ["CreateDatabaseResponse"]
