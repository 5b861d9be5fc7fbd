"""Response model ``CreateAppErrorResponseError`` shared by several resources: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Literal

from pydantic import Field

from ...._models import LenientModel


class CreateAppErrorResponseError(LenientModel):
    """CreateAppErrorResponseError"""

    code: Literal["app:already_exists"]
    message: str
    existing_app_id: str = Field(alias="existingAppId")
    name: str
    branch_git_name: str = Field(alias="branchGitName")
    conflict: Literal["name", "logicalId"] | None = Field(
        default=None, description="Which attribute of the existing app clashed."
    )
    """Which attribute of the existing app clashed."""
    logical_id: str | None = Field(
        default=None, alias="logicalId", description="The existing app's logical id."
    )
    """The existing app's logical id."""


__all__ = ["CreateAppErrorResponseError"]
