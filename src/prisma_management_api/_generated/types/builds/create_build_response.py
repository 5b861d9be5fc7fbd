"""Response model ``CreateBuildResponse`` of ``client.builds``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .list_builds_result import ListBuildsResult


class CreateBuildResponse(LenientModel, kw_only=True):
    """CreateBuildResponse"""

    data: ListBuildsResult


__all__ = ["CreateBuildResponse"]
