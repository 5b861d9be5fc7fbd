"""Response model ``ListRegionsResponse`` of ``client.regions``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .region import Region


class ListRegionsResponse(LenientModel, kw_only=True):
    """ListRegionsResponse"""

    data: list[Region]


__all__ = ["ListRegionsResponse"]
