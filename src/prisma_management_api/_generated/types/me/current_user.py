"""Response model ``CurrentUser`` of ``client.me``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .credential_ref import CredentialRef
from .current_user_user import CurrentUserUser
from .current_user_workspace import CurrentUserWorkspace


class CurrentUser(LenientModel, kw_only=True):
    """CurrentUser"""

    user: CurrentUserUser | None
    workspace: CurrentUserWorkspace | None
    credential: CredentialRef


__all__ = ["CurrentUser"]
