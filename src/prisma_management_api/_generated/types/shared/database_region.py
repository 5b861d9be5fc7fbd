"""Response model ``DatabaseRegion`` shared by several resources: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel


class DatabaseRegion(LenientModel):
    """DatabaseRegion"""

    id: str
    name: str


__all__ = ["DatabaseRegion"]
