"""Response model ``WorkspaceRef`` of ``client.projects``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel


class WorkspaceRef(LenientModel, kw_only=True):
    """WorkspaceRef"""

    id: str
    url: str
    name: str


__all__ = ["WorkspaceRef"]
