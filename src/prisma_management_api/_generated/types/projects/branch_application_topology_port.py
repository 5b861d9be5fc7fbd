"""Response model ``BranchApplicationTopologyPort`` of ``client.projects``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Literal

import msgspec

from ...._models import LenientModel


class BranchApplicationTopologyPort(LenientModel, kw_only=True):
    """BranchApplicationTopologyPort"""

    logical_id: str = msgspec.field(name="logicalId")
    direction: Literal["in", "out"]
    name: str
    contract_kind: str | None = msgspec.field(name="contractKind", default=None)
    contract_hash: str | None = msgspec.field(name="contractHash", default=None)


__all__ = ["BranchApplicationTopologyPort"]
