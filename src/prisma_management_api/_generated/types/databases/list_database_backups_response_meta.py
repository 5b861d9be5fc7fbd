"""Response model ``ListDatabaseBackupsResponseMeta`` of ``client.databases``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

import msgspec

from ...._models import LenientModel


class ListDatabaseBackupsResponseMeta(LenientModel, kw_only=True):
    """ListDatabaseBackupsResponseMeta"""

    backup_retention_days: int | float = msgspec.field(name="backupRetentionDays")


__all__ = ["ListDatabaseBackupsResponseMeta"]
