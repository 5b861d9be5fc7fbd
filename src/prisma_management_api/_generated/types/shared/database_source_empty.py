"""Response model ``DatabaseSourceEmpty`` shared by several resources: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import ClassVar, Literal

from ...._models import LenientModel


class DatabaseSourceEmpty(LenientModel, kw_only=True, tag_field="type", tag="empty"):
    """DatabaseSourceEmpty"""

    type: ClassVar[Literal["empty"]] = "empty"


__all__ = ["DatabaseSourceEmpty"]
