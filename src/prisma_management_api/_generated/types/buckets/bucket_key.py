"""Response model ``BucketKey`` of ``client.buckets``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime
from typing import Literal

import msgspec

from ...._models import LenientModel


class BucketKey(LenientModel, kw_only=True):
    """BucketKey"""

    id: str
    type: Literal["bucketKey"]
    name: str
    value_hint: str = msgspec.field(name="valueHint")
    role: Literal["read", "read_write"]
    created_at: datetime = msgspec.field(name="createdAt")


__all__ = ["BucketKey"]
