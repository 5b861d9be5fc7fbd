"""Response model ``GetBucketResponse`` of ``client.buckets``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .bucket import Bucket


class GetBucketResponse(LenientModel, kw_only=True):
    """GetBucketResponse"""

    data: Bucket


__all__ = ["GetBucketResponse"]
