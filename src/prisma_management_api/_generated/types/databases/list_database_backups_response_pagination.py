"""Response model ``ListDatabaseBackupsResponsePagination`` of ``client.databases``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

import msgspec

from ...._models import LenientModel


class ListDatabaseBackupsResponsePagination(LenientModel, kw_only=True):
    """ListDatabaseBackupsResponsePagination"""

    has_more: bool = msgspec.field(name="hasMore")
    limit: int | None


__all__ = ["ListDatabaseBackupsResponsePagination"]
