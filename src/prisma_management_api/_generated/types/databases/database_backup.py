"""Response model ``DatabaseBackup`` of ``client.databases``: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Literal

from pydantic import Field

from ...._models import LenientModel


class DatabaseBackup(LenientModel):
    """DatabaseBackup"""

    id: str
    backup_type: Literal["full", "incremental", "differential"] = Field(alias="backupType")
    created_at: str = Field(alias="createdAt")
    size: int | float | None = Field(default=None)
    status: Literal["running", "completed", "failed", "unknown"]
    type: Literal["backup"] | None = Field(default=None)


__all__ = ["DatabaseBackup"]
