"""Response model ``App`` shared by several resources: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime
from typing import Literal

import msgspec

from ...._models import LenientModel
from .region_ref import RegionRef


class App(LenientModel, kw_only=True):
    """App"""

    id: str
    type: Literal["app"]
    url: str
    name: str
    region: RegionRef
    project_id: str = msgspec.field(name="projectId")
    branch_id: str | None = msgspec.field(name="branchId")
    latest_deployment_id: str | None = msgspec.field(name="latestDeploymentId")
    app_endpoint_domain: str = msgspec.field(name="appEndpointDomain")
    created_at: datetime = msgspec.field(name="createdAt")
    logical_id: str | None = msgspec.field(name="logicalId")


__all__ = ["App"]
