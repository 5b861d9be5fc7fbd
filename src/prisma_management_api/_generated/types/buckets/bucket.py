"""Response model ``Bucket`` of ``client.buckets``: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime
from typing import Literal

from pydantic import Field

from ...._models import LenientModel
from ..shared.project_ref import ProjectRef


class Bucket(LenientModel):
    """Bucket"""

    id: str
    type: Literal["bucket"]
    url: str
    name: str
    provider_name: str = Field(alias="providerName")
    status: str
    created_at: datetime = Field(alias="createdAt")
    project: ProjectRef
    branch_id: str | None = Field(alias="branchId")
    logical_id: str | None = Field(alias="logicalId")


__all__ = ["Bucket"]
