"""Response model ``DatabaseSource`` shared by several resources: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Union

from .database_source_backup import DatabaseSourceBackup
from .database_source_database import DatabaseSourceDatabase
from .database_source_empty import DatabaseSourceEmpty

DatabaseSource = Union[DatabaseSourceEmpty, DatabaseSourceBackup, DatabaseSourceDatabase]


__all__ = ["DatabaseSource"]
