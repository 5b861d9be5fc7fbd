"""Response models of ``client.buckets``: lenient pydantic classes.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime
from typing import Literal

from pydantic import Field

from ..._models import LenientModel
from .shared import Pagination, ProjectRef


class Bucket(LenientModel):
    """Bucket"""

    id: str
    type: Literal["bucket"]
    url: str
    name: str
    provider_name: str = Field(alias="providerName")
    status: str
    created_at: datetime = Field(alias="createdAt")
    project: ProjectRef
    branch_id: str | None = Field(alias="branchId")
    logical_id: str | None = Field(alias="logicalId")


class GetBucketResponse(LenientModel):
    """GetBucketResponse"""

    data: Bucket


class ListBucketsResponse(LenientModel):
    """ListBucketsResponse"""

    data: list[Bucket]
    pagination: Pagination


class BucketKey(LenientModel):
    """BucketKey"""

    id: str
    type: Literal["bucketKey"]
    name: str
    value_hint: str = Field(alias="valueHint")
    role: Literal["read", "read_write"]
    created_at: datetime = Field(alias="createdAt")


class ListBucketKeysResponse(LenientModel):
    """ListBucketKeysResponse"""

    data: list[BucketKey]
    pagination: Pagination


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


class CreateBucketKeyResponse(LenientModel):
    """CreateBucketKeyResponse"""

    data: Key


__all__ = [
    "Bucket",
    "BucketKey",
    "CreateBucketKeyResponse",
    "GetBucketResponse",
    "Key",
    "ListBucketKeysResponse",
    "ListBucketsResponse",
]
