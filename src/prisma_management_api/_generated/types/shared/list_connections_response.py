"""Response model ``ListConnectionsResponse`` shared by several resources: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .connection import Connection
from .pagination import Pagination


class ListConnectionsResponse(LenientModel, kw_only=True):
    """ListConnectionsResponse"""

    data: list[Connection]
    pagination: Pagination


__all__ = ["ListConnectionsResponse"]
