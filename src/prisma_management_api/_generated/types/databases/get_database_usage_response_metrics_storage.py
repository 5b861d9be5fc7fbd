"""Response model ``GetDatabaseUsageResponseMetricsStorage`` of ``client.databases``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Literal

from ...._models import LenientModel


class GetDatabaseUsageResponseMetricsStorage(LenientModel, kw_only=True):
    """GetDatabaseUsageResponseMetricsStorage"""

    used: int | float
    unit: Literal["GiB"]


__all__ = ["GetDatabaseUsageResponseMetricsStorage"]
