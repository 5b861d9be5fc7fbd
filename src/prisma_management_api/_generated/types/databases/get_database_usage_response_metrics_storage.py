"""Response model ``GetDatabaseUsageResponseMetricsStorage`` of ``client.databases``: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Literal

from ...._models import LenientModel


class GetDatabaseUsageResponseMetricsStorage(LenientModel):
    """GetDatabaseUsageResponseMetricsStorage"""

    used: int | float
    unit: Literal["GiB"]


__all__ = ["GetDatabaseUsageResponseMetricsStorage"]
