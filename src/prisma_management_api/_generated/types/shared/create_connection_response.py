"""Response model ``CreateConnectionResponse`` shared by several resources: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .create_connection_result import CreateConnectionResult


class CreateConnectionResponse(LenientModel, kw_only=True):
    """CreateConnectionResponse"""

    data: CreateConnectionResult


__all__ = ["CreateConnectionResponse"]
