"""Response model ``BranchApplicationTopologyEdgeFrom`` of ``client.projects``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Literal

import msgspec

from ...._models import LenientModel


class BranchApplicationTopologyEdgeFrom(LenientModel, kw_only=True):
    """BranchApplicationTopologyEdgeFrom"""

    logical_id: str = msgspec.field(name="logicalId")
    direction: Literal["in", "out"]
    name: str


__all__ = ["BranchApplicationTopologyEdgeFrom"]
