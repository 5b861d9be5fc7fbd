"""Response model ``ListBucketsResponse`` of ``client.buckets``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from ..shared.pagination import Pagination
from .bucket import Bucket


class ListBucketsResponse(LenientModel, kw_only=True):
    """ListBucketsResponse"""

    data: list[Bucket]
    pagination: Pagination


__all__ = ["ListBucketsResponse"]
