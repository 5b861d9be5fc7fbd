"""Response model ``Integration`` shared by several resources: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime

from pydantic import Field

from ...._models import LenientModel
from .integration_client import IntegrationClient
from .integration_created_by_user import IntegrationCreatedByUser


class Integration(LenientModel):
    """Integration"""

    id: str
    url: str
    created_at: datetime = Field(alias="createdAt")
    scopes: list[str]
    client: IntegrationClient
    created_by_user: IntegrationCreatedByUser = Field(alias="createdByUser")


__all__ = ["Integration"]
