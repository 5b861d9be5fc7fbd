"""Response model ``ListWorkspaceServiceTokensResponse`` of ``client.workspaces``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from ..shared.pagination import Pagination
from .workspace_service_token import WorkspaceServiceToken


class ListWorkspaceServiceTokensResponse(LenientModel, kw_only=True):
    """ListWorkspaceServiceTokensResponse"""

    data: list[WorkspaceServiceToken]
    pagination: Pagination


__all__ = ["ListWorkspaceServiceTokensResponse"]
