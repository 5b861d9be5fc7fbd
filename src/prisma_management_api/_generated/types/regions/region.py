"""Response model ``Region`` of ``client.regions``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Literal

from ...._models import LenientModel


class Region(LenientModel, kw_only=True):
    """Region"""

    id: str
    type: Literal["region"]
    name: str
    product: Literal["postgres", "accelerate"]
    status: Literal["available", "unavailable"] | None = None


__all__ = ["Region"]
