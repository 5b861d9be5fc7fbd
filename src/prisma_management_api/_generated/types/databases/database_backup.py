"""Response model ``DatabaseBackup`` of ``client.databases``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Literal

import msgspec

from ...._models import LenientModel


class DatabaseBackup(LenientModel, kw_only=True):
    """DatabaseBackup"""

    id: str
    backup_type: Literal["full", "incremental", "differential"] = msgspec.field(name="backupType")
    created_at: str = msgspec.field(name="createdAt")
    size: int | float | None = None
    status: Literal["running", "completed", "failed", "unknown"]
    type: Literal["backup"] | None = None


__all__ = ["DatabaseBackup"]
