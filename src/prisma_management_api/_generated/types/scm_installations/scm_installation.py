"""Response model ``ScmInstallation`` of ``client.scm_installations``: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime
from typing import Literal

from pydantic import Field

from ...._models import LenientModel


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


__all__ = ["ScmInstallation"]
