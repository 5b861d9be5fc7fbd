"""Response model ``PromoteAppResponse`` shared by several resources: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .promote_app_result import PromoteAppResult


class PromoteAppResponse(LenientModel, kw_only=True):
    """PromoteAppResponse"""

    data: PromoteAppResult


__all__ = ["PromoteAppResponse"]
