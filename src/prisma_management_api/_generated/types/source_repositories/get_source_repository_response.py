"""Response model ``GetSourceRepositoryResponse`` of ``client.source_repositories``: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from pydantic import Field

from ...._models import LenientModel
from .source_repository import SourceRepository


class GetSourceRepositoryResponse(LenientModel):
    """GetSourceRepositoryResponse"""

    data: SourceRepository
    hint: str | None = Field(default=None)


__all__ = ["GetSourceRepositoryResponse"]
