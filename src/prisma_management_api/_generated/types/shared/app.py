"""Response model ``App`` shared by several resources: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime
from typing import Literal

from pydantic import Field

from ...._models import LenientModel
from .region_ref import RegionRef


class App(LenientModel):
    """App"""

    id: str
    type: Literal["app"]
    url: str
    name: str
    region: RegionRef
    project_id: str = Field(alias="projectId")
    branch_id: str | None = Field(alias="branchId")
    latest_deployment_id: str | None = Field(alias="latestDeploymentId")
    app_endpoint_domain: str = Field(alias="appEndpointDomain")
    created_at: datetime = Field(alias="createdAt")
    logical_id: str | None = Field(alias="logicalId")


__all__ = ["App"]
