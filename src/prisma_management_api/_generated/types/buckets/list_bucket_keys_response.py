"""Response model ``ListBucketKeysResponse`` of ``client.buckets``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from ..shared.pagination import Pagination
from .bucket_key import BucketKey


class ListBucketKeysResponse(LenientModel, kw_only=True):
    """ListBucketKeysResponse"""

    data: list[BucketKey]
    pagination: Pagination


__all__ = ["ListBucketKeysResponse"]
