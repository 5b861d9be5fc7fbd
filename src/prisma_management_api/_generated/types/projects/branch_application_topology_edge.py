"""Response model ``BranchApplicationTopologyEdge`` of ``client.projects``: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Literal

from pydantic import Field

from ...._models import LenientModel
from .branch_application_topology_edge_from import BranchApplicationTopologyEdgeFrom


class BranchApplicationTopologyEdge(LenientModel):
    """BranchApplicationTopologyEdge"""

    from_: BranchApplicationTopologyEdgeFrom = Field(alias="from")
    to: BranchApplicationTopologyEdgeFrom
    family: Literal["communication", "data"]
    style: str | None = Field(default=None)


__all__ = ["BranchApplicationTopologyEdge"]
