"""Response model ``GithubActionsToken`` of ``client.auth``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime
from typing import ClassVar, Literal

import msgspec

from ...._models import LenientModel


class GithubActionsToken(LenientModel, kw_only=True):
    """GithubActionsToken"""

    id: str
    """Prefixed integration token ID (`itgr_` prefix)."""
    type: Literal["serviceToken"]
    value: str
    """The minted integration token. Returned once — copy it immediately."""
    expires_at: datetime = msgspec.field(name="expiresAt")
    """ISO 8601 instant after which the token is invalid."""
    workspace_id: str = msgspec.field(name="workspaceId")
    """Prefixed workspace ID the token is scoped to."""

    __secret_fields__: ClassVar[frozenset[str]] = frozenset({"value"})
    """Fields holding credentials: left out of reprs."""


__all__ = ["GithubActionsToken"]
