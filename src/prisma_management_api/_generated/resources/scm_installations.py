"""``client.scm_installations`` and its sub-namespaces, sync and async. See ``resources/__init__.py``.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Literal

from ..._pagination import AsyncPager, SyncPager
from ..._resource import NOT_GIVEN, AsyncAPIResource, NotGiven, SyncAPIResource, body_of, unwrap_data
from ..._result import ApiResult
from ..._types import HeadersArg, TimeoutArg

if TYPE_CHECKING:
    from ..params import *
    from ..types import *


class ScmInstallationsResourceWithRawResponse(SyncAPIResource):
    """``client.scm_installations.with_raw_response``: every method returns the ApiResult."""

    def list(
        self,
        *,
        workspace_id: str,
        cursor: str | None = None,
        limit: float | None = None,
        repository: str | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListScmInstallationsResponse, ErrorResponse]:
        """``GET /v1/scm-installations``: like :meth:`ScmInstallationsResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "GET",
            "/v1/scm-installations",
            params={
                "query": {
                    "workspaceId": workspace_id,
                    "cursor": cursor,
                    "limit": limit,
                    "repository": repository,
                }
            },
            headers=extra_headers,
            timeout=timeout,
        )


class ScmInstallationsResource(SyncAPIResource):
    """``client.scm_installations``: ``/v1/scm-installations``"""

    @cached_property
    def with_raw_response(self) -> ScmInstallationsResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return ScmInstallationsResourceWithRawResponse(self._client)

    @cached_property
    def install_intents(self) -> ScmInstallationInstallIntentsResource:
        """``client.scm_installations.install_intents``"""
        return ScmInstallationInstallIntentsResource(self._client)

    @cached_property
    def repositories(self) -> ScmInstallationRepositoriesResource:
        """``client.scm_installations.repositories``"""
        return ScmInstallationRepositoriesResource(self._client)

    def list(
        self,
        *,
        workspace_id: str,
        cursor: str | None = None,
        limit: float | None = None,
        repository: str | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> SyncPager[ScmInstallation, ListScmInstallationsResponse]:
        """List SCM installations for a workspace

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Lists active SCM installations connected to the given workspace.

        ``GET /v1/scm-installations``

        Returns a pager: iterate it for the items of every page, fetched as needed; ``.iter_pages()`` for whole pages."""
        return SyncPager(
            lambda next_cursor: self.with_raw_response.list(
                workspace_id=workspace_id,
                cursor=next_cursor,
                limit=limit,
                repository=repository,
                extra_headers=extra_headers,
                timeout=timeout,
            ),
            cursor=cursor,
            follows=True,
        )


class ScmInstallationInstallIntentsResourceWithRawResponse(SyncAPIResource):
    """``client.scm_installations.install_intents.with_raw_response``: every method returns the ApiResult."""

    def create(
        self,
        *,
        provider: Literal["github"],
        workspace_id: str,
        repository: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[CreateScmInstallIntentResponse, ErrorResponse]:
        """``POST /v1/scm-installations/install-intents``: like :meth:`ScmInstallationInstallIntentsResource.create`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "POST",
            "/v1/scm-installations/install-intents",
            body=body_of({"provider": provider, "workspaceId": workspace_id, "repository": repository}),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )


class ScmInstallationInstallIntentsResource(SyncAPIResource):
    """``client.scm_installations.install_intents``: ``/v1/scm-installations/install-intents``"""

    @cached_property
    def with_raw_response(self) -> ScmInstallationInstallIntentsResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return ScmInstallationInstallIntentsResourceWithRawResponse(self._client)

    def create(
        self,
        *,
        provider: Literal["github"],
        workspace_id: str,
        repository: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ScmInstallIntent:
        """Create an SCM App installation intent

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Creates an installation intent for the given workspace. If an existing installation can be proven to belong to the caller it is linked immediately (`alreadyLinked`); otherwise the response carries a URL the user opens to install the SCM app. Pass `repository` (owner/name) so an installation that already covers it but cannot be linked automatically is detected and explained in `hint`. Currently only `github` is supported.

        ``POST /v1/scm-installations/install-intents``"""
        return unwrap_data(
            self.with_raw_response.create(
                provider=provider,
                workspace_id=workspace_id,
                repository=repository,
                extra_headers=extra_headers,
                timeout=timeout,
                idempotent=idempotent,
            )
        )


class ScmInstallationRepositoriesResourceWithRawResponse(SyncAPIResource):
    """``client.scm_installations.repositories.with_raw_response``: every method returns the ApiResult."""

    def list(
        self,
        installation_id: str,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListScmInstallationRepositoriesResponse, ErrorResponse]:
        """``GET /v1/scm-installations/{installationId}/repositories``: like :meth:`ScmInstallationRepositoriesResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "GET",
            "/v1/scm-installations/{installationId}/repositories",
            params={"path": {"installationId": installation_id}, "query": {"cursor": cursor, "limit": limit}},
            headers=extra_headers,
            timeout=timeout,
        )


