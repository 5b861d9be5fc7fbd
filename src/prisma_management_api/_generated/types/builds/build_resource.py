"""Response model ``BuildResource`` of ``client.builds``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Literal

import msgspec

from ...._models import LenientModel


class BuildResource(LenientModel, kw_only=True):
    """BuildResource"""

    resource_type: Literal[
        "project", "branch", "database", "app", "deployment", "bucket", "service_key", "config_variable"
    ] = msgspec.field(name="resourceType")
    resource_id: str = msgspec.field(name="resourceId")
    """Prefixed id of the reported resource."""
    action: Literal["created", "acted_on", "deleted"]
    created_at: str = msgspec.field(name="createdAt")


__all__ = ["BuildResource"]
