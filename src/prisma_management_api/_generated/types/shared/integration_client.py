"""Response model ``IntegrationClient`` shared by several resources: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime

from pydantic import Field

from ...._models import LenientModel


class IntegrationClient(LenientModel):
    """IntegrationClient"""

    id: str
    name: str
    created_at: datetime = Field(alias="createdAt")


__all__ = ["IntegrationClient"]
