"""Response model ``ListProjectsResponse`` of ``client.projects``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from ..shared.pagination import Pagination
from .project import Project


class ListProjectsResponse(LenientModel, kw_only=True):
    """ListProjectsResponse"""

    data: list[Project]
    pagination: Pagination


__all__ = ["ListProjectsResponse"]
