"""Response model ``ErrorResponse`` shared by several resources: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .error_detail import ErrorDetail


class ErrorResponse(LenientModel):
    """ErrorResponse"""

    error: ErrorDetail


__all__ = ["ErrorResponse"]
