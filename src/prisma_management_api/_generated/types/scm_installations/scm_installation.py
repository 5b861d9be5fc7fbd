"""Response model ``ScmInstallation`` of ``client.scm_installations``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime
from typing import Literal

import msgspec

from ...._models import LenientModel


class ScmInstallation(LenientModel, kw_only=True):
    """ScmInstallation"""

    id: str
    type: Literal["scm-installation"]
    url: str
    provider: Literal["github"]
    installation_id: int | float = msgspec.field(name="installationId")
    """Numeric installation ID assigned by the SCM provider"""
    account_id: int | float = msgspec.field(name="accountId")
    """Numeric account ID assigned by the SCM provider"""
    account_login: str = msgspec.field(name="accountLogin")
    account_type: Literal["user", "organization"] = msgspec.field(name="accountType")
    suspended: bool
    created_at: datetime = msgspec.field(name="createdAt")
    updated_at: datetime = msgspec.field(name="updatedAt")


__all__ = ["ScmInstallation"]
