"""Response model ``BuildResource`` of ``client.builds``: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Literal

from pydantic import Field

from ...._models import LenientModel


class BuildResource(LenientModel):
    """BuildResource"""

    resource_type: Literal[
        "project", "branch", "database", "app", "deployment", "bucket", "service_key", "config_variable"
    ] = Field(alias="resourceType")
    resource_id: str = Field(alias="resourceId", description="Prefixed id of the reported resource.")
    """Prefixed id of the reported resource."""
    action: Literal["created", "acted_on", "deleted"]
    created_at: str = Field(alias="createdAt")


__all__ = ["BuildResource"]
