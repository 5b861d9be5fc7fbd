"""Response model ``BranchApplicationTopology`` of ``client.projects``: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime

from pydantic import Field

from ...._models import LenientModel
from .branch_application_topology_edge import BranchApplicationTopologyEdge
from .branch_application_topology_node import BranchApplicationTopologyNode
from .branch_application_topology_port import BranchApplicationTopologyPort


class BranchApplicationTopology(LenientModel):
    """BranchApplicationTopology"""

    nodes: list[BranchApplicationTopologyNode]
    ports: list[BranchApplicationTopologyPort]
    edges: list[BranchApplicationTopologyEdge]
    content_hash: str | None = Field(default=None, alias="contentHash")
    written_at: datetime | None = Field(default=None, alias="writtenAt")


__all__ = ["BranchApplicationTopology"]
