"""Response model ``BucketKey`` of ``client.buckets``: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime
from typing import Literal

from pydantic import Field

from ...._models import LenientModel


class BucketKey(LenientModel):
    """BucketKey"""

    id: str
    type: Literal["bucketKey"]
    name: str
    value_hint: str = Field(alias="valueHint")
    role: Literal["read", "read_write"]
    created_at: datetime = Field(alias="createdAt")


__all__ = ["BucketKey"]
