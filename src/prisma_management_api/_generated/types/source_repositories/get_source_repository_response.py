"""Response model ``GetSourceRepositoryResponse`` of ``client.source_repositories``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .source_repository import SourceRepository


class GetSourceRepositoryResponse(LenientModel, kw_only=True):
    """GetSourceRepositoryResponse"""

    data: SourceRepository
    hint: str | None = None


__all__ = ["GetSourceRepositoryResponse"]
