"""Response model ``GetAppResponse`` shared by several resources: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .app import App


class GetAppResponse(LenientModel, kw_only=True):
    """GetAppResponse"""

    data: App


__all__ = ["GetAppResponse"]
