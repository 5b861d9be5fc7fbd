"""``client.integrations`` and its sub-namespaces, sync and async. See ``resources/__init__.py``.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ..._pagination import AsyncPager, SyncPager
from ..._resource import AsyncAPIResource, SyncAPIResource, raise_for_status, unwrap_data
from ..._result import ApiResult
from ..._types import HeadersArg, TimeoutArg

if TYPE_CHECKING:
    from ..params import *
    from ..types import *


class IntegrationsResourceWithRawResponse(SyncAPIResource):
    """``client.integrations.with_raw_response``: every method returns the ApiResult."""

    def list(
        self,
        *,
        workspace_id: str,
        cursor: str | None = None,
        limit: float | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListIntegrationsResponse, ErrorResponse]:
        """``GET /v1/integrations``: like :meth:`IntegrationsResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "GET",
            "/v1/integrations",
            params={"query": {"workspaceId": workspace_id, "cursor": cursor, "limit": limit}},
            headers=extra_headers,
            timeout=timeout,
        )

    def retrieve(
        self,
        integration_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[GetIntegrationResponse, ErrorResponse]:
        """``GET /v1/integrations/{id}``: like :meth:`IntegrationsResource.retrieve`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "GET",
            "/v1/integrations/{id}",
            params={"path": {"id": integration_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    def delete(
        self,
        integration_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[None, ErrorResponse]:
        """``DELETE /v1/integrations/{id}``: like :meth:`IntegrationsResource.delete`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "DELETE",
            "/v1/integrations/{id}",
            params={"path": {"id": integration_id}},
            headers=extra_headers,
            timeout=timeout,
        )


class IntegrationsResource(SyncAPIResource):
    """``client.integrations``: ``/v1/integrations``, ``/v1/integrations/{id}``"""

    @cached_property
    def with_raw_response(self) -> IntegrationsResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return IntegrationsResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        workspace_id: str,
        cursor: str | None = None,
        limit: float | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> SyncPager[Integration, ListIntegrationsResponse]:
        """Get list of integrations

        Returns integrations filtered by workspace ID.

        ``GET /v1/integrations``

        Args:
            cursor: Cursor for pagination
            limit: Limit for pagination

        Returns a pager: iterate it for the items of every page, fetched as needed; ``.iter_pages()`` for whole pages."""
        return SyncPager(
            lambda next_cursor: self.with_raw_response.list(
                workspace_id=workspace_id,
                cursor=next_cursor,
                limit=limit,
                extra_headers=extra_headers,
                timeout=timeout,
            ),
            cursor=cursor,
            follows=True,
        )

    def retrieve(
        self,
        integration_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> Integration:
        """Get integration by ID

        Returns a single integration by its ID.

        ``GET /v1/integrations/{id}``"""
        return unwrap_data(
            self.with_raw_response.retrieve(integration_id, extra_headers=extra_headers, timeout=timeout)
        )

    def delete(
        self,
        integration_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> None:
        """Delete integration

        Revokes the integration tokens by integration ID.

        ``DELETE /v1/integrations/{id}``"""
        raise_for_status(
            self.with_raw_response.delete(integration_id, extra_headers=extra_headers, timeout=timeout)
        )


class AsyncIntegrationsResourceWithRawResponse(AsyncAPIResource):
    """``client.integrations.with_raw_response``: every method returns the ApiResult."""

    async def list(
        self,
        *,
        workspace_id: str,
        cursor: str | None = None,
        limit: float | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListIntegrationsResponse, ErrorResponse]:
        """``GET /v1/integrations``: like :meth:`AsyncIntegrationsResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "GET",
            "/v1/integrations",
            params={"query": {"workspaceId": workspace_id, "cursor": cursor, "limit": limit}},
            headers=extra_headers,
            timeout=timeout,
        )

    async def retrieve(
        self,
        integration_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[GetIntegrationResponse, ErrorResponse]:
        """``GET /v1/integrations/{id}``: like :meth:`AsyncIntegrationsResource.retrieve`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "GET",
            "/v1/integrations/{id}",
            params={"path": {"id": integration_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    async def delete(
        self,
        integration_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[None, ErrorResponse]:
        """``DELETE /v1/integrations/{id}``: like :meth:`AsyncIntegrationsResource.delete`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "DELETE",
            "/v1/integrations/{id}",
            params={"path": {"id": integration_id}},
            headers=extra_headers,
            timeout=timeout,
        )


class AsyncIntegrationsResource(AsyncAPIResource):
    """``client.integrations``: ``/v1/integrations``, ``/v1/integrations/{id}``"""

    @cached_property
    def with_raw_response(self) -> AsyncIntegrationsResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return AsyncIntegrationsResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        workspace_id: str,
        cursor: str | None = None,
        limit: float | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> AsyncPager[Integration, ListIntegrationsResponse]:
        """Get list of integrations

        Returns integrations filtered by workspace ID.

        ``GET /v1/integrations``

        Args:
            cursor: Cursor for pagination
            limit: Limit for pagination

        Returns a pager: iterate it for the items of every page, fetched as needed; ``.iter_pages()`` for whole pages."""
        return AsyncPager(
            lambda next_cursor: self.with_raw_response.list(
                workspace_id=workspace_id,
                cursor=next_cursor,
                limit=limit,
                extra_headers=extra_headers,
                timeout=timeout,
            ),
            cursor=cursor,
            follows=True,
        )

    async def retrieve(
        self,
        integration_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> Integration:
        """Get integration by ID

        Returns a single integration by its ID.

        ``GET /v1/integrations/{id}``"""
        return unwrap_data(
            await self.with_raw_response.retrieve(
                integration_id, extra_headers=extra_headers, timeout=timeout
            )
        )

    async def delete(
        self,
        integration_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> None:
        """Delete integration

        Revokes the integration tokens by integration ID.

        ``DELETE /v1/integrations/{id}``"""
        raise_for_status(
            await self.with_raw_response.delete(integration_id, extra_headers=extra_headers, timeout=timeout)
        )


__all__ = [
    "AsyncIntegrationsResource",
    "AsyncIntegrationsResourceWithRawResponse",
    "IntegrationsResource",
    "IntegrationsResourceWithRawResponse",
]
