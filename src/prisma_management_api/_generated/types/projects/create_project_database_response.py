"""Response model ``CreateProjectDatabaseResponse`` of ``client.projects``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .project_database import ProjectDatabase


class CreateProjectDatabaseResponse(LenientModel, kw_only=True):
    """CreateProjectDatabaseResponse"""

    data: ProjectDatabase


__all__ = ["CreateProjectDatabaseResponse"]
