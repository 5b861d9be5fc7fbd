"""Response model ``GetWorkspaceResponse`` of ``client.workspaces``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .workspace import Workspace


class GetWorkspaceResponse(LenientModel, kw_only=True):
    """GetWorkspaceResponse"""

    data: Workspace


__all__ = ["GetWorkspaceResponse"]
