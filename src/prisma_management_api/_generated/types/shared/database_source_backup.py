"""Response model ``DatabaseSourceBackup`` shared by several resources: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Literal

from pydantic import Field

from ...._models import LenientModel


class DatabaseSourceBackup(LenientModel):
    """DatabaseSourceBackup"""

    type: Literal["backup"]
    database_id: str = Field(alias="databaseId")
    backup_id: str = Field(alias="backupId", description="ID of the backup to restore from")
    """ID of the backup to restore from"""


__all__ = ["DatabaseSourceBackup"]
