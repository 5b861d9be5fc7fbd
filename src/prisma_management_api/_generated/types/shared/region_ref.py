"""Response model ``RegionRef`` shared by several resources: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel


class RegionRef(LenientModel):
    """RegionRef"""

    id: str
    name: str


__all__ = ["RegionRef"]
