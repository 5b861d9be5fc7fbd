"""Response model ``CurrentUserUser`` of ``client.me``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel


class CurrentUserUser(LenientModel, kw_only=True):
    """CurrentUserUser"""

    id: str
    email: str
    name: str | None


__all__ = ["CurrentUserUser"]
