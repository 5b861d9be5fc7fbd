"""Response model ``BranchApplicationTopologyNode`` of ``client.projects``: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Literal

from pydantic import Field

from ...._models import LenientModel


class BranchApplicationTopologyNode(LenientModel):
    """BranchApplicationTopologyNode"""

    logical_id: str = Field(alias="logicalId")
    parent_logical_id: str | None = Field(alias="parentLogicalId")
    kind: Literal["module", "service", "resource"]
    type: str | None = Field(default=None)


__all__ = ["BranchApplicationTopologyNode"]
