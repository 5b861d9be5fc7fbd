"""Response model ``DatabaseSourceDatabase`` shared by several resources: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Literal

from pydantic import Field

from ...._models import LenientModel


class DatabaseSourceDatabase(LenientModel):
    """DatabaseSourceDatabase"""

    type: Literal["database"]
    database_id: str = Field(alias="databaseId")


__all__ = ["DatabaseSourceDatabase"]
