"""Response model ``GetBranchResponse`` shared by several resources: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .branch import Branch


class GetBranchResponse(LenientModel, kw_only=True):
    """GetBranchResponse"""

    data: Branch


__all__ = ["GetBranchResponse"]
