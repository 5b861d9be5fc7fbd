"""Response model ``ListScmInstallationRepositoriesResponse`` of ``client.scm_installations``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from ..shared.pagination import Pagination
from .scm_installation_repository import ScmInstallationRepository


class ListScmInstallationRepositoriesResponse(LenientModel, kw_only=True):
    """ListScmInstallationRepositoriesResponse"""

    data: list[ScmInstallationRepository]
    pagination: Pagination


__all__ = ["ListScmInstallationRepositoriesResponse"]
