"""Response model ``GetBuildResponse`` of ``client.builds``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .build import Build


class GetBuildResponse(LenientModel, kw_only=True):
    """GetBuildResponse"""

    data: Build


__all__ = ["GetBuildResponse"]
