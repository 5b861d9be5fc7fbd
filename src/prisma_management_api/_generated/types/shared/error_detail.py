"""Response model ``ErrorDetail`` shared by several resources: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from pydantic import Field

from ...._models import LenientModel


class ErrorDetail(LenientModel):
    """ErrorDetail"""

    code: str
    message: str
    hint: str | None = Field(default=None)


__all__ = ["ErrorDetail"]
