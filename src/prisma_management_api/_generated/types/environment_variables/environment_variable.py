"""Response model ``EnvironmentVariable`` of ``client.environment_variables``: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime
from typing import Literal

from pydantic import Field

from ...._models import LenientModel


class EnvironmentVariable(LenientModel):
    """EnvironmentVariable"""

    id: str
    type: Literal["environment-variable"]
    url: str
    project_id: str = Field(alias="projectId")
    branch_id: str | None = Field(alias="branchId")
    class_: Literal["production", "preview"] = Field(alias="class")
    key: str
    value_kid: str = Field(alias="valueKid")
    is_managed_by_system: bool = Field(alias="isManagedBySystem")
    created_at: datetime = Field(alias="createdAt")
    updated_at: datetime = Field(alias="updatedAt")


__all__ = ["EnvironmentVariable"]
