"""Response model ``GetDatabaseUsageResponseMetricsOperations`` of ``client.databases``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Literal

from ...._models import LenientModel


class GetDatabaseUsageResponseMetricsOperations(LenientModel, kw_only=True):
    """GetDatabaseUsageResponseMetricsOperations"""

    used: int | float
    unit: Literal["ops"]


__all__ = ["GetDatabaseUsageResponseMetricsOperations"]
