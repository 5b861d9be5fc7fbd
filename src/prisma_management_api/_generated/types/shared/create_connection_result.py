"""Response model ``CreateConnectionResult`` shared by several resources: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime
from typing import ClassVar, Literal

import msgspec
from typing_extensions import deprecated

from ...._models import LenientModel
from .connection_direct_connection import ConnectionDirectConnection
from .create_connection_result_endpoints import CreateConnectionResultEndpoints
from .database_ref import DatabaseRef


class CreateConnectionResult(LenientModel, kw_only=True):
    """CreateConnectionResult"""

    id: str
    type: Literal["connection"]
    url: str
    name: str
    created_at: datetime = msgspec.field(name="createdAt")
    kind: Literal["postgres", "accelerate"]
    endpoints: CreateConnectionResultEndpoints
    _connection_string: str = msgspec.field(name="connectionString")
    """Deprecated: use `endpoints.direct.connectionString` or `endpoints.pooled.connectionString` instead."""
    _direct_connection: ConnectionDirectConnection | None = msgspec.field(
        name="directConnection", default=None
    )
    """Deprecated: use `endpoints.direct` instead."""
    database: DatabaseRef
    _host: str | None = msgspec.field(name="host")
    """Deprecated: use `endpoints.direct` instead."""
    _pass_: str | None = msgspec.field(name="pass")
    """Deprecated: use `endpoints.direct.connectionString` or `endpoints.pooled.connectionString` instead."""
    _user: str | None = msgspec.field(name="user")
    """Deprecated: use `endpoints.direct.connectionString` or `endpoints.pooled.connectionString` instead."""

    __secret_fields__: ClassVar[frozenset[str]] = frozenset({"_connection_string", "_pass_"})
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

    @property
    @deprecated("Deprecated: use `endpoints.direct` instead.")
    def host(self) -> str | None:
        """Deprecated: use `endpoints.direct` instead."""
        return self._host

    @property
    @deprecated(
        "Deprecated: use `endpoints.direct.connectionString` or `endpoints.pooled.connectionString` instead."
    )
    def pass_(self) -> str | None:
        """Deprecated: use `endpoints.direct.connectionString` or `endpoints.pooled.connectionString` instead."""
        return self._pass_

    @property
    @deprecated(
        "Deprecated: use `endpoints.direct.connectionString` or `endpoints.pooled.connectionString` instead."
    )
    def user(self) -> str | None:
        """Deprecated: use `endpoints.direct.connectionString` or `endpoints.pooled.connectionString` instead."""
        return self._user


__all__ = ["CreateConnectionResult"]
