"""Response model ``CreateBucketKeyResponse`` of ``client.buckets``: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .key import Key


class CreateBucketKeyResponse(LenientModel):
    """CreateBucketKeyResponse"""

    data: Key


__all__ = ["CreateBucketKeyResponse"]
