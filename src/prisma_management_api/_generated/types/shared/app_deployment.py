"""Response model ``AppDeployment`` shared by several resources: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime
from typing import Literal

from pydantic import Field

from ...._models import LenientModel


class AppDeployment(LenientModel):
    """AppDeployment"""

    id: str
    type: Literal["deployment"]
    url: str
    service_id: str = Field(alias="serviceId")
    foundry_version_id: str = Field(alias="foundryVersionId")
    created_at: datetime = Field(alias="createdAt")


__all__ = ["AppDeployment"]
