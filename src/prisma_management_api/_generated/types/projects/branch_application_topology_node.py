"""Response model ``BranchApplicationTopologyNode`` of ``client.projects``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Literal

import msgspec

from ...._models import LenientModel


class BranchApplicationTopologyNode(LenientModel, kw_only=True):
    """BranchApplicationTopologyNode"""

    logical_id: str = msgspec.field(name="logicalId")
    parent_logical_id: str | None = msgspec.field(name="parentLogicalId")
    kind: Literal["module", "service", "resource"]
    type: str | None = None


__all__ = ["BranchApplicationTopologyNode"]
