"""Response model ``GetDatabaseUsageResponseMetrics`` of ``client.databases``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .get_database_usage_response_metrics_operations import GetDatabaseUsageResponseMetricsOperations
from .get_database_usage_response_metrics_storage import GetDatabaseUsageResponseMetricsStorage


class GetDatabaseUsageResponseMetrics(LenientModel, kw_only=True):
    """GetDatabaseUsageResponseMetrics"""

    operations: GetDatabaseUsageResponseMetricsOperations
    storage: GetDatabaseUsageResponseMetricsStorage


__all__ = ["GetDatabaseUsageResponseMetrics"]
