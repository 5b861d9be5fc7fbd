"""Response model ``IntegrationCreatedByUser`` shared by several resources: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from pydantic import Field

from ...._models import LenientModel


class IntegrationCreatedByUser(LenientModel):
    """IntegrationCreatedByUser"""

    id: str
    email: str
    display_name: str | None = Field(alias="displayName")


__all__ = ["IntegrationCreatedByUser"]
