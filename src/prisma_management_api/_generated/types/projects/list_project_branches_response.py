"""Response model ``ListProjectBranchesResponse`` of ``client.projects``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from ..shared.branch import Branch
from ..shared.pagination import Pagination


class ListProjectBranchesResponse(LenientModel, kw_only=True):
    """ListProjectBranchesResponse"""

    data: list[Branch]
    pagination: Pagination


__all__ = ["ListProjectBranchesResponse"]
