"""Response model ``ListDatabaseBackupsResponse`` of ``client.databases``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .database_backup import DatabaseBackup
from .list_database_backups_response_meta import ListDatabaseBackupsResponseMeta
from .list_database_backups_response_pagination import ListDatabaseBackupsResponsePagination


class ListDatabaseBackupsResponse(LenientModel, kw_only=True):
    """ListDatabaseBackupsResponse"""

    data: list[DatabaseBackup]
    meta: ListDatabaseBackupsResponseMeta
    pagination: ListDatabaseBackupsResponsePagination


__all__ = ["ListDatabaseBackupsResponse"]
