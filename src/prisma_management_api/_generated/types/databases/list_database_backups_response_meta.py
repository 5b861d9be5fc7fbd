"""Response model ``ListDatabaseBackupsResponseMeta`` of ``client.databases``: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from pydantic import Field

from ...._models import LenientModel


class ListDatabaseBackupsResponseMeta(LenientModel):
    """ListDatabaseBackupsResponseMeta"""

    backup_retention_days: int | float = Field(alias="backupRetentionDays")


__all__ = ["ListDatabaseBackupsResponseMeta"]
