"""Response model ``GetBranchApplicationTopologyResponse`` of ``client.projects``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .branch_application_topology import BranchApplicationTopology


class GetBranchApplicationTopologyResponse(LenientModel, kw_only=True):
    """GetBranchApplicationTopologyResponse"""

    data: BranchApplicationTopology


__all__ = ["GetBranchApplicationTopologyResponse"]
