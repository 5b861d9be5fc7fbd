"""Response model ``GetDatabaseUsageResponse`` of ``client.databases``: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime

from pydantic import Field

from ...._models import LenientModel
from .get_database_usage_response_metrics import GetDatabaseUsageResponseMetrics
from .get_database_usage_response_period import GetDatabaseUsageResponsePeriod


class GetDatabaseUsageResponse(LenientModel):
    """GetDatabaseUsageResponse"""

    period: GetDatabaseUsageResponsePeriod
    metrics: GetDatabaseUsageResponseMetrics
    generated_at: datetime = Field(alias="generatedAt")


__all__ = ["GetDatabaseUsageResponse"]
