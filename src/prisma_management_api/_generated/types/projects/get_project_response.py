"""Response model ``GetProjectResponse`` of ``client.projects``: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .project import Project


class GetProjectResponse(LenientModel):
    """GetProjectResponse"""

    data: Project


__all__ = ["GetProjectResponse"]
