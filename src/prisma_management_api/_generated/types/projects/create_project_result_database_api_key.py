"""Response model ``CreateProjectResultDatabaseApiKey`` of ``client.projects``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime
from typing import ClassVar, Literal

import msgspec
from typing_extensions import deprecated

from ...._models import LenientModel
from ..shared.connection_direct_connection import ConnectionDirectConnection
from ..shared.connection_endpoints import ConnectionEndpoints


class CreateProjectResultDatabaseApiKey(LenientModel, kw_only=True):
    """CreateProjectResultDatabaseApiKey"""

    id: str
    type: Literal["connection"]
    url: str
    name: str
    created_at: datetime = msgspec.field(name="createdAt")
    kind: Literal["postgres", "accelerate"]
    endpoints: ConnectionEndpoints
    _connection_string: str = msgspec.field(name="connectionString")
    """Deprecated: use `endpoints.direct.connectionString` or `endpoints.pooled.connectionString` instead."""
    _direct_connection: ConnectionDirectConnection | None = msgspec.field(
        name="directConnection", default=None
    )
    """Deprecated: use `endpoints.direct` instead."""

    __secret_fields__: ClassVar[frozenset[str]] = frozenset({"_connection_string"})
    """Fields holding credentials: left out of reprs."""

    @property
    @deprecated(
        "Deprecated: use `endpoints.direct.connectionString` or `endpoints.pooled.connectionString` instead."
    )
    def connection_string(self) -> str:
        """Deprecated: use `endpoints.direct.connectionString` or `endpoints.pooled.connectionString` instead."""
        return self._connection_string

    @property
    @deprecated("Deprecated: use `endpoints.direct` instead.")
    def direct_connection(self) -> ConnectionDirectConnection | None:
        """Deprecated: use `endpoints.direct` instead."""
        return self._direct_connection


__all__ = ["CreateProjectResultDatabaseApiKey"]
