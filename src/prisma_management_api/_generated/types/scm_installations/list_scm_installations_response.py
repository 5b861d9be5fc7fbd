"""Response model ``ListScmInstallationsResponse`` of ``client.scm_installations``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from ..shared.pagination import Pagination
from .scm_installation import ScmInstallation


class ListScmInstallationsResponse(LenientModel, kw_only=True):
    """ListScmInstallationsResponse"""

    data: list[ScmInstallation]
    pagination: Pagination
    hint: str | None = None


__all__ = ["ListScmInstallationsResponse"]
