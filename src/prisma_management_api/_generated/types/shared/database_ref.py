"""Response model ``DatabaseRef`` shared by several resources: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel


class DatabaseRef(LenientModel, kw_only=True):
    """DatabaseRef"""

    id: str
    url: str
    name: str


__all__ = ["DatabaseRef"]
