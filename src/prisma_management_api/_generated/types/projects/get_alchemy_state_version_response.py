"""Response model ``GetAlchemyStateVersionResponse`` of ``client.projects``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel


class GetAlchemyStateVersionResponse(LenientModel, kw_only=True):
    """GetAlchemyStateVersionResponse"""

    version: int | float


__all__ = ["GetAlchemyStateVersionResponse"]
