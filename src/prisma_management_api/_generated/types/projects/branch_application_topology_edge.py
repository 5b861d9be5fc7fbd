"""Response model ``BranchApplicationTopologyEdge`` of ``client.projects``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Literal

import msgspec

from ...._models import LenientModel
from .branch_application_topology_edge_from import BranchApplicationTopologyEdgeFrom


class BranchApplicationTopologyEdge(LenientModel, kw_only=True):
    """BranchApplicationTopologyEdge"""

    from_: BranchApplicationTopologyEdgeFrom = msgspec.field(name="from")
    to: BranchApplicationTopologyEdgeFrom
    family: Literal["communication", "data"]
    style: str | None = None


__all__ = ["BranchApplicationTopologyEdge"]
