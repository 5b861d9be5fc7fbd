"""Response model ``DatabaseSourceBackup`` shared by several resources: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import ClassVar, Literal

import msgspec

from ...._models import LenientModel


class DatabaseSourceBackup(LenientModel, kw_only=True, tag_field="type", tag="backup"):
    """DatabaseSourceBackup"""

    type: ClassVar[Literal["backup"]] = "backup"
    database_id: str = msgspec.field(name="databaseId")
    backup_id: str = msgspec.field(name="backupId")
    """ID of the backup to restore from"""


__all__ = ["DatabaseSourceBackup"]
