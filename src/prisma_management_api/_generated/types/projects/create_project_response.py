"""Response model ``CreateProjectResponse`` of ``client.projects``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .create_project_result import CreateProjectResult


class CreateProjectResponse(LenientModel, kw_only=True):
    """CreateProjectResponse"""

    data: CreateProjectResult


__all__ = ["CreateProjectResponse"]
