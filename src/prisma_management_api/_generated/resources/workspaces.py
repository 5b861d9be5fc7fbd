"""``client.workspaces`` and its sub-namespaces, sync and async. See ``resources/__init__.py``.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ..._pagination import AsyncPager, SyncPager
from ..._resource import (
    NOT_GIVEN,
    AsyncAPIResource,
    NotGiven,
    SyncAPIResource,
    body_of,
    raise_for_status,
    unwrap_data,
)
from ..._result import ApiResult
from ..._types import HeadersArg, TimeoutArg

if TYPE_CHECKING:
    from ..params import *
    from ..types import *


class WorkspacesResourceWithRawResponse(SyncAPIResource):
    """``client.workspaces.with_raw_response``: every method returns the ApiResult."""

    def list(
        self,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListWorkspacesResponse, ErrorResponse]:
        """``GET /v1/workspaces``: like :meth:`WorkspacesResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "GET",
            "/v1/workspaces",
            params={"query": {"cursor": cursor, "limit": limit}},
            headers=extra_headers,
            timeout=timeout,
        )

    def create(
        self,
        *,
        display_name: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[CreateWorkspaceResponse, ErrorResponse]:
        """``POST /v1/workspaces``: like :meth:`WorkspacesResource.create`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "POST",
            "/v1/workspaces",
            body=body_of({"displayName": display_name}),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )

    def retrieve(
        self,
        workspace_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[GetWorkspaceResponse, ErrorResponse]:
        """``GET /v1/workspaces/{id}``: like :meth:`WorkspacesResource.retrieve`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "GET",
            "/v1/workspaces/{id}",
            params={"path": {"id": workspace_id}},
            headers=extra_headers,
            timeout=timeout,
        )


class WorkspacesResource(SyncAPIResource):
    """``client.workspaces``: ``/v1/workspaces``, ``/v1/workspaces/{id}``"""

    @cached_property
    def with_raw_response(self) -> WorkspacesResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return WorkspacesResourceWithRawResponse(self._client)

    @cached_property
    def integrations(self) -> WorkspaceIntegrationsResource:
        """``client.workspaces.integrations``"""
        return WorkspaceIntegrationsResource(self._client)

    @cached_property
    def service_tokens(self) -> WorkspaceServiceTokensResource:
        """``client.workspaces.service_tokens``"""
        return WorkspaceServiceTokensResource(self._client)

    @cached_property
    def subscription(self) -> WorkspaceSubscriptionResource:
        """``client.workspaces.subscription``"""
        return WorkspaceSubscriptionResource(self._client)

    def list(
        self,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> SyncPager[Workspace, ListWorkspacesResponse]:
        """Get list of workspaces

        Returns the list of workspaces the current token can access.

        ``GET /v1/workspaces``

        Args:
            cursor: Cursor for pagination
            limit: Limit for pagination

        Returns a pager: iterate it for the items of every page, fetched as needed; ``.iter_pages()`` for whole pages."""
        return SyncPager(
            lambda next_cursor: self.with_raw_response.list(
                cursor=next_cursor, limit=limit, extra_headers=extra_headers, timeout=timeout
            ),
            cursor=cursor,
            follows=True,
        )

    def create(
        self,
        *,
        display_name: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> CreateWorkspaceResult:
        """Create a workspace

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Creates a new free-plan workspace owned by the authenticated user. For agent tokens the workspace is created for the agent's sponsor, and the agent's permission policy treats this as an admin action — under the default policy the sponsor approves it first.

        ``POST /v1/workspaces``"""
        return unwrap_data(
            self.with_raw_response.create(
                display_name=display_name, extra_headers=extra_headers, timeout=timeout, idempotent=idempotent
            )
        )

    def retrieve(
        self,
        workspace_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> Workspace:
        """Get workspace

        Returns the workspace with the given ID.

        ``GET /v1/workspaces/{id}``"""
        return unwrap_data(
            self.with_raw_response.retrieve(workspace_id, extra_headers=extra_headers, timeout=timeout)
        )


class WorkspaceIntegrationsResourceWithRawResponse(SyncAPIResource):
    """``client.workspaces.integrations.with_raw_response``: every method returns the ApiResult."""

    def list(
        self,
        workspace_id: str,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListIntegrationsResponse, ErrorResponse]:
        """``GET /v1/workspaces/{workspaceId}/integrations``: like :meth:`WorkspaceIntegrationsResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "GET",
            "/v1/workspaces/{workspaceId}/integrations",
            params={"path": {"workspaceId": workspace_id}, "query": {"cursor": cursor, "limit": limit}},
            headers=extra_headers,
            timeout=timeout,
        )

    def delete(
        self,
        workspace_id: str,
        client_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[None, ErrorResponse]:
        """``DELETE /v1/workspaces/{workspaceId}/integrations/{clientId}``: like :meth:`WorkspaceIntegrationsResource.delete`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "DELETE",
            "/v1/workspaces/{workspaceId}/integrations/{clientId}",
            params={"path": {"workspaceId": workspace_id, "clientId": client_id}},
            headers=extra_headers,
            timeout=timeout,
        )


class WorkspaceIntegrationsResource(SyncAPIResource):
    """``client.workspaces.integrations``: ``/v1/workspaces/{workspaceId}/integrations``, ``/v1/workspaces/{workspaceId}/integrations/{clientId}``"""

    @cached_property
    def with_raw_response(self) -> WorkspaceIntegrationsResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return WorkspaceIntegrationsResourceWithRawResponse(self._client)

    def list(
        self,
        workspace_id: str,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> SyncPager[Integration, ListIntegrationsResponse]:
        """Get list of integrations

        Returns integrations for the given workspace.

        ``GET /v1/workspaces/{workspaceId}/integrations``

        Args:
            cursor: Cursor for pagination
            limit: Limit for pagination

        Returns a pager: iterate it for the items of every page, fetched as needed; ``.iter_pages()`` for whole pages."""
        return SyncPager(
            lambda next_cursor: self.with_raw_response.list(
                workspace_id, cursor=next_cursor, limit=limit, extra_headers=extra_headers, timeout=timeout
            ),
            cursor=cursor,
            follows=True,
        )

    def delete(
        self,
        workspace_id: str,
        client_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> None:
        """Revoke integration tokens

        Revokes the integration tokens with the given client ID.

        ``DELETE /v1/workspaces/{workspaceId}/integrations/{clientId}``"""
        raise_for_status(
            self.with_raw_response.delete(
                workspace_id, client_id, extra_headers=extra_headers, timeout=timeout
            )
        )


class WorkspaceServiceTokensResourceWithRawResponse(SyncAPIResource):
    """``client.workspaces.service_tokens.with_raw_response``: every method returns the ApiResult."""

    def list(
        self,
        workspace_id: str,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListWorkspaceServiceTokensResponse, ErrorResponse]:
        """``GET /v1/workspaces/{workspaceId}/service-tokens``: like :meth:`WorkspaceServiceTokensResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "GET",
            "/v1/workspaces/{workspaceId}/service-tokens",
            params={"path": {"workspaceId": workspace_id}, "query": {"cursor": cursor, "limit": limit}},
            headers=extra_headers,
            timeout=timeout,
        )

    def create(
        self,
        workspace_id: str,
        *,
        name: str,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[CreateWorkspaceServiceTokenResponse, ErrorResponse]:
        """``POST /v1/workspaces/{workspaceId}/service-tokens``: like :meth:`WorkspaceServiceTokensResource.create`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "POST",
            "/v1/workspaces/{workspaceId}/service-tokens",
            params={"path": {"workspaceId": workspace_id}},
            body=body_of({"name": name}),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )

    def delete(
        self,
        workspace_id: str,
        service_token_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[None, ErrorResponse]:
        """``DELETE /v1/workspaces/{workspaceId}/service-tokens/{serviceTokenId}``: like :meth:`WorkspaceServiceTokensResource.delete`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "DELETE",
            "/v1/workspaces/{workspaceId}/service-tokens/{serviceTokenId}",
            params={"path": {"workspaceId": workspace_id, "serviceTokenId": service_token_id}},
            headers=extra_headers,
            timeout=timeout,
        )


class WorkspaceServiceTokensResource(SyncAPIResource):
    """``client.workspaces.service_tokens``: ``/v1/workspaces/{workspaceId}/service-tokens``, ``/v1/workspaces/{workspaceId}/service-tokens/{serviceTokenId}``"""

    @cached_property
    def with_raw_response(self) -> WorkspaceServiceTokensResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return WorkspaceServiceTokensResourceWithRawResponse(self._client)

    def list(
        self,
        workspace_id: str,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> SyncPager[WorkspaceServiceToken, ListWorkspaceServiceTokensResponse]:
        """List service tokens

        Returns the service tokens for the given workspace, newest first.

        ``GET /v1/workspaces/{workspaceId}/service-tokens``

        Returns a pager: iterate it for the items of every page, fetched as needed; ``.iter_pages()`` for whole pages."""
        return SyncPager(
            lambda next_cursor: self.with_raw_response.list(
                workspace_id, cursor=next_cursor, limit=limit, extra_headers=extra_headers, timeout=timeout
            ),
            cursor=cursor,
            follows=True,
        )

    def create(
        self,
        workspace_id: str,
        *,
        name: str,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ServiceToken:
        """Create service token

        Creates a new service token for the given workspace. The `value` field is returned exactly once in this response and is never stored — copy it immediately.

        ``POST /v1/workspaces/{workspaceId}/service-tokens``"""
        return unwrap_data(
            self.with_raw_response.create(
                workspace_id, name=name, extra_headers=extra_headers, timeout=timeout, idempotent=idempotent
            )
        )

    def delete(
        self,
        workspace_id: str,
        service_token_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> None:
        """Delete service token

        Revokes the service token with the given ID by deleting it.

        ``DELETE /v1/workspaces/{workspaceId}/service-tokens/{serviceTokenId}``"""
        raise_for_status(
            self.with_raw_response.delete(
                workspace_id, service_token_id, extra_headers=extra_headers, timeout=timeout
            )
        )


class WorkspaceSubscriptionResourceWithRawResponse(SyncAPIResource):
    """``client.workspaces.subscription.with_raw_response``: every method returns the ApiResult."""

    def retrieve(
        self,
        workspace_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[GetWorkspaceSubscriptionResponse, ErrorResponse]:
        """``GET /v1/workspaces/{id}/subscription``: like :meth:`WorkspaceSubscriptionResource.retrieve`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "GET",
            "/v1/workspaces/{id}/subscription",
            params={"path": {"id": workspace_id}},
            headers=extra_headers,
            timeout=timeout,
        )


class WorkspaceSubscriptionResource(SyncAPIResource):
    """``client.workspaces.subscription``: ``/v1/workspaces/{id}/subscription``"""

    @cached_property
    def with_raw_response(self) -> WorkspaceSubscriptionResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return WorkspaceSubscriptionResourceWithRawResponse(self._client)

    def retrieve(
        self,
        workspace_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> WorkspaceSubscription:
        """Get workspace subscription

        Returns subscription information for the workspace with the given ID.

        ``GET /v1/workspaces/{id}/subscription``"""
        return unwrap_data(
            self.with_raw_response.retrieve(workspace_id, extra_headers=extra_headers, timeout=timeout)
        )


class AsyncWorkspacesResourceWithRawResponse(AsyncAPIResource):
    """``client.workspaces.with_raw_response``: every method returns the ApiResult."""

    async def list(
        self,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListWorkspacesResponse, ErrorResponse]:
        """``GET /v1/workspaces``: like :meth:`AsyncWorkspacesResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "GET",
            "/v1/workspaces",
            params={"query": {"cursor": cursor, "limit": limit}},
            headers=extra_headers,
            timeout=timeout,
        )

    async def create(
        self,
        *,
        display_name: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[CreateWorkspaceResponse, ErrorResponse]:
        """``POST /v1/workspaces``: like :meth:`AsyncWorkspacesResource.create`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "POST",
            "/v1/workspaces",
            body=body_of({"displayName": display_name}),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )

    async def retrieve(
        self,
        workspace_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[GetWorkspaceResponse, ErrorResponse]:
        """``GET /v1/workspaces/{id}``: like :meth:`AsyncWorkspacesResource.retrieve`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "GET",
            "/v1/workspaces/{id}",
            params={"path": {"id": workspace_id}},
            headers=extra_headers,
            timeout=timeout,
        )


