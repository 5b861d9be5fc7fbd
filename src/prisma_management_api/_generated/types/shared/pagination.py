"""Response model ``Pagination`` shared by several resources: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

import msgspec

from ...._models import LenientModel


class Pagination(LenientModel, kw_only=True):
    """Pagination"""

    next_cursor: str | None = msgspec.field(name="nextCursor")
    """Next cursor to continue pagination"""
    has_more: bool = msgspec.field(name="hasMore")
    """Whether there are more items to paginate"""


__all__ = ["Pagination"]
