"""Response model ``DatabaseSourceDatabase`` shared by several resources: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import ClassVar, Literal

import msgspec

from ...._models import LenientModel


class DatabaseSourceDatabase(LenientModel, kw_only=True, tag_field="type", tag="database"):
    """DatabaseSourceDatabase"""

    type: ClassVar[Literal["database"]] = "database"
    database_id: str = msgspec.field(name="databaseId")


__all__ = ["DatabaseSourceDatabase"]
