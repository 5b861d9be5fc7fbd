"""Response model ``GetMeResponse`` of ``client.me``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .current_user import CurrentUser


class GetMeResponse(LenientModel, kw_only=True):
    """GetMeResponse"""

    data: CurrentUser


__all__ = ["GetMeResponse"]
