"""Response model ``Integration`` shared by several resources: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime

import msgspec

from ...._models import LenientModel
from .integration_client import IntegrationClient
from .integration_created_by_user import IntegrationCreatedByUser


class Integration(LenientModel, kw_only=True):
    """Integration"""

    id: str
    url: str
    created_at: datetime = msgspec.field(name="createdAt")
    scopes: list[str]
    client: IntegrationClient
    created_by_user: IntegrationCreatedByUser = msgspec.field(name="createdByUser")


__all__ = ["Integration"]
