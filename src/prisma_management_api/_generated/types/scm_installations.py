"""Response models of ``client.scm_installations``: lenient pydantic classes.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime
from typing import Literal

from pydantic import Field

from ..._models import LenientModel
from .shared import Pagination


class ScmInstallation(LenientModel):
    """ScmInstallation"""

    id: str
    type: Literal["scm-installation"]
    url: str
    provider: Literal["github"]
    installation_id: int | float = Field(
        alias="installationId", description="Numeric installation ID assigned by the SCM provider"
    )
    """Numeric installation ID assigned by the SCM provider"""
    account_id: int | float = Field(
        alias="accountId", description="Numeric account ID assigned by the SCM provider"
    )
    """Numeric account ID assigned by the SCM provider"""
    account_login: str = Field(alias="accountLogin")
    account_type: Literal["user", "organization"] = Field(alias="accountType")
    suspended: bool
    created_at: datetime = Field(alias="createdAt")
    updated_at: datetime = Field(alias="updatedAt")


class ListScmInstallationsResponse(LenientModel):
    """ListScmInstallationsResponse"""

    data: list[ScmInstallation]
    pagination: Pagination
    hint: str | None = Field(default=None)


class ScmInstallationRepository(LenientModel):
    """ScmInstallationRepository"""

    id: int | float = Field(description="Numeric repository ID assigned by the SCM provider")
    """Numeric repository ID assigned by the SCM provider"""
    type: Literal["scm-repository"]
    full_name: str = Field(alias="fullName", description='Full repository name, e.g. "octocat/hello"')
    """Full repository name, e.g. "octocat/hello\""""
    default_branch: str = Field(alias="defaultBranch")
    is_private: bool = Field(alias="isPrivate")


class ListScmInstallationRepositoriesResponse(LenientModel):
    """ListScmInstallationRepositoriesResponse"""

    data: list[ScmInstallationRepository]
    pagination: Pagination


class ScmInstallIntent(LenientModel):
    """ScmInstallIntent"""

    type: Literal["install-intent"]
    provider: Literal["github"]
    workspace_id: str = Field(alias="workspaceId")
    install_url: str = Field(alias="installUrl")
    already_linked: bool | None = Field(default=None, alias="alreadyLinked")
    account_login: str | None = Field(default=None, alias="accountLogin")
    hint: str | None = Field(default=None)


class CreateScmInstallIntentResponse(LenientModel):
    """CreateScmInstallIntentResponse"""

    data: ScmInstallIntent


__all__ = [
    "CreateScmInstallIntentResponse",
    "ListScmInstallationRepositoriesResponse",
    "ListScmInstallationsResponse",
    "ScmInstallIntent",
    "ScmInstallation",
    "ScmInstallationRepository",
]
