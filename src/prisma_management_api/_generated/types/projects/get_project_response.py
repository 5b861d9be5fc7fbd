"""Response model ``GetProjectResponse`` of ``client.projects``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .project import Project


class GetProjectResponse(LenientModel, kw_only=True):
    """GetProjectResponse"""

    data: Project


__all__ = ["GetProjectResponse"]
