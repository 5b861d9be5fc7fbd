"""Response model ``ListAppDomainsResponsePagination`` shared by several resources: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Literal

from pydantic import Field

from ...._models import LenientModel


class ListAppDomainsResponsePagination(LenientModel):
    """ListAppDomainsResponsePagination"""

    has_more: Literal[False] = Field(alias="hasMore")
    next_cursor: None = Field(alias="nextCursor")


__all__ = ["ListAppDomainsResponsePagination"]
