"""Response model ``GetDatabaseUsageResponse`` of ``client.databases``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime

import msgspec

from ...._models import LenientModel
from .get_database_usage_response_metrics import GetDatabaseUsageResponseMetrics
from .get_database_usage_response_period import GetDatabaseUsageResponsePeriod


class GetDatabaseUsageResponse(LenientModel, kw_only=True):
    """GetDatabaseUsageResponse"""

    period: GetDatabaseUsageResponsePeriod
    metrics: GetDatabaseUsageResponseMetrics
    generated_at: datetime = msgspec.field(name="generatedAt")


__all__ = ["GetDatabaseUsageResponse"]
