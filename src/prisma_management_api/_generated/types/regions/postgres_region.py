"""Response model ``PostgresRegion`` of ``client.regions``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Literal

from ...._models import LenientModel


class PostgresRegion(LenientModel, kw_only=True):
    """PostgresRegion"""

    id: str
    type: Literal["region"]
    name: str
    status: Literal["available", "unavailable"]


__all__ = ["PostgresRegion"]
