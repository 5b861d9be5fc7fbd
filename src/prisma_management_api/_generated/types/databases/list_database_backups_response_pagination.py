"""Response model ``ListDatabaseBackupsResponsePagination`` of ``client.databases``: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from pydantic import Field

from ...._models import LenientModel


class ListDatabaseBackupsResponsePagination(LenientModel):
    """ListDatabaseBackupsResponsePagination"""

    has_more: bool = Field(alias="hasMore")
    limit: int | None


__all__ = ["ListDatabaseBackupsResponsePagination"]
