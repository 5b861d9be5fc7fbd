"""Response model ``ListAppsResponse`` shared by several resources: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .app import App
from .pagination import Pagination


class ListAppsResponse(LenientModel, kw_only=True):
    """ListAppsResponse"""

    data: list[App]
    pagination: Pagination


__all__ = ["ListAppsResponse"]
