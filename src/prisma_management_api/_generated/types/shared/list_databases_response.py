"""Response model ``ListDatabasesResponse`` shared by several resources: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .database import Database
from .pagination import Pagination


class ListDatabasesResponse(LenientModel, kw_only=True):
    """ListDatabasesResponse"""

    data: list[Database]
    pagination: Pagination


__all__ = ["ListDatabasesResponse"]
