"""Response model ``ListSourceRepositoriesResponse`` of ``client.source_repositories``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from ..shared.pagination import Pagination
from .source_repository import SourceRepository


class ListSourceRepositoriesResponse(LenientModel, kw_only=True):
    """ListSourceRepositoriesResponse"""

    data: list[SourceRepository]
    pagination: Pagination


__all__ = ["ListSourceRepositoriesResponse"]
