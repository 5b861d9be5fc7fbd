"""Response model ``ConnectionDirectConnection`` shared by several resources: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from pydantic import Field

from ...._models import LenientModel


class ConnectionDirectConnection(LenientModel):
    """Deprecated: use `endpoints.direct` instead."""

    host: str
    pass_: str = Field(alias="pass", repr=False)
    user: str


__all__ = ["ConnectionDirectConnection"]
