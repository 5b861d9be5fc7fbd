"""Response model ``ErrorResponse`` shared by several resources: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .error_detail import ErrorDetail


class ErrorResponse(LenientModel, kw_only=True):
    """ErrorResponse"""

    error: ErrorDetail


__all__ = ["ErrorResponse"]
