"""Response model ``CreateAppErrorResponseError`` shared by several resources: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Literal

import msgspec

from ...._models import LenientModel


class CreateAppErrorResponseError(LenientModel, kw_only=True):
    """CreateAppErrorResponseError"""

    code: Literal["app:already_exists"]
    message: str
    existing_app_id: str = msgspec.field(name="existingAppId")
    name: str
    branch_git_name: str = msgspec.field(name="branchGitName")
    conflict: Literal["name", "logicalId"] | None = None
    """Which attribute of the existing app clashed."""
    logical_id: str | None = msgspec.field(name="logicalId", default=None)
    """The existing app's logical id."""


__all__ = ["CreateAppErrorResponseError"]
