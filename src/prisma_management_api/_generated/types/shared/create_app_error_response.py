"""Response model ``CreateAppErrorResponse`` shared by several resources: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .create_app_error_response_error import CreateAppErrorResponseError


class CreateAppErrorResponse(LenientModel, kw_only=True):
    """CreateAppErrorResponse"""

    error: CreateAppErrorResponseError


__all__ = ["CreateAppErrorResponse"]
