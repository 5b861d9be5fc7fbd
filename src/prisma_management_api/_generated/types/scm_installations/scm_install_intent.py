"""Response model ``ScmInstallIntent`` of ``client.scm_installations``: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Literal

from pydantic import Field

from ...._models import LenientModel


class ScmInstallIntent(LenientModel):
    """ScmInstallIntent"""

    type: Literal["install-intent"]
    provider: Literal["github"]
    workspace_id: str = Field(alias="workspaceId")
    install_url: str = Field(alias="installUrl")
    already_linked: bool | None = Field(default=None, alias="alreadyLinked")
    account_login: str | None = Field(default=None, alias="accountLogin")
    hint: str | None = Field(default=None)


__all__ = ["ScmInstallIntent"]
