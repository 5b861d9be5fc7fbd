"""Response model ``ConnectionEndpointWithOptionalConnectionString`` shared by several resources: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import ClassVar

import msgspec

from ...._models import LenientModel


class ConnectionEndpointWithOptionalConnectionString(LenientModel, kw_only=True):
    """ConnectionEndpointWithOptionalConnectionString"""

    host: str
    port: int | float
    connection_string: str | None = msgspec.field(name="connectionString", default=None)

    __secret_fields__: ClassVar[frozenset[str]] = frozenset({"connection_string"})
    """Fields holding credentials: left out of reprs."""


__all__ = ["ConnectionEndpointWithOptionalConnectionString"]
