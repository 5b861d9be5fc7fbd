"""Response model ``GithubActionsToken`` of ``client.auth``: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime
from typing import Literal

from pydantic import Field

from ...._models import LenientModel


class GithubActionsToken(LenientModel):
    """GithubActionsToken"""

    id: str = Field(description="Prefixed integration token ID (`itgr_` prefix).")
    """Prefixed integration token ID (`itgr_` prefix)."""
    type: Literal["serviceToken"]
    value: str = Field(
        repr=False, description="The minted integration token. Returned once — copy it immediately."
    )
    """The minted integration token. Returned once — copy it immediately."""
    expires_at: datetime = Field(
        alias="expiresAt", description="ISO 8601 instant after which the token is invalid."
    )
    """ISO 8601 instant after which the token is invalid."""
    workspace_id: str = Field(
        alias="workspaceId", description="Prefixed workspace ID the token is scoped to."
    )
    """Prefixed workspace ID the token is scoped to."""


__all__ = ["GithubActionsToken"]
