"""Response model ``AccelerateRegion`` of ``client.regions``: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Literal

from ...._models import LenientModel


class AccelerateRegion(LenientModel):
    """AccelerateRegion"""

    id: str
    type: Literal["region"]
    name: str


__all__ = ["AccelerateRegion"]
