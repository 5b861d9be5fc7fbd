"""Response model ``GetConnectionResponse`` of ``client.connections``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from ..shared.connection import Connection


class GetConnectionResponse(LenientModel, kw_only=True):
    """GetConnectionResponse"""

    data: Connection


__all__ = ["GetConnectionResponse"]
