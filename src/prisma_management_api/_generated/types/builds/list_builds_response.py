"""Response model ``ListBuildsResponse`` of ``client.builds``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from ..shared.pagination import Pagination
from .list_builds_result import ListBuildsResult


class ListBuildsResponse(LenientModel, kw_only=True):
    """ListBuildsResponse"""

    data: list[ListBuildsResult]
    pagination: Pagination


__all__ = ["ListBuildsResponse"]
