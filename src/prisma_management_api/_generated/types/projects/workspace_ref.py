"""Response model ``WorkspaceRef`` of ``client.projects``: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel


class WorkspaceRef(LenientModel):
    """WorkspaceRef"""

    id: str
    url: str
    name: str


__all__ = ["WorkspaceRef"]
