"""Response model ``CreateBuildResponse`` of ``client.builds``: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .list_builds_result import ListBuildsResult


class CreateBuildResponse(LenientModel):
    """CreateBuildResponse"""

    data: ListBuildsResult


__all__ = ["CreateBuildResponse"]
