"""Response model ``ListWorkspacesResponse`` of ``client.workspaces``: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from ..shared.pagination import Pagination
from .workspace import Workspace


class ListWorkspacesResponse(LenientModel):
    """ListWorkspacesResponse"""

    data: list[Workspace]
    pagination: Pagination


__all__ = ["ListWorkspacesResponse"]
