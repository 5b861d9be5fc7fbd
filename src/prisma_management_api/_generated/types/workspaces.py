"""Response models of ``client.workspaces``: lenient pydantic classes.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime
from typing import Literal

from pydantic import Field

from ..._models import LenientModel
from .shared import Pagination


class Workspace(LenientModel):
    """Workspace"""

    id: str
    type: Literal["workspace"]
    url: str
    name: str
    created_at: datetime = Field(alias="createdAt")


class GetWorkspaceResponse(LenientModel):
    """GetWorkspaceResponse"""

    data: Workspace


class WorkspaceServiceToken(LenientModel):
    """WorkspaceServiceToken"""

    id: str
    type: Literal["serviceToken"]
    name: str
    value_hint: str = Field(alias="valueHint")
    created_at: datetime = Field(alias="createdAt")
    expires_at: datetime | None = Field(default=None, alias="expiresAt")


class ListWorkspaceServiceTokensResponse(LenientModel):
    """ListWorkspaceServiceTokensResponse"""

    data: list[WorkspaceServiceToken]
    pagination: Pagination


class ListWorkspacesResponse(LenientModel):
    """ListWorkspacesResponse"""

    data: list[Workspace]
    pagination: Pagination


class WorkspaceSubscription(LenientModel):
    """WorkspaceSubscription"""

    plan_name: str = Field(alias="planName")
    usage_blocked: bool = Field(alias="usageBlocked")
    upgrade_url: str = Field(alias="upgradeUrl")


class GetWorkspaceSubscriptionResponse(LenientModel):
    """GetWorkspaceSubscriptionResponse"""

    data: WorkspaceSubscription


class ServiceToken(LenientModel):
    """ServiceToken"""

    id: str
    type: Literal["serviceToken"]
    name: str
    value_hint: str = Field(alias="valueHint")
    created_at: datetime = Field(alias="createdAt")
    expires_at: datetime | None = Field(default=None, alias="expiresAt")
    value: str = Field(repr=False)


class CreateWorkspaceServiceTokenResponse(LenientModel):
    """CreateWorkspaceServiceTokenResponse"""

    data: ServiceToken


class CreateWorkspaceResult(LenientModel):
    """CreateWorkspaceResult"""

    id: str
    type: Literal["workspace"]
    url: str
    name: str
    created_at: datetime = Field(alias="createdAt")


class CreateWorkspaceResponse(LenientModel):
    """CreateWorkspaceResponse"""

    data: CreateWorkspaceResult


__all__ = [
    "CreateWorkspaceResponse",
    "CreateWorkspaceResult",
    "CreateWorkspaceServiceTokenResponse",
    "GetWorkspaceResponse",
    "GetWorkspaceSubscriptionResponse",
    "ListWorkspaceServiceTokensResponse",
    "ListWorkspacesResponse",
    "ServiceToken",
    "Workspace",
    "WorkspaceServiceToken",
    "WorkspaceSubscription",
]
