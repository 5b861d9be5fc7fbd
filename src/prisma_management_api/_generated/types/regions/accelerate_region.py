"""Response model ``AccelerateRegion`` of ``client.regions``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Literal

from ...._models import LenientModel


class AccelerateRegion(LenientModel, kw_only=True):
    """AccelerateRegion"""

    id: str
    type: Literal["region"]
    name: str


__all__ = ["AccelerateRegion"]
