"""``client.source_repositories`` and its sub-namespaces, sync and async. See ``resources/__init__.py``.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Literal

from ..._pagination import AsyncPager, SyncPager
from ..._resource import (
    NOT_GIVEN,
    AsyncAPIResource,
    NotGiven,
    SyncAPIResource,
    body_of,
    raise_for_status,
    unwrap,
)
from ..._result import ApiResult
from ..._types import HeadersArg, TimeoutArg

if TYPE_CHECKING:
    from ..params import *
    from ..types import *


class SourceRepositoriesResourceWithRawResponse(SyncAPIResource):
    """``client.source_repositories.with_raw_response``: every method returns the ApiResult."""

    def list(
        self,
        *,
        project_id: str,
        cursor: str | None = None,
        limit: float | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListSourceRepositoriesResponse, ErrorResponse]:
        """``GET /v1/source-repositories``: like :meth:`SourceRepositoriesResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "GET",
            "/v1/source-repositories",
            params={"query": {"projectId": project_id, "cursor": cursor, "limit": limit}},
            headers=extra_headers,
            timeout=timeout,
        )

    def create(
        self,
        *,
        project_id: str,
        provider: Literal["github"],
        provider_repository_id: float,
        installation_id: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[GetSourceRepositoryResponse, ErrorResponse]:
        """``POST /v1/source-repositories``: like :meth:`SourceRepositoriesResource.create`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "POST",
            "/v1/source-repositories",
            body=body_of(
                {
                    "projectId": project_id,
                    "provider": provider,
                    "providerRepositoryId": provider_repository_id,
                    "installationId": installation_id,
                }
            ),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )

    def retrieve(
        self,
        source_repository_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[GetSourceRepositoryResponse, ErrorResponse]:
        """``GET /v1/source-repositories/{id}``: like :meth:`SourceRepositoriesResource.retrieve`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "GET",
            "/v1/source-repositories/{id}",
            params={"path": {"id": source_repository_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    def delete(
        self,
        source_repository_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[None, ErrorResponse]:
        """``DELETE /v1/source-repositories/{id}``: like :meth:`SourceRepositoriesResource.delete`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "DELETE",
            "/v1/source-repositories/{id}",
            params={"path": {"id": source_repository_id}},
            headers=extra_headers,
            timeout=timeout,
        )


class SourceRepositoriesResource(SyncAPIResource):
    """``client.source_repositories``: ``/v1/source-repositories``, ``/v1/source-repositories/{id}``"""

    @cached_property
    def with_raw_response(self) -> SourceRepositoriesResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return SourceRepositoriesResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        project_id: str,
        cursor: str | None = None,
        limit: float | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> SyncPager[SourceRepository, ListSourceRepositoriesResponse]:
        """List source repositories

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Returns source repositories linked to a project. Requires projectId query parameter.

        ``GET /v1/source-repositories``

        Returns a pager: iterate it for the items of every page, fetched as needed; ``.iter_pages()`` for whole pages."""
        return SyncPager(
            lambda next_cursor: self.with_raw_response.list(
                project_id=project_id,
                cursor=next_cursor,
                limit=limit,
                extra_headers=extra_headers,
                timeout=timeout,
            ),
            cursor=cursor,
            follows=True,
        )

    def create(
        self,
        *,
        project_id: str,
        provider: Literal["github"],
        provider_repository_id: float,
        installation_id: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> GetSourceRepositoryResponse:
        """Link a source repository to a project

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Links a GitHub repository to a Prisma project via an existing SCM installation.

        ``POST /v1/source-repositories``

        Args:
            installation_id: Optional SCM installation ID to use for linking. When omitted, the API auto-picks the workspace's installation."""
        return unwrap(
            self.with_raw_response.create(
                project_id=project_id,
                provider=provider,
                provider_repository_id=provider_repository_id,
                installation_id=installation_id,
                extra_headers=extra_headers,
                timeout=timeout,
                idempotent=idempotent,
            )
        )

    def retrieve(
        self,
        source_repository_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> GetSourceRepositoryResponse:
        """Get a source repository

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Returns a single source repository link by ID.

        ``GET /v1/source-repositories/{id}``"""
        return unwrap(
            self.with_raw_response.retrieve(
                source_repository_id, extra_headers=extra_headers, timeout=timeout
            )
        )

    def delete(
        self,
        source_repository_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> None:
        """Disconnect a source repository

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Disconnects the source repository link. Existing branches and their attached resources are preserved.

        ``DELETE /v1/source-repositories/{id}``"""
        raise_for_status(
            self.with_raw_response.delete(source_repository_id, extra_headers=extra_headers, timeout=timeout)
        )


class AsyncSourceRepositoriesResourceWithRawResponse(AsyncAPIResource):
    """``client.source_repositories.with_raw_response``: every method returns the ApiResult."""

    async def list(
        self,
        *,
        project_id: str,
        cursor: str | None = None,
        limit: float | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListSourceRepositoriesResponse, ErrorResponse]:
        """``GET /v1/source-repositories``: like :meth:`AsyncSourceRepositoriesResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "GET",
            "/v1/source-repositories",
            params={"query": {"projectId": project_id, "cursor": cursor, "limit": limit}},
            headers=extra_headers,
            timeout=timeout,
        )

    async def create(
        self,
        *,
        project_id: str,
        provider: Literal["github"],
        provider_repository_id: float,
        installation_id: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[GetSourceRepositoryResponse, ErrorResponse]:
        """``POST /v1/source-repositories``: like :meth:`AsyncSourceRepositoriesResource.create`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "POST",
            "/v1/source-repositories",
            body=body_of(
                {
                    "projectId": project_id,
                    "provider": provider,
                    "providerRepositoryId": provider_repository_id,
                    "installationId": installation_id,
                }
            ),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )

    async def retrieve(
        self,
        source_repository_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[GetSourceRepositoryResponse, ErrorResponse]:
        """``GET /v1/source-repositories/{id}``: like :meth:`AsyncSourceRepositoriesResource.retrieve`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "GET",
            "/v1/source-repositories/{id}",
            params={"path": {"id": source_repository_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    async def delete(
        self,
        source_repository_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[None, ErrorResponse]:
        """``DELETE /v1/source-repositories/{id}``: like :meth:`AsyncSourceRepositoriesResource.delete`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "DELETE",
            "/v1/source-repositories/{id}",
            params={"path": {"id": source_repository_id}},
            headers=extra_headers,
            timeout=timeout,
        )


class AsyncSourceRepositoriesResource(AsyncAPIResource):
    """``client.source_repositories``: ``/v1/source-repositories``, ``/v1/source-repositories/{id}``"""

    @cached_property
    def with_raw_response(self) -> AsyncSourceRepositoriesResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return AsyncSourceRepositoriesResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        project_id: str,
        cursor: str | None = None,
        limit: float | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> AsyncPager[SourceRepository, ListSourceRepositoriesResponse]:
        """List source repositories

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Returns source repositories linked to a project. Requires projectId query parameter.

        ``GET /v1/source-repositories``

        Returns a pager: iterate it for the items of every page, fetched as needed; ``.iter_pages()`` for whole pages."""
        return AsyncPager(
            lambda next_cursor: self.with_raw_response.list(
                project_id=project_id,
                cursor=next_cursor,
                limit=limit,
                extra_headers=extra_headers,
                timeout=timeout,
            ),
            cursor=cursor,
            follows=True,
        )

    async def create(
        self,
        *,
        project_id: str,
        provider: Literal["github"],
        provider_repository_id: float,
        installation_id: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> GetSourceRepositoryResponse:
        """Link a source repository to a project

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Links a GitHub repository to a Prisma project via an existing SCM installation.

        ``POST /v1/source-repositories``

        Args:
            installation_id: Optional SCM installation ID to use for linking. When omitted, the API auto-picks the workspace's installation."""
        return unwrap(
            await self.with_raw_response.create(
                project_id=project_id,
                provider=provider,
                provider_repository_id=provider_repository_id,
                installation_id=installation_id,
                extra_headers=extra_headers,
                timeout=timeout,
                idempotent=idempotent,
            )
        )

    async def retrieve(
        self,
        source_repository_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> GetSourceRepositoryResponse:
        """Get a source repository

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Returns a single source repository link by ID.

        ``GET /v1/source-repositories/{id}``"""
        return unwrap(
            await self.with_raw_response.retrieve(
                source_repository_id, extra_headers=extra_headers, timeout=timeout
            )
        )

    async def delete(
        self,
        source_repository_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> None:
        """Disconnect a source repository

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Disconnects the source repository link. Existing branches and their attached resources are preserved.

        ``DELETE /v1/source-repositories/{id}``"""
        raise_for_status(
            await self.with_raw_response.delete(
                source_repository_id, extra_headers=extra_headers, timeout=timeout
            )
        )


__all__ = [
    "AsyncSourceRepositoriesResource",
    "AsyncSourceRepositoriesResourceWithRawResponse",
    "SourceRepositoriesResource",
    "SourceRepositoriesResourceWithRawResponse",
]
