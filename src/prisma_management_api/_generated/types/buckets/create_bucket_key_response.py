"""Response model ``CreateBucketKeyResponse`` of ``client.buckets``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .key import Key


class CreateBucketKeyResponse(LenientModel, kw_only=True):
    """CreateBucketKeyResponse"""

    data: Key


__all__ = ["CreateBucketKeyResponse"]
