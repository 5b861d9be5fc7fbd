"""Response model ``ListWorkspacesResponse`` of ``client.workspaces``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from ..shared.pagination import Pagination
from .workspace import Workspace


class ListWorkspacesResponse(LenientModel, kw_only=True):
    """ListWorkspacesResponse"""

    data: list[Workspace]
    pagination: Pagination


__all__ = ["ListWorkspacesResponse"]