class ScmInstallationRepositoriesResource(SyncAPIResource):
    """``client.scm_installations.repositories``: ``/v1/scm-installations/{installationId}/repositories``"""

    @cached_property
    def with_raw_response(self) -> ScmInstallationRepositoriesResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return ScmInstallationRepositoriesResourceWithRawResponse(self._client)

    def list(
        self,
        installation_id: str,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> SyncPager[ScmInstallationRepository, ListScmInstallationRepositoriesResponse]:
        """List repositories accessible to an SCM installation

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Lists repositories accessible to the given SCM installation.

        ``GET /v1/scm-installations/{installationId}/repositories``

        Returns a pager: iterate it for the items of every page, fetched as needed; ``.iter_pages()`` for whole pages."""
        return SyncPager(
            lambda next_cursor: self.with_raw_response.list(
                installation_id, cursor=next_cursor, limit=limit, extra_headers=extra_headers, timeout=timeout
            ),
            cursor=cursor,
            follows=True,
        )


class AsyncScmInstallationsResourceWithRawResponse(AsyncAPIResource):
    """``client.scm_installations.with_raw_response``: every method returns the ApiResult."""

    async def list(
        self,
        *,
        workspace_id: str,
        cursor: str | None = None,
        limit: float | None = None,
        repository: str | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListScmInstallationsResponse, ErrorResponse]:
        """``GET /v1/scm-installations``: like :meth:`AsyncScmInstallationsResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "GET",
            "/v1/scm-installations",
            params={
                "query": {
                    "workspaceId": workspace_id,
                    "cursor": cursor,
                    "limit": limit,
                    "repository": repository,
                }
            },
            headers=extra_headers,
            timeout=timeout,
        )


class AsyncScmInstallationsResource(AsyncAPIResource):
    """``client.scm_installations``: ``/v1/scm-installations``"""

    @cached_property
    def with_raw_response(self) -> AsyncScmInstallationsResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return AsyncScmInstallationsResourceWithRawResponse(self._client)

    @cached_property
    def install_intents(self) -> AsyncScmInstallationInstallIntentsResource:
        """``client.scm_installations.install_intents``"""
        return AsyncScmInstallationInstallIntentsResource(self._client)

    @cached_property
    def repositories(self) -> AsyncScmInstallationRepositoriesResource:
        """``client.scm_installations.repositories``"""
        return AsyncScmInstallationRepositoriesResource(self._client)

    def list(
        self,
        *,
        workspace_id: str,
        cursor: str | None = None,
        limit: float | None = None,
        repository: str | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> AsyncPager[ScmInstallation, ListScmInstallationsResponse]:
        """List SCM installations for a workspace

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Lists active SCM installations connected to the given workspace.

        ``GET /v1/scm-installations``

        Returns a pager: iterate it for the items of every page, fetched as needed; ``.iter_pages()`` for whole pages."""
        return AsyncPager(
            lambda next_cursor: self.with_raw_response.list(
                workspace_id=workspace_id,
                cursor=next_cursor,
                limit=limit,
                repository=repository,
                extra_headers=extra_headers,
                timeout=timeout,
            ),
            cursor=cursor,
            follows=True,
        )


class AsyncScmInstallationInstallIntentsResourceWithRawResponse(AsyncAPIResource):
    """``client.scm_installations.install_intents.with_raw_response``: every method returns the ApiResult."""

    async def create(
        self,
        *,
        provider: Literal["github"],
        workspace_id: str,
        repository: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[CreateScmInstallIntentResponse, ErrorResponse]:
        """``POST /v1/scm-installations/install-intents``: like :meth:`AsyncScmInstallationInstallIntentsResource.create`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "POST",
            "/v1/scm-installations/install-intents",
            body=body_of({"provider": provider, "workspaceId": workspace_id, "repository": repository}),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )


