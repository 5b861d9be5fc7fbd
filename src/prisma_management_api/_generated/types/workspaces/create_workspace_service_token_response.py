"""Response model ``CreateWorkspaceServiceTokenResponse`` of ``client.workspaces``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .service_token import ServiceToken


class CreateWorkspaceServiceTokenResponse(LenientModel, kw_only=True):
    """CreateWorkspaceServiceTokenResponse"""

    data: ServiceToken


__all__ = ["CreateWorkspaceServiceTokenResponse"]
