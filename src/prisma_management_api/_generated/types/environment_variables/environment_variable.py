"""Response model ``EnvironmentVariable`` of ``client.environment_variables``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime
from typing import Literal

import msgspec

from ...._models import LenientModel


class EnvironmentVariable(LenientModel, kw_only=True):
    """EnvironmentVariable"""

    id: str
    type: Literal["environment-variable"]
    url: str
    project_id: str = msgspec.field(name="projectId")
    branch_id: str | None = msgspec.field(name="branchId")
    class_: Literal["production", "preview"] = msgspec.field(name="class")
    key: str
    value_kid: str = msgspec.field(name="valueKid")
    is_managed_by_system: bool = msgspec.field(name="isManagedBySystem")
    created_at: datetime = msgspec.field(name="createdAt")
    updated_at: datetime = msgspec.field(name="updatedAt")


__all__ = ["EnvironmentVariable"]
