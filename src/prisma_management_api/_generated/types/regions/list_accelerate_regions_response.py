"""Response model ``ListAccelerateRegionsResponse`` of ``client.regions``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .accelerate_region import AccelerateRegion


class ListAccelerateRegionsResponse(LenientModel, kw_only=True):
    """ListAccelerateRegionsResponse"""

    data: list[AccelerateRegion]


__all__ = ["ListAccelerateRegionsResponse"]
