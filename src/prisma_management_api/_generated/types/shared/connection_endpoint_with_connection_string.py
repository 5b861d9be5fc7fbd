"""Response model ``ConnectionEndpointWithConnectionString`` shared by several resources: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import ClassVar

import msgspec

from ...._models import LenientModel


class ConnectionEndpointWithConnectionString(LenientModel, kw_only=True):
    """ConnectionEndpointWithConnectionString"""

    host: str
    port: int | float
    connection_string: str = msgspec.field(name="connectionString")

    __secret_fields__: ClassVar[frozenset[str]] = frozenset({"connection_string"})
    """Fields holding credentials: left out of reprs."""


__all__ = ["ConnectionEndpointWithConnectionString"]
