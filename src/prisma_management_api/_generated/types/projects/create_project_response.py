"""Response model ``CreateProjectResponse`` of ``client.projects``: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .create_project_result import CreateProjectResult


class CreateProjectResponse(LenientModel):
    """CreateProjectResponse"""

    data: CreateProjectResult


__all__ = ["CreateProjectResponse"]