class AsyncWorkspacesResource(AsyncAPIResource):
    """``client.workspaces``: ``/v1/workspaces``, ``/v1/workspaces/{id}``"""

    @cached_property
    def with_raw_response(self) -> AsyncWorkspacesResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return AsyncWorkspacesResourceWithRawResponse(self._client)

    @cached_property
    def integrations(self) -> AsyncWorkspaceIntegrationsResource:
        """``client.workspaces.integrations``"""
        return AsyncWorkspaceIntegrationsResource(self._client)

    @cached_property
    def service_tokens(self) -> AsyncWorkspaceServiceTokensResource:
        """``client.workspaces.service_tokens``"""
        return AsyncWorkspaceServiceTokensResource(self._client)

    @cached_property
    def subscription(self) -> AsyncWorkspaceSubscriptionResource:
        """``client.workspaces.subscription``"""
        return AsyncWorkspaceSubscriptionResource(self._client)

    def list(
        self,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> AsyncPager[Workspace, ListWorkspacesResponse]:
        """Get list of workspaces

        Returns the list of workspaces the current token can access.

        ``GET /v1/workspaces``

        Args:
            cursor: Cursor for pagination
            limit: Limit for pagination

        Returns a pager: iterate it for the items of every page, fetched as needed; ``.iter_pages()`` for whole pages."""
        return AsyncPager(
            lambda next_cursor: self.with_raw_response.list(
                cursor=next_cursor, limit=limit, extra_headers=extra_headers, timeout=timeout
            ),
            cursor=cursor,
            follows=True,
        )

    async def create(
        self,
        *,
        display_name: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> CreateWorkspaceResult:
        """Create a workspace

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Creates a new free-plan workspace owned by the authenticated user. For agent tokens the workspace is created for the agent's sponsor, and the agent's permission policy treats this as an admin action — under the default policy the sponsor approves it first.

        ``POST /v1/workspaces``"""
        return unwrap_data(
            await self.with_raw_response.create(
                display_name=display_name, extra_headers=extra_headers, timeout=timeout, idempotent=idempotent
            )
        )

    async def retrieve(
        self,
        workspace_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> Workspace:
        """Get workspace

        Returns the workspace with the given ID.

        ``GET /v1/workspaces/{id}``"""
        return unwrap_data(
            await self.with_raw_response.retrieve(workspace_id, extra_headers=extra_headers, timeout=timeout)
        )


class AsyncWorkspaceIntegrationsResourceWithRawResponse(AsyncAPIResource):
    """``client.workspaces.integrations.with_raw_response``: every method returns the ApiResult."""

    async def list(
        self,
        workspace_id: str,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListIntegrationsResponse, ErrorResponse]:
        """``GET /v1/workspaces/{workspaceId}/integrations``: like :meth:`AsyncWorkspaceIntegrationsResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "GET",
            "/v1/workspaces/{workspaceId}/integrations",
            params={"path": {"workspaceId": workspace_id}, "query": {"cursor": cursor, "limit": limit}},
            headers=extra_headers,
            timeout=timeout,
        )

    async def delete(
        self,
        workspace_id: str,
        client_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[None, ErrorResponse]:
        """``DELETE /v1/workspaces/{workspaceId}/integrations/{clientId}``: like :meth:`AsyncWorkspaceIntegrationsResource.delete`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "DELETE",
            "/v1/workspaces/{workspaceId}/integrations/{clientId}",
            params={"path": {"workspaceId": workspace_id, "clientId": client_id}},
            headers=extra_headers,
            timeout=timeout,
        )


class AsyncWorkspaceIntegrationsResource(AsyncAPIResource):
    """``client.workspaces.integrations``: ``/v1/workspaces/{workspaceId}/integrations``, ``/v1/workspaces/{workspaceId}/integrations/{clientId}``"""

    @cached_property
    def with_raw_response(self) -> AsyncWorkspaceIntegrationsResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return AsyncWorkspaceIntegrationsResourceWithRawResponse(self._client)

    def list(
        self,
        workspace_id: str,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> AsyncPager[Integration, ListIntegrationsResponse]:
        """Get list of integrations

        Returns integrations for the given workspace.

        ``GET /v1/workspaces/{workspaceId}/integrations``

        Args:
            cursor: Cursor for pagination
            limit: Limit for pagination

        Returns a pager: iterate it for the items of every page, fetched as needed; ``.iter_pages()`` for whole pages."""
        return AsyncPager(
            lambda next_cursor: self.with_raw_response.list(
                workspace_id, cursor=next_cursor, limit=limit, extra_headers=extra_headers, timeout=timeout
            ),
            cursor=cursor,
            follows=True,
        )

    async def delete(
        self,
        workspace_id: str,
        client_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> None:
        """Revoke integration tokens

        Revokes the integration tokens with the given client ID.

        ``DELETE /v1/workspaces/{workspaceId}/integrations/{clientId}``"""
        raise_for_status(
            await self.with_raw_response.delete(
                workspace_id, client_id, extra_headers=extra_headers, timeout=timeout
            )
        )


class AsyncWorkspaceServiceTokensResourceWithRawResponse(AsyncAPIResource):
    """``client.workspaces.service_tokens.with_raw_response``: every method returns the ApiResult."""

    async def list(
        self,
        workspace_id: str,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListWorkspaceServiceTokensResponse, ErrorResponse]:
        """``GET /v1/workspaces/{workspaceId}/service-tokens``: like :meth:`AsyncWorkspaceServiceTokensResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "GET",
            "/v1/workspaces/{workspaceId}/service-tokens",
            params={"path": {"workspaceId": workspace_id}, "query": {"cursor": cursor, "limit": limit}},
            headers=extra_headers,
            timeout=timeout,
        )

    async def create(
        self,
        workspace_id: str,
        *,
        name: str,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[CreateWorkspaceServiceTokenResponse, ErrorResponse]:
        """``POST /v1/workspaces/{workspaceId}/service-tokens``: like :meth:`AsyncWorkspaceServiceTokensResource.create`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "POST",
            "/v1/workspaces/{workspaceId}/service-tokens",
            params={"path": {"workspaceId": workspace_id}},
            body=body_of({"name": name}),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )

    async def delete(
        self,
        workspace_id: str,
        service_token_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[None, ErrorResponse]:
        """``DELETE /v1/workspaces/{workspaceId}/service-tokens/{serviceTokenId}``: like :meth:`AsyncWorkspaceServiceTokensResource.delete`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "DELETE",
            "/v1/workspaces/{workspaceId}/service-tokens/{serviceTokenId}",
            params={"path": {"workspaceId": workspace_id, "serviceTokenId": service_token_id}},
            headers=extra_headers,
            timeout=timeout,
        )


class AsyncWorkspaceServiceTokensResource(AsyncAPIResource):
    """``client.workspaces.service_tokens``: ``/v1/workspaces/{workspaceId}/service-tokens``, ``/v1/workspaces/{workspaceId}/service-tokens/{serviceTokenId}``"""

    @cached_property
    def with_raw_response(self) -> AsyncWorkspaceServiceTokensResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return AsyncWorkspaceServiceTokensResourceWithRawResponse(self._client)

    def list(
        self,
        workspace_id: str,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> AsyncPager[WorkspaceServiceToken, ListWorkspaceServiceTokensResponse]:
        """List service tokens

        Returns the service tokens for the given workspace, newest first.

        ``GET /v1/workspaces/{workspaceId}/service-tokens``

        Returns a pager: iterate it for the items of every page, fetched as needed; ``.iter_pages()`` for whole pages."""
        return AsyncPager(
            lambda next_cursor: self.with_raw_response.list(
                workspace_id, cursor=next_cursor, limit=limit, extra_headers=extra_headers, timeout=timeout
            ),
            cursor=cursor,
            follows=True,
        )

    async def create(
        self,
        workspace_id: str,
        *,
        name: str,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ServiceToken:
        """Create service token

        Creates a new service token for the given workspace. The `value` field is returned exactly once in this response and is never stored — copy it immediately.

        ``POST /v1/workspaces/{workspaceId}/service-tokens``"""
        return unwrap_data(
            await self.with_raw_response.create(
                workspace_id, name=name, extra_headers=extra_headers, timeout=timeout, idempotent=idempotent
            )
        )

    async def delete(
        self,
        workspace_id: str,
        service_token_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> None:
        """Delete service token

        Revokes the service token with the given ID by deleting it.

        ``DELETE /v1/workspaces/{workspaceId}/service-tokens/{serviceTokenId}``"""
        raise_for_status(
            await self.with_raw_response.delete(
                workspace_id, service_token_id, extra_headers=extra_headers, timeout=timeout
            )
        )


class AsyncWorkspaceSubscriptionResourceWithRawResponse(AsyncAPIResource):
    """``client.workspaces.subscription.with_raw_response``: every method returns the ApiResult."""

    async def retrieve(
        self,
        workspace_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[GetWorkspaceSubscriptionResponse, ErrorResponse]:
        """``GET /v1/workspaces/{id}/subscription``: like :meth:`AsyncWorkspaceSubscriptionResource.retrieve`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "GET",
            "/v1/workspaces/{id}/subscription",
            params={"path": {"id": workspace_id}},
            headers=extra_headers,
            timeout=timeout,
        )


class AsyncWorkspaceSubscriptionResource(AsyncAPIResource):
    """``client.workspaces.subscription``: ``/v1/workspaces/{id}/subscription``"""

    @cached_property
    def with_raw_response(self) -> AsyncWorkspaceSubscriptionResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return AsyncWorkspaceSubscriptionResourceWithRawResponse(self._client)

    async def retrieve(
        self,
        workspace_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> WorkspaceSubscription:
        """Get workspace subscription

        Returns subscription information for the workspace with the given ID.

        ``GET /v1/workspaces/{id}/subscription``"""
        return unwrap_data(
            await self.with_raw_response.retrieve(workspace_id, extra_headers=extra_headers, timeout=timeout)
        )


__all__ = [
    "AsyncWorkspaceIntegrationsResource",
    "AsyncWorkspaceIntegrationsResourceWithRawResponse",
    "AsyncWorkspaceServiceTokensResource",
    "AsyncWorkspaceServiceTokensResourceWithRawResponse",
    "AsyncWorkspaceSubscriptionResource",
    "AsyncWorkspaceSubscriptionResourceWithRawResponse",
    "AsyncWorkspacesResource",
    "AsyncWorkspacesResourceWithRawResponse",
    "WorkspaceIntegrationsResource",
    "WorkspaceIntegrationsResourceWithRawResponse",
    "WorkspaceServiceTokensResource",
    "WorkspaceServiceTokensResourceWithRawResponse",
    "WorkspaceSubscriptionResource",
    "WorkspaceSubscriptionResourceWithRawResponse",
    "WorkspacesResource",
    "WorkspacesResourceWithRawResponse",
]
