"""Response model ``BranchApplicationTopology`` of ``client.projects``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime

import msgspec

from ...._models import LenientModel
from .branch_application_topology_edge import BranchApplicationTopologyEdge
from .branch_application_topology_node import BranchApplicationTopologyNode
from .branch_application_topology_port import BranchApplicationTopologyPort


class BranchApplicationTopology(LenientModel, kw_only=True):
    """BranchApplicationTopology"""

    nodes: list[BranchApplicationTopologyNode]
    ports: list[BranchApplicationTopologyPort]
    edges: list[BranchApplicationTopologyEdge]
    content_hash: str | None = msgspec.field(name="contentHash", default=None)
    written_at: datetime | None = msgspec.field(name="writtenAt", default=None)


__all__ = ["BranchApplicationTopology"]
