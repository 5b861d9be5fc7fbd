"""Response model ``AppDeployment`` shared by several resources: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime
from typing import Literal

import msgspec

from ...._models import LenientModel


class AppDeployment(LenientModel, kw_only=True):
    """AppDeployment"""

    id: str
    type: Literal["deployment"]
    url: str
    service_id: str = msgspec.field(name="serviceId")
    foundry_version_id: str = msgspec.field(name="foundryVersionId")
    created_at: datetime = msgspec.field(name="createdAt")


__all__ = ["AppDeployment"]
