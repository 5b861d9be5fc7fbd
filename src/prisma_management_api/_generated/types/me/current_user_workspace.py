"""Response model ``CurrentUserWorkspace`` of ``client.me``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel


class CurrentUserWorkspace(LenientModel, kw_only=True):
    """CurrentUserWorkspace"""

    id: str
    name: str


__all__ = ["CurrentUserWorkspace"]
