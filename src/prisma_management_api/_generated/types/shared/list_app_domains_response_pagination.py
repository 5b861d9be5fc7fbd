"""Response model ``ListAppDomainsResponsePagination`` shared by several resources: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Literal

import msgspec

from ...._models import LenientModel


class ListAppDomainsResponsePagination(LenientModel, kw_only=True):
    """ListAppDomainsResponsePagination"""

    has_more: Literal[False] = msgspec.field(name="hasMore")
    next_cursor: None = msgspec.field(name="nextCursor")


__all__ = ["ListAppDomainsResponsePagination"]
