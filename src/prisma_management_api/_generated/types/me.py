"""Response models of ``client.me``: lenient pydantic classes.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Literal

from ..._models import LenientModel


class CurrentUserUser(LenientModel):
    """CurrentUserUser"""

    id: str
    email: str
    name: str | None


class CurrentUserWorkspace(LenientModel):
    """CurrentUserWorkspace"""

    id: str
    name: str


class CredentialRef(LenientModel):
    """CredentialRef"""

    type: Literal["oauth", "service_token", "management_token", "agent_token"]
    id: str | None
    name: str | None


class CurrentUser(LenientModel):
    """CurrentUser"""

    user: CurrentUserUser | None
    workspace: CurrentUserWorkspace | None
    credential: CredentialRef


class GetMeResponse(LenientModel):
    """GetMeResponse"""

    data: CurrentUser


__all__ = [
    "CredentialRef",
    "CurrentUser",
    "CurrentUserUser",
    "CurrentUserWorkspace",
    "GetMeResponse",
]
