"""Response model ``ScmInstallIntent`` of ``client.scm_installations``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Literal

import msgspec

from ...._models import LenientModel


class ScmInstallIntent(LenientModel, kw_only=True):
    """ScmInstallIntent"""

    type: Literal["install-intent"]
    provider: Literal["github"]
    workspace_id: str = msgspec.field(name="workspaceId")
    install_url: str = msgspec.field(name="installUrl")
    already_linked: bool | None = msgspec.field(name="alreadyLinked", default=None)
    account_login: str | None = msgspec.field(name="accountLogin", default=None)
    hint: str | None = None


__all__ = ["ScmInstallIntent"]
