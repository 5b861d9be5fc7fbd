"""``client.connections`` and its sub-namespaces, sync and async. See ``resources/__init__.py``.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ..._pagination import AsyncPager, SyncPager
from ..._resource import AsyncAPIResource, SyncAPIResource, body_of, raise_for_status, unwrap_data
from ..._result import ApiResult
from ..._types import HeadersArg, TimeoutArg

if TYPE_CHECKING:
    from ..params import *
    from ..types import *


class ConnectionsResourceWithRawResponse(SyncAPIResource):
    """``client.connections.with_raw_response``: every method returns the ApiResult."""

    def list(
        self,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        database_id: str | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListConnectionsResponse, ErrorResponse]:
        """``GET /v1/connections``: like :meth:`ConnectionsResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "GET",
            "/v1/connections",
            params={"query": {"cursor": cursor, "limit": limit, "databaseId": database_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    def create(
        self,
        *,
        database_id: str,
        name: str,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[CreateConnectionResponse, ErrorResponse]:
        """``POST /v1/connections``: like :meth:`ConnectionsResource.create`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "POST",
            "/v1/connections",
            body=body_of({"databaseId": database_id, "name": name}),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )

    def retrieve(
        self,
        connection_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[GetConnectionResponse, ErrorResponse]:
        """``GET /v1/connections/{id}``: like :meth:`ConnectionsResource.retrieve`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "GET",
            "/v1/connections/{id}",
            params={"path": {"id": connection_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    def delete(
        self,
        connection_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[None, ErrorResponse]:
        """``DELETE /v1/connections/{id}``: like :meth:`ConnectionsResource.delete`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "DELETE",
            "/v1/connections/{id}",
            params={"path": {"id": connection_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    def rotate(
        self,
        connection_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[CreateConnectionResponse, ErrorResponse]:
        """``POST /v1/connections/{id}/rotate``: like :meth:`ConnectionsResource.rotate`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "POST",
            "/v1/connections/{id}/rotate",
            params={"path": {"id": connection_id}},
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )


class ConnectionsResource(SyncAPIResource):
    """``client.connections``: ``/v1/connections``, ``/v1/connections/{id}``, ``/v1/connections/{id}/rotate``"""

    @cached_property
    def with_raw_response(self) -> ConnectionsResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return ConnectionsResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        database_id: str | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> SyncPager[Connection, ListConnectionsResponse]:
        """List connections

        Returns all connections the actor has access to, with optional database filter.

        ``GET /v1/connections``

        Args:
            cursor: Cursor for pagination
            limit: Limit for pagination

        Returns a pager: iterate it for the items of every page, fetched as needed; ``.iter_pages()`` for whole pages."""
        return SyncPager(
            lambda next_cursor: self.with_raw_response.list(
                cursor=next_cursor,
                limit=limit,
                database_id=database_id,
                extra_headers=extra_headers,
                timeout=timeout,
            ),
            cursor=cursor,
            follows=True,
        )

    def create(
        self,
        *,
        database_id: str,
        name: str,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> CreateConnectionResult:
        """Create connection

        Creates a new connection for the specified database.

        ``POST /v1/connections``"""
        return unwrap_data(
            self.with_raw_response.create(
                database_id=database_id,
                name=name,
                extra_headers=extra_headers,
                timeout=timeout,
                idempotent=idempotent,
            )
        )

    def retrieve(
        self,
        connection_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> Connection:
        """Get connection

        Returns the connection with the given ID.

        ``GET /v1/connections/{id}``"""
        return unwrap_data(
            self.with_raw_response.retrieve(connection_id, extra_headers=extra_headers, timeout=timeout)
        )

    def delete(
        self,
        connection_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> None:
        """Delete connection

        Deletes the connection with the given ID.

        ``DELETE /v1/connections/{id}``"""
        raise_for_status(
            self.with_raw_response.delete(connection_id, extra_headers=extra_headers, timeout=timeout)
        )

    def rotate(
        self,
        connection_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> CreateConnectionResult:
        """Rotate connection credentials

        Generates new credentials for the connection with the given ID. Revocation of the previous credentials is best-effort.

        ``POST /v1/connections/{id}/rotate``"""
        return unwrap_data(
            self.with_raw_response.rotate(
                connection_id, extra_headers=extra_headers, timeout=timeout, idempotent=idempotent
            )
        )


class AsyncConnectionsResourceWithRawResponse(AsyncAPIResource):
    """``client.connections.with_raw_response``: every method returns the ApiResult."""

    async def list(
        self,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        database_id: str | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListConnectionsResponse, ErrorResponse]:
        """``GET /v1/connections``: like :meth:`AsyncConnectionsResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "GET",
            "/v1/connections",
            params={"query": {"cursor": cursor, "limit": limit, "databaseId": database_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    async def create(
        self,
        *,
        database_id: str,
        name: str,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[CreateConnectionResponse, ErrorResponse]:
        """``POST /v1/connections``: like :meth:`AsyncConnectionsResource.create`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "POST",
            "/v1/connections",
            body=body_of({"databaseId": database_id, "name": name}),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )

    async def retrieve(
        self,
        connection_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[GetConnectionResponse, ErrorResponse]:
        """``GET /v1/connections/{id}``: like :meth:`AsyncConnectionsResource.retrieve`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "GET",
            "/v1/connections/{id}",
            params={"path": {"id": connection_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    async def delete(
        self,
        connection_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[None, ErrorResponse]:
        """``DELETE /v1/connections/{id}``: like :meth:`AsyncConnectionsResource.delete`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "DELETE",
            "/v1/connections/{id}",
            params={"path": {"id": connection_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    async def rotate(
        self,
        connection_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[CreateConnectionResponse, ErrorResponse]:
        """``POST /v1/connections/{id}/rotate``: like :meth:`AsyncConnectionsResource.rotate`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "POST",
            "/v1/connections/{id}/rotate",
            params={"path": {"id": connection_id}},
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )


class AsyncConnectionsResource(AsyncAPIResource):
    """``client.connections``: ``/v1/connections``, ``/v1/connections/{id}``, ``/v1/connections/{id}/rotate``"""

    @cached_property
    def with_raw_response(self) -> AsyncConnectionsResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return AsyncConnectionsResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        database_id: str | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> AsyncPager[Connection, ListConnectionsResponse]:
        """List connections

        Returns all connections the actor has access to, with optional database filter.

        ``GET /v1/connections``

        Args:
            cursor: Cursor for pagination
            limit: Limit for pagination

        Returns a pager: iterate it for the items of every page, fetched as needed; ``.iter_pages()`` for whole pages."""
        return AsyncPager(
            lambda next_cursor: self.with_raw_response.list(
                cursor=next_cursor,
                limit=limit,
                database_id=database_id,
                extra_headers=extra_headers,
                timeout=timeout,
            ),
            cursor=cursor,
            follows=True,
        )

    async def create(
        self,
        *,
        database_id: str,
        name: str,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> CreateConnectionResult:
        """Create connection

        Creates a new connection for the specified database.

        ``POST /v1/connections``"""
        return unwrap_data(
            await self.with_raw_response.create(
                database_id=database_id,
                name=name,
                extra_headers=extra_headers,
                timeout=timeout,
                idempotent=idempotent,
            )
        )

    async def retrieve(
        self,
        connection_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> Connection:
        """Get connection

        Returns the connection with the given ID.

        ``GET /v1/connections/{id}``"""
        return unwrap_data(
            await self.with_raw_response.retrieve(connection_id, extra_headers=extra_headers, timeout=timeout)
        )

    async def delete(
        self,
        connection_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> None:
        """Delete connection

        Deletes the connection with the given ID.

        ``DELETE /v1/connections/{id}``"""
        raise_for_status(
            await self.with_raw_response.delete(connection_id, extra_headers=extra_headers, timeout=timeout)
        )

    async def rotate(
        self,
        connection_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> CreateConnectionResult:
        """Rotate connection credentials

        Generates new credentials for the connection with the given ID. Revocation of the previous credentials is best-effort.

        ``POST /v1/connections/{id}/rotate``"""
        return unwrap_data(
            await self.with_raw_response.rotate(
                connection_id, extra_headers=extra_headers, timeout=timeout, idempotent=idempotent
            )
        )


__all__ = [
    "AsyncConnectionsResource",
    "AsyncConnectionsResourceWithRawResponse",
    "ConnectionsResource",
    "ConnectionsResourceWithRawResponse",
]
