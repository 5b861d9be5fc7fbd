"""Response model ``BranchApplicationTopologyPort`` of ``client.projects``: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Literal

from pydantic import Field

from ...._models import LenientModel


class BranchApplicationTopologyPort(LenientModel):
    """BranchApplicationTopologyPort"""

    logical_id: str = Field(alias="logicalId")
    direction: Literal["in", "out"]
    name: str
    contract_kind: str | None = Field(default=None, alias="contractKind")
    contract_hash: str | None = Field(default=None, alias="contractHash")


__all__ = ["BranchApplicationTopologyPort"]