class AsyncScmInstallationInstallIntentsResource(AsyncAPIResource):
    """``client.scm_installations.install_intents``: ``/v1/scm-installations/install-intents``"""

    @cached_property
    def with_raw_response(self) -> AsyncScmInstallationInstallIntentsResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return AsyncScmInstallationInstallIntentsResourceWithRawResponse(self._client)

    async def create(
        self,
        *,
        provider: Literal["github"],
        workspace_id: str,
        repository: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ScmInstallIntent:
        """Create an SCM App installation intent

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Creates an installation intent for the given workspace. If an existing installation can be proven to belong to the caller it is linked immediately (`alreadyLinked`); otherwise the response carries a URL the user opens to install the SCM app. Pass `repository` (owner/name) so an installation that already covers it but cannot be linked automatically is detected and explained in `hint`. Currently only `github` is supported.

        ``POST /v1/scm-installations/install-intents``"""
        return unwrap_data(
            await self.with_raw_response.create(
                provider=provider,
                workspace_id=workspace_id,
                repository=repository,
                extra_headers=extra_headers,
                timeout=timeout,
                idempotent=idempotent,
            )
        )


class AsyncScmInstallationRepositoriesResourceWithRawResponse(AsyncAPIResource):
    """``client.scm_installations.repositories.with_raw_response``: every method returns the ApiResult."""

    async def list(
        self,
        installation_id: str,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListScmInstallationRepositoriesResponse, ErrorResponse]:
        """``GET /v1/scm-installations/{installationId}/repositories``: like :meth:`AsyncScmInstallationRepositoriesResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "GET",
            "/v1/scm-installations/{installationId}/repositories",
            params={"path": {"installationId": installation_id}, "query": {"cursor": cursor, "limit": limit}},
            headers=extra_headers,
            timeout=timeout,
        )


class AsyncScmInstallationRepositoriesResource(AsyncAPIResource):
    """``client.scm_installations.repositories``: ``/v1/scm-installations/{installationId}/repositories``"""

    @cached_property
    def with_raw_response(self) -> AsyncScmInstallationRepositoriesResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return AsyncScmInstallationRepositoriesResourceWithRawResponse(self._client)

    def list(
        self,
        installation_id: str,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> AsyncPager[ScmInstallationRepository, ListScmInstallationRepositoriesResponse]:
        """List repositories accessible to an SCM installation

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Lists repositories accessible to the given SCM installation.

        ``GET /v1/scm-installations/{installationId}/repositories``

        Returns a pager: iterate it for the items of every page, fetched as needed; ``.iter_pages()`` for whole pages."""
        return AsyncPager(
            lambda next_cursor: self.with_raw_response.list(
                installation_id, cursor=next_cursor, limit=limit, extra_headers=extra_headers, timeout=timeout
            ),
            cursor=cursor,
            follows=True,
        )


__all__ = [
    "AsyncScmInstallationInstallIntentsResource",
    "AsyncScmInstallationInstallIntentsResourceWithRawResponse",
    "AsyncScmInstallationRepositoriesResource",
    "AsyncScmInstallationRepositoriesResourceWithRawResponse",
    "AsyncScmInstallationsResource",
    "AsyncScmInstallationsResourceWithRawResponse",
    "ScmInstallationInstallIntentsResource",
    "ScmInstallationInstallIntentsResourceWithRawResponse",
    "ScmInstallationRepositoriesResource",
    "ScmInstallationRepositoriesResourceWithRawResponse",
    "ScmInstallationsResource",
    "ScmInstallationsResourceWithRawResponse",
]
