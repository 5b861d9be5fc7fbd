"""Response model ``ErrorDetail`` shared by several resources: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel


class ErrorDetail(LenientModel, kw_only=True):
    """ErrorDetail"""

    code: str
    message: str
    hint: str | None = None


__all__ = ["ErrorDetail"]
