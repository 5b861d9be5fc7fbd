"""Response model ``Key`` of ``client.buckets``: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime
from typing import Literal

from pydantic import Field

from ...._models import LenientModel


class Key(LenientModel):
    """Key"""

    id: str
    type: Literal["bucketKey"]
    name: str
    value_hint: str = Field(alias="valueHint")
    role: Literal["read", "read_write"]
    created_at: datetime = Field(alias="createdAt")
    secret_access_key: str = Field(alias="secretAccessKey", repr=False)
    access_key_id: str = Field(alias="accessKeyId")
    endpoint: str
    bucket_name: str = Field(alias="bucketName")


__all__ = ["Key"]
