"""Response model ``IntegrationClient`` shared by several resources: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime

import msgspec

from ...._models import LenientModel


class IntegrationClient(LenientModel, kw_only=True):
    """IntegrationClient"""

    id: str
    name: str
    created_at: datetime = msgspec.field(name="createdAt")


__all__ = ["IntegrationClient"]
