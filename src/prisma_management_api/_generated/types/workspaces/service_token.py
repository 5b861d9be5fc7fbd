"""Response model ``ServiceToken`` of ``client.workspaces``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime
from typing import ClassVar, Literal

import msgspec

from ...._models import LenientModel


class ServiceToken(LenientModel, kw_only=True):
    """ServiceToken"""

    id: str
    type: Literal["serviceToken"]
    name: str
    value_hint: str = msgspec.field(name="valueHint")
    created_at: datetime = msgspec.field(name="createdAt")
    expires_at: datetime | None = msgspec.field(name="expiresAt", default=None)
    value: str

    __secret_fields__: ClassVar[frozenset[str]] = frozenset({"value"})
    """Fields holding credentials: left out of reprs."""


__all__ = ["ServiceToken"]
