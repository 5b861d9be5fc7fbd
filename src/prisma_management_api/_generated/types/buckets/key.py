"""Response model ``Key`` of ``client.buckets``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime
from typing import ClassVar, Literal

import msgspec

from ...._models import LenientModel


class Key(LenientModel, kw_only=True):
    """Key"""

    id: str
    type: Literal["bucketKey"]
    name: str
    value_hint: str = msgspec.field(name="valueHint")
    role: Literal["read", "read_write"]
    created_at: datetime = msgspec.field(name="createdAt")
    secret_access_key: str = msgspec.field(name="secretAccessKey")
    access_key_id: str = msgspec.field(name="accessKeyId")
    endpoint: str
    bucket_name: str = msgspec.field(name="bucketName")

    __secret_fields__: ClassVar[frozenset[str]] = frozenset({"secret_access_key"})
    """Fields holding credentials: left out of reprs."""


__all__ = ["Key"]
