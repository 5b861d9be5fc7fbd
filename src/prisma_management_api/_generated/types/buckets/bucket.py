"""Response model ``Bucket`` of ``client.buckets``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime
from typing import Literal

import msgspec

from ...._models import LenientModel
from ..shared.project_ref import ProjectRef


class Bucket(LenientModel, kw_only=True):
    """Bucket"""

    id: str
    type: Literal["bucket"]
    url: str
    name: str
    provider_name: str = msgspec.field(name="providerName")
    status: str
    created_at: datetime = msgspec.field(name="createdAt")
    project: ProjectRef
    branch_id: str | None = msgspec.field(name="branchId")
    logical_id: str | None = msgspec.field(name="logicalId")


__all__ = ["Bucket"]
