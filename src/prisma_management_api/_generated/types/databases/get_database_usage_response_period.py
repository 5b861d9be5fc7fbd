"""Response model ``GetDatabaseUsageResponsePeriod`` of ``client.databases``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime

from ...._models import LenientModel


class GetDatabaseUsageResponsePeriod(LenientModel, kw_only=True):
    """GetDatabaseUsageResponsePeriod"""

    start: datetime
    end: datetime


__all__ = ["GetDatabaseUsageResponsePeriod"]
