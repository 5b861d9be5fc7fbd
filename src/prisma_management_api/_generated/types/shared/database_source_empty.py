"""Response model ``DatabaseSourceEmpty`` shared by several resources: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Literal

from ...._models import LenientModel


class DatabaseSourceEmpty(LenientModel):
    """DatabaseSourceEmpty"""

    type: Literal["empty"]


__all__ = ["DatabaseSourceEmpty"]
