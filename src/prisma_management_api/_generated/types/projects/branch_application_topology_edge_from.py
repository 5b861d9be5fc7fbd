"""Response model ``BranchApplicationTopologyEdgeFrom`` of ``client.projects``: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Literal

from pydantic import Field

from ...._models import LenientModel


class BranchApplicationTopologyEdgeFrom(LenientModel):
    """BranchApplicationTopologyEdgeFrom"""

    logical_id: str = Field(alias="logicalId")
    direction: Literal["in", "out"]
    name: str


__all__ = ["BranchApplicationTopologyEdgeFrom"]
