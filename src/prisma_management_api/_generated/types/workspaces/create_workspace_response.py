"""Response model ``CreateWorkspaceResponse`` of ``client.workspaces``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .create_workspace_result import CreateWorkspaceResult


class CreateWorkspaceResponse(LenientModel, kw_only=True):
    """CreateWorkspaceResponse"""

    data: CreateWorkspaceResult


__all__ = ["CreateWorkspaceResponse"]
