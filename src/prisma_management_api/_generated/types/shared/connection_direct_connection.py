"""Response model ``ConnectionDirectConnection`` shared by several resources: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import ClassVar

import msgspec

from ...._models import LenientModel


class ConnectionDirectConnection(LenientModel, kw_only=True):
    """Deprecated: use `endpoints.direct` instead."""

    host: str
    pass_: str = msgspec.field(name="pass")
    user: str

    __secret_fields__: ClassVar[frozenset[str]] = frozenset({"pass_"})
    """Fields holding credentials: left out of reprs."""


__all__ = ["ConnectionDirectConnection"]
