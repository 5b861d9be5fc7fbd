"""Response model ``Pagination`` shared by several resources: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from pydantic import Field

from ...._models import LenientModel


class Pagination(LenientModel):
    """Pagination"""

    next_cursor: str | None = Field(alias="nextCursor", description="Next cursor to continue pagination")
    """Next cursor to continue pagination"""
    has_more: bool = Field(alias="hasMore", description="Whether there are more items to paginate")
    """Whether there are more items to paginate"""


__all__ = ["Pagination"]
