"""``client.apps`` and its sub-namespaces, sync and async. See ``resources/__init__.py``.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Literal

from typing_extensions import deprecated

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


class AppsResourceWithRawResponse(SyncAPIResource):
    """``client.apps.with_raw_response``: every method returns the ApiResult."""

    def _list(
        self,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        project_id: str | None = None,
        logical_id: str | None = None,
        branch_id: Literal["unassigned"] | str | None = None,
        branch_git_name: str | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListAppsResponse, ErrorResponse]:
        return self._client.request(
            "GET",
            "/v1/apps",
            params={
                "query": {
                    "cursor": cursor,
                    "limit": limit,
                    "projectId": project_id,
                    "logicalId": logical_id,
                    "branchId": branch_id,
                    "branchGitName": branch_git_name,
                }
            },
            headers=extra_headers,
            timeout=timeout,
        )

    @deprecated(
        "client.apps.list() is deprecated (GET /v1/apps is deprecated by the API): use client.services.list() instead"
    )
    def list(
        self,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        project_id: str | None = None,
        logical_id: str | None = None,
        branch_id: Literal["unassigned"] | str | None = None,
        branch_git_name: str | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListAppsResponse, ErrorResponse]:
        """``GET /v1/apps``: like :meth:`AppsResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._list(
            cursor=cursor,
            limit=limit,
            project_id=project_id,
            logical_id=logical_id,
            branch_id=branch_id,
            branch_git_name=branch_git_name,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def _create(
        self,
        *,
        display_name: str,
        project_id: str,
        region_id: Literal[
            "us-east-1", "us-west-1", "eu-west-3", "eu-central-1", "ap-northeast-1", "ap-southeast-1"
        ]
        | NotGiven = NOT_GIVEN,
        branch_id: str | NotGiven | None = NOT_GIVEN,
        branch_git_name: str | NotGiven | None = NOT_GIVEN,
        logical_id: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[GetAppResponse, ErrorResponse | CreateAppErrorResponse]:
        return self._client.request(
            "POST",
            "/v1/apps",
            body=body_of(
                {
                    "displayName": display_name,
                    "projectId": project_id,
                    "regionId": region_id,
                    "branchId": branch_id,
                    "branchGitName": branch_git_name,
                    "logicalId": logical_id,
                }
            ),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )

    @deprecated(
        "client.apps.create() is deprecated (POST /v1/apps is deprecated by the API): use client.services.create() instead"
    )
    def create(
        self,
        *,
        display_name: str,
        project_id: str,
        region_id: Literal[
            "us-east-1", "us-west-1", "eu-west-3", "eu-central-1", "ap-northeast-1", "ap-southeast-1"
        ]
        | NotGiven = NOT_GIVEN,
        branch_id: str | NotGiven | None = NOT_GIVEN,
        branch_git_name: str | NotGiven | None = NOT_GIVEN,
        logical_id: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[GetAppResponse, ErrorResponse | CreateAppErrorResponse]:
        """``POST /v1/apps``: like :meth:`AppsResource.create`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._create(
            display_name=display_name,
            project_id=project_id,
            region_id=region_id,
            branch_id=branch_id,
            branch_git_name=branch_git_name,
            logical_id=logical_id,
            extra_headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )

    def _retrieve(
        self,
        app_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[GetAppResponse, ErrorResponse]:
        return self._client.request(
            "GET",
            "/v1/apps/{appId}",
            params={"path": {"appId": app_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    @deprecated(
        "client.apps.retrieve() is deprecated (GET /v1/apps/{appId} is deprecated by the API): use client.services.retrieve() instead"
    )
    def retrieve(
        self,
        app_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[GetAppResponse, ErrorResponse]:
        """``GET /v1/apps/{appId}``: like :meth:`AppsResource.retrieve`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._retrieve(app_id, extra_headers=extra_headers, timeout=timeout)

    def _delete(
        self,
        app_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[None, ErrorResponse]:
        return self._client.request(
            "DELETE",
            "/v1/apps/{appId}",
            params={"path": {"appId": app_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    @deprecated(
        "client.apps.delete() is deprecated (DELETE /v1/apps/{appId} is deprecated by the API): use client.services.delete() instead"
    )
    def delete(
        self,
        app_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[None, ErrorResponse]:
        """``DELETE /v1/apps/{appId}``: like :meth:`AppsResource.delete`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._delete(app_id, extra_headers=extra_headers, timeout=timeout)

    def _update(
        self,
        app_id: str,
        *,
        display_name: str | NotGiven = NOT_GIVEN,
        logical_id: str | NotGiven = NOT_GIVEN,
        branch_id: str | NotGiven | None = NOT_GIVEN,
        branch_git_name: str | NotGiven | None = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[GetAppResponse, ErrorResponse]:
        return self._client.request(
            "PATCH",
            "/v1/apps/{appId}",
            params={"path": {"appId": app_id}},
            body=body_of(
                {
                    "displayName": display_name,
                    "logicalId": logical_id,
                    "branchId": branch_id,
                    "branchGitName": branch_git_name,
                }
            ),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )

    @deprecated(
        "client.apps.update() is deprecated (PATCH /v1/apps/{appId} is deprecated by the API): use client.services.update() instead"
    )
    def update(
        self,
        app_id: str,
        *,
        display_name: str | NotGiven = NOT_GIVEN,
        logical_id: str | NotGiven = NOT_GIVEN,
        branch_id: str | NotGiven | None = NOT_GIVEN,
        branch_git_name: str | NotGiven | None = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[GetAppResponse, ErrorResponse]:
        """``PATCH /v1/apps/{appId}``: like :meth:`AppsResource.update`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._update(
            app_id,
            display_name=display_name,
            logical_id=logical_id,
            branch_id=branch_id,
            branch_git_name=branch_git_name,
            extra_headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )

    def _promote(
        self,
        app_id: str,
        *,
        deployment_id: str | NotGiven = NOT_GIVEN,
        version_id: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[PromoteAppResponse, ErrorResponse]:
        return self._client.request(
            "POST",
            "/v1/apps/{appId}/promote",
            params={"path": {"appId": app_id}},
            body=body_of({"deploymentId": deployment_id, "versionId": version_id}),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )

    @deprecated(
        "client.apps.promote() is deprecated (POST /v1/apps/{appId}/promote is deprecated by the API): use client.services.promote() instead"
    )
    def promote(
        self,
        app_id: str,
        *,
        deployment_id: str | NotGiven = NOT_GIVEN,
        version_id: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[PromoteAppResponse, ErrorResponse]:
        """``POST /v1/apps/{appId}/promote``: like :meth:`AppsResource.promote`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._promote(
            app_id,
            deployment_id=deployment_id,
            version_id=version_id,
            extra_headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )

    def _rollback(
        self,
        app_id: str,
        *,
        deployment_id: str | NotGiven = NOT_GIVEN,
        version_id: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[PromoteAppResponse, ErrorResponse]:
        return self._client.request(
            "POST",
            "/v1/apps/{appId}/rollback",
            params={"path": {"appId": app_id}},
            body=body_of({"deploymentId": deployment_id, "versionId": version_id}),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )

    @deprecated(
        "client.apps.rollback() is deprecated (POST /v1/apps/{appId}/rollback is deprecated by the API): use client.services.rollback() instead"
    )
    def rollback(
        self,
        app_id: str,
        *,
        deployment_id: str | NotGiven = NOT_GIVEN,
        version_id: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[PromoteAppResponse, ErrorResponse]:
        """``POST /v1/apps/{appId}/rollback``: like :meth:`AppsResource.rollback`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._rollback(
            app_id,
            deployment_id=deployment_id,
            version_id=version_id,
            extra_headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )


class AppsResource(SyncAPIResource):
    """``client.apps``: ``/v1/apps``, ``/v1/apps/{appId}``, ``/v1/apps/{appId}/promote``, ``/v1/apps/{appId}/rollback``"""

    @cached_property
    def with_raw_response(self) -> AppsResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return AppsResourceWithRawResponse(self._client)

    @cached_property
    def domains(self) -> AppDomainsResource:
        """``client.apps.domains``"""
        return AppDomainsResource(self._client)

    @cached_property
    def deployments(self) -> AppDeploymentsResource:
        """``client.apps.deployments``"""
        return AppDeploymentsResource(self._client)

    @deprecated(
        "client.apps.list() is deprecated (GET /v1/apps is deprecated by the API): use client.services.list() instead"
    )
    def list(
        self,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        project_id: str | None = None,
        logical_id: str | None = None,
        branch_id: Literal["unassigned"] | str | None = None,
        branch_git_name: str | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> SyncPager[App, ListAppsResponse]:
        """List apps

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Deprecated: use `GET /v1/services` instead.

        Returns all apps the token has access to, ordered by creation time (oldest first). Optionally filter by project ID. Supports cursor-based pagination.

        ``GET /v1/apps``

        Returns a pager: iterate it for the items of every page, fetched as needed; ``.iter_pages()`` for whole pages."""
        return SyncPager(
            lambda next_cursor: self.with_raw_response._list(
                cursor=next_cursor,
                limit=limit,
                project_id=project_id,
                logical_id=logical_id,
                branch_id=branch_id,
                branch_git_name=branch_git_name,
                extra_headers=extra_headers,
                timeout=timeout,
            ),
            cursor=cursor,
            follows=True,
        )

    @deprecated(
        "client.apps.create() is deprecated (POST /v1/apps is deprecated by the API): use client.services.create() instead"
    )
    def create(
        self,
        *,
        display_name: str,
        project_id: str,
        region_id: Literal[
            "us-east-1", "us-west-1", "eu-west-3", "eu-central-1", "ap-northeast-1", "ap-southeast-1"
        ]
        | NotGiven = NOT_GIVEN,
        branch_id: str | NotGiven | None = NOT_GIVEN,
        branch_git_name: str | NotGiven | None = NOT_GIVEN,
        logical_id: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> App:
        """Create app

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Deprecated: use `POST /v1/services` instead.

        Creates a new app under the specified project. The `projectId` is required in the request body. The app is placed in the given region, or the project's default region if omitted (falling back to us-east-1). Returns `409 Conflict` when an app already occupies the slot on the resolved branch, either by name or by `logicalId`; the body includes the existing app's id, name, branch, and logical id, and `conflict` says which attribute clashed. The name is checked first. `logicalId` cannot be combined with `branchGitName`; pass `branchId` instead.

        ``POST /v1/apps``

        Args:
            logical_id: Declared identity of the resource, unique within its branch. Set by the tool that declares the resource."""
        return unwrap_data(
            self.with_raw_response._create(
                display_name=display_name,
                project_id=project_id,
                region_id=region_id,
                branch_id=branch_id,
                branch_git_name=branch_git_name,
                logical_id=logical_id,
                extra_headers=extra_headers,
                timeout=timeout,
                idempotent=idempotent,
            )
        )

    @deprecated(
        "client.apps.retrieve() is deprecated (GET /v1/apps/{appId} is deprecated by the API): use client.services.retrieve() instead"
    )
    def retrieve(
        self,
        app_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> App:
        """Get app

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Deprecated: use `GET /v1/services/{serviceId}` instead.

        Returns an app by ID, including its region and active promoted deployment reference.

        ``GET /v1/apps/{appId}``"""
        return unwrap_data(
            self.with_raw_response._retrieve(app_id, extra_headers=extra_headers, timeout=timeout)
        )

    @deprecated(
        "client.apps.delete() is deprecated (DELETE /v1/apps/{appId} is deprecated by the API): use client.services.delete() instead"
    )
    def delete(
        self,
        app_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> None:
        """Delete app

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Deprecated: use `DELETE /v1/services/{serviceId}` instead.

        Deletes an app. Deployments under the app are deleted before the app is deleted.

        ``DELETE /v1/apps/{appId}``"""
        raise_for_status(self.with_raw_response._delete(app_id, extra_headers=extra_headers, timeout=timeout))

    @deprecated(
        "client.apps.update() is deprecated (PATCH /v1/apps/{appId} is deprecated by the API): use client.services.update() instead"
    )
    def update(
        self,
        app_id: str,
        *,
        display_name: str | NotGiven = NOT_GIVEN,
        logical_id: str | NotGiven = NOT_GIVEN,
        branch_id: str | NotGiven | None = NOT_GIVEN,
        branch_git_name: str | NotGiven | None = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> App:
        """Update app

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Deprecated: use `PATCH /v1/services/{serviceId}` instead.

        Updates the display name, logical id, or branch of an app. `logicalId` cannot be combined with `branchId` or `branchGitName` in one request; move the app first, then set its `logicalId`.

        ``PATCH /v1/apps/{appId}``

        Args:
            logical_id: Declared identity of the resource, unique within its branch. Set by the tool that declares the resource."""
        return unwrap_data(
            self.with_raw_response._update(
                app_id,
                display_name=display_name,
                logical_id=logical_id,
                branch_id=branch_id,
                branch_git_name=branch_git_name,
                extra_headers=extra_headers,
                timeout=timeout,
                idempotent=idempotent,
            )
        )

    @deprecated(
        "client.apps.promote() is deprecated (POST /v1/apps/{appId}/promote is deprecated by the API): use client.services.promote() instead"
    )
    def promote(
        self,
        app_id: str,
        *,
        deployment_id: str | NotGiven = NOT_GIVEN,
        version_id: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> PromoteAppResult:
        """Promote deployment

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Deprecated: use `POST /v1/services/{serviceId}/promote` instead.

        Promotes a deployment to be the active deployment behind the app's stable endpoint. The deployment must be running. Returns the app endpoint domain.

        ``POST /v1/apps/{appId}/promote``

        Args:
            version_id: Deprecated: use `deploymentId` instead. Ignored when `deploymentId` is also present."""
        return unwrap_data(
            self.with_raw_response._promote(
                app_id,
                deployment_id=deployment_id,
                version_id=version_id,
                extra_headers=extra_headers,
                timeout=timeout,
                idempotent=idempotent,
            )
        )

    @deprecated(
        "client.apps.rollback() is deprecated (POST /v1/apps/{appId}/rollback is deprecated by the API): use client.services.rollback() instead"
    )
    def rollback(
        self,
        app_id: str,
        *,
        deployment_id: str | NotGiven = NOT_GIVEN,
        version_id: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> PromoteAppResult:
        """Roll an app back to an existing deployment

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Deprecated: use `POST /v1/services/{serviceId}/rollback` instead.

        Makes any eligible existing deployment live behind the app's stable endpoint (rollback or roll-forward). Unlike promote, a stopped target is started and waited until it is running before the endpoint is switched, so the currently-live deployment keeps serving with zero downtime. Returns the app endpoint domain.

        ``POST /v1/apps/{appId}/rollback``

        Args:
            version_id: Deprecated: use `deploymentId` instead. Ignored when `deploymentId` is also present."""
        return unwrap_data(
            self.with_raw_response._rollback(
                app_id,
                deployment_id=deployment_id,
                version_id=version_id,
                extra_headers=extra_headers,
                timeout=timeout,
                idempotent=idempotent,
            )
        )


class AppDomainsResourceWithRawResponse(SyncAPIResource):
    """``client.apps.domains.with_raw_response``: every method returns the ApiResult."""

    def _list(
        self,
        app_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListAppDomainsResponse, ErrorResponse]:
        return self._client.request(
            "GET",
            "/v1/apps/{appId}/domains",
            params={"path": {"appId": app_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    @deprecated(
        "client.apps.domains.list() is deprecated (GET /v1/apps/{appId}/domains is deprecated by the API): use client.services.domains.list() instead"
    )
    def list(
        self,
        app_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListAppDomainsResponse, ErrorResponse]:
        """``GET /v1/apps/{appId}/domains``: like :meth:`AppDomainsResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._list(app_id, extra_headers=extra_headers, timeout=timeout)

    def _create(
        self,
        app_id: str,
        *,
        hostname: str,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[GetDomainResponse, ErrorResponse]:
        return self._client.request(
            "POST",
            "/v1/apps/{appId}/domains",
            params={"path": {"appId": app_id}},
            body=body_of({"hostname": hostname}),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )

    @deprecated(
        "client.apps.domains.create() is deprecated (POST /v1/apps/{appId}/domains is deprecated by the API): use client.services.domains.create() instead"
    )
    def create(
        self,
        app_id: str,
        *,
        hostname: str,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[GetDomainResponse, ErrorResponse]:
        """``POST /v1/apps/{appId}/domains``: like :meth:`AppDomainsResource.create`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._create(
            app_id, hostname=hostname, extra_headers=extra_headers, timeout=timeout, idempotent=idempotent
        )


class AppDomainsResource(SyncAPIResource):
    """``client.apps.domains``: ``/v1/apps/{appId}/domains``"""

    @cached_property
    def with_raw_response(self) -> AppDomainsResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return AppDomainsResourceWithRawResponse(self._client)

    @deprecated(
        "client.apps.domains.list() is deprecated (GET /v1/apps/{appId}/domains is deprecated by the API): use client.services.domains.list() instead"
    )
    def list(
        self,
        app_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> SyncPager[Domain, ListAppDomainsResponse]:
        """List custom domains for an app

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Deprecated: use `GET /v1/services/{serviceId}/domains` instead.

        Returns all custom domains attached to any deployment of the app. Domains are aggregated across all deployments since Foundry lists per deployment.

        ``GET /v1/apps/{appId}/domains``

        Returns a pager over the single page this operation answers with; ``.iter_pages()`` for whole pages."""
        return SyncPager(
            lambda next_cursor: self.with_raw_response._list(
                app_id, extra_headers=extra_headers, timeout=timeout
            ),
            cursor=None,
            follows=False,
        )

    @deprecated(
        "client.apps.domains.create() is deprecated (POST /v1/apps/{appId}/domains is deprecated by the API): use client.services.domains.create() instead"
    )
    def create(
        self,
        app_id: str,
        *,
        hostname: str,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> Domain:
        """Create a custom domain

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Deprecated: use `POST /v1/services/{serviceId}/domains` instead.

        Registers a custom hostname for the app. The hostname must CNAME to the regional switchboard target before DNS verification can succeed. Returns 429 if the app has reached its domain quota (default: 3).

        ``POST /v1/apps/{appId}/domains``"""
        return unwrap_data(
            self.with_raw_response._create(
                app_id, hostname=hostname, extra_headers=extra_headers, timeout=timeout, idempotent=idempotent
            )
        )


class AppDeploymentsResourceWithRawResponse(SyncAPIResource):
    """``client.apps.deployments.with_raw_response``: every method returns the ApiResult."""

    def _list(
        self,
        app_id: str,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListAppDeploymentsResponse, ErrorResponse]:
        return self._client.request(
            "GET",
            "/v1/apps/{appId}/deployments",
            params={"path": {"appId": app_id}, "query": {"cursor": cursor, "limit": limit}},
            headers=extra_headers,
            timeout=timeout,
        )

    @deprecated(
        "client.apps.deployments.list() is deprecated (GET /v1/apps/{appId}/deployments is deprecated by the API): use client.services.deployments.list() instead"
    )
    def list(
        self,
        app_id: str,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListAppDeploymentsResponse, ErrorResponse]:
        """``GET /v1/apps/{appId}/deployments``: like :meth:`AppDeploymentsResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._list(app_id, cursor=cursor, limit=limit, extra_headers=extra_headers, timeout=timeout)

    def _create(
        self,
        app_id: str,
        *,
        port_mapping: CreateAppDeploymentBodyPortMapping | NotGiven = NOT_GIVEN,
        skip_code_upload: bool | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[CreateAppDeploymentResponse, ErrorResponse]:
        return self._client.request(
            "POST",
            "/v1/apps/{appId}/deployments",
            params={"path": {"appId": app_id}},
            body=body_of({"portMapping": port_mapping, "skipCodeUpload": skip_code_upload}),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )

    @deprecated(
        "client.apps.deployments.create() is deprecated (POST /v1/apps/{appId}/deployments is deprecated by the API): use client.services.deployments.create() instead"
    )
    def create(
        self,
        app_id: str,
        *,
        port_mapping: CreateAppDeploymentBodyPortMapping | NotGiven = NOT_GIVEN,
        skip_code_upload: bool | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[CreateAppDeploymentResponse, ErrorResponse]:
        """``POST /v1/apps/{appId}/deployments``: like :meth:`AppDeploymentsResource.create`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._create(
            app_id,
            port_mapping=port_mapping,
            skip_code_upload=skip_code_upload,
            extra_headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )


class AppDeploymentsResource(SyncAPIResource):
    """``client.apps.deployments``: ``/v1/apps/{appId}/deployments``"""

    @cached_property
    def with_raw_response(self) -> AppDeploymentsResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return AppDeploymentsResourceWithRawResponse(self._client)

    @deprecated(
        "client.apps.deployments.list() is deprecated (GET /v1/apps/{appId}/deployments is deprecated by the API): use client.services.deployments.list() instead"
    )
    def list(
        self,
        app_id: str,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> SyncPager[AppDeployment, ListAppDeploymentsResponse]:
        """List deployments

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Deprecated: use `GET /v1/services/{serviceId}/deployments` instead.

        Returns all deployments belonging to an app, ordered by creation time (newest first). Supports cursor-based pagination.

        ``GET /v1/apps/{appId}/deployments``

        Returns a pager: iterate it for the items of every page, fetched as needed; ``.iter_pages()`` for whole pages."""
        return SyncPager(
            lambda next_cursor: self.with_raw_response._list(
                app_id, cursor=next_cursor, limit=limit, extra_headers=extra_headers, timeout=timeout
            ),
            cursor=cursor,
            follows=True,
        )

    @deprecated(
        "client.apps.deployments.create() is deprecated (POST /v1/apps/{appId}/deployments is deprecated by the API): use client.services.deployments.create() instead"
    )
    def create(
        self,
        app_id: str,
        *,
        port_mapping: CreateAppDeploymentBodyPortMapping | NotGiven = NOT_GIVEN,
        skip_code_upload: bool | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> CreateAppDeploymentResult:
        """Create deployment

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Deprecated: use `POST /v1/services/{serviceId}/deployments` instead.

        Creates a new deployment under the specified app. Returns a pre-signed upload URL for the artifact unless `skipCodeUpload` is set (which forks the active promoted deployment's artifact). Environment variables are resolved automatically from the app's attached Branch (production-class templates for the production Branch; preview-class templates for preview Branches). Manage env vars via the `/v1/environment-variables` endpoints, not as part of the deploy payload.

        ``POST /v1/apps/{appId}/deployments``"""
        return unwrap_data(
            self.with_raw_response._create(
                app_id,
                port_mapping=port_mapping,
                skip_code_upload=skip_code_upload,
                extra_headers=extra_headers,
                timeout=timeout,
                idempotent=idempotent,
            )
        )


class AsyncAppsResourceWithRawResponse(AsyncAPIResource):
    """``client.apps.with_raw_response``: every method returns the ApiResult."""

    async def _list(
        self,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        project_id: str | None = None,
        logical_id: str | None = None,
        branch_id: Literal["unassigned"] | str | None = None,
        branch_git_name: str | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListAppsResponse, ErrorResponse]:
        return await self._client.request(
            "GET",
            "/v1/apps",
            params={
                "query": {
                    "cursor": cursor,
                    "limit": limit,
                    "projectId": project_id,
                    "logicalId": logical_id,
                    "branchId": branch_id,
                    "branchGitName": branch_git_name,
                }
            },
            headers=extra_headers,
            timeout=timeout,
        )

    @deprecated(
        "client.apps.list() is deprecated (GET /v1/apps is deprecated by the API): use client.services.list() instead"
    )
    async def list(
        self,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        project_id: str | None = None,
        logical_id: str | None = None,
        branch_id: Literal["unassigned"] | str | None = None,
        branch_git_name: str | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListAppsResponse, ErrorResponse]:
        """``GET /v1/apps``: like :meth:`AsyncAppsResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._list(
            cursor=cursor,
            limit=limit,
            project_id=project_id,
            logical_id=logical_id,
            branch_id=branch_id,
            branch_git_name=branch_git_name,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def _create(
        self,
        *,
        display_name: str,
        project_id: str,
        region_id: Literal[
            "us-east-1", "us-west-1", "eu-west-3", "eu-central-1", "ap-northeast-1", "ap-southeast-1"
        ]
        | NotGiven = NOT_GIVEN,
        branch_id: str | NotGiven | None = NOT_GIVEN,
        branch_git_name: str | NotGiven | None = NOT_GIVEN,
        logical_id: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[GetAppResponse, ErrorResponse | CreateAppErrorResponse]:
        return await self._client.request(
            "POST",
            "/v1/apps",
            body=body_of(
                {
                    "displayName": display_name,
                    "projectId": project_id,
                    "regionId": region_id,
                    "branchId": branch_id,
                    "branchGitName": branch_git_name,
                    "logicalId": logical_id,
                }
            ),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )

    @deprecated(
        "client.apps.create() is deprecated (POST /v1/apps is deprecated by the API): use client.services.create() instead"
    )
    async def create(
        self,
        *,
        display_name: str,
        project_id: str,
        region_id: Literal[
            "us-east-1", "us-west-1", "eu-west-3", "eu-central-1", "ap-northeast-1", "ap-southeast-1"
        ]
        | NotGiven = NOT_GIVEN,
        branch_id: str | NotGiven | None = NOT_GIVEN,
        branch_git_name: str | NotGiven | None = NOT_GIVEN,
        logical_id: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[GetAppResponse, ErrorResponse | CreateAppErrorResponse]:
        """``POST /v1/apps``: like :meth:`AsyncAppsResource.create`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._create(
            display_name=display_name,
            project_id=project_id,
            region_id=region_id,
            branch_id=branch_id,
            branch_git_name=branch_git_name,
            logical_id=logical_id,
            extra_headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )

    async def _retrieve(
        self,
        app_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[GetAppResponse, ErrorResponse]:
        return await self._client.request(
            "GET",
            "/v1/apps/{appId}",
            params={"path": {"appId": app_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    @deprecated(
        "client.apps.retrieve() is deprecated (GET /v1/apps/{appId} is deprecated by the API): use client.services.retrieve() instead"
    )
    async def retrieve(
        self,
        app_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[GetAppResponse, ErrorResponse]:
        """``GET /v1/apps/{appId}``: like :meth:`AsyncAppsResource.retrieve`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._retrieve(app_id, extra_headers=extra_headers, timeout=timeout)

    async def _delete(
        self,
        app_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[None, ErrorResponse]:
        return await self._client.request(
            "DELETE",
            "/v1/apps/{appId}",
            params={"path": {"appId": app_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    @deprecated(
        "client.apps.delete() is deprecated (DELETE /v1/apps/{appId} is deprecated by the API): use client.services.delete() instead"
    )
    async def delete(
        self,
        app_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[None, ErrorResponse]:
        """``DELETE /v1/apps/{appId}``: like :meth:`AsyncAppsResource.delete`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._delete(app_id, extra_headers=extra_headers, timeout=timeout)

    async def _update(
        self,
        app_id: str,
        *,
        display_name: str | NotGiven = NOT_GIVEN,
        logical_id: str | NotGiven = NOT_GIVEN,
        branch_id: str | NotGiven | None = NOT_GIVEN,
        branch_git_name: str | NotGiven | None = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[GetAppResponse, ErrorResponse]:
        return await self._client.request(
            "PATCH",
            "/v1/apps/{appId}",
            params={"path": {"appId": app_id}},
            body=body_of(
                {
                    "displayName": display_name,
                    "logicalId": logical_id,
                    "branchId": branch_id,
                    "branchGitName": branch_git_name,
                }
            ),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )

    @deprecated(
        "client.apps.update() is deprecated (PATCH /v1/apps/{appId} is deprecated by the API): use client.services.update() instead"
    )
    async def update(
        self,
        app_id: str,
        *,
        display_name: str | NotGiven = NOT_GIVEN,
        logical_id: str | NotGiven = NOT_GIVEN,
        branch_id: str | NotGiven | None = NOT_GIVEN,
        branch_git_name: str | NotGiven | None = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[GetAppResponse, ErrorResponse]:
        """``PATCH /v1/apps/{appId}``: like :meth:`AsyncAppsResource.update`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._update(
            app_id,
            display_name=display_name,
            logical_id=logical_id,
            branch_id=branch_id,
            branch_git_name=branch_git_name,
            extra_headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )

    async def _promote(
        self,
        app_id: str,
        *,
        deployment_id: str | NotGiven = NOT_GIVEN,
        version_id: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[PromoteAppResponse, ErrorResponse]:
        return await self._client.request(
            "POST",
            "/v1/apps/{appId}/promote",
            params={"path": {"appId": app_id}},
            body=body_of({"deploymentId": deployment_id, "versionId": version_id}),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )

    @deprecated(
        "client.apps.promote() is deprecated (POST /v1/apps/{appId}/promote is deprecated by the API): use client.services.promote() instead"
    )
    async def promote(
        self,
        app_id: str,
        *,
        deployment_id: str | NotGiven = NOT_GIVEN,
        version_id: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[PromoteAppResponse, ErrorResponse]:
        """``POST /v1/apps/{appId}/promote``: like :meth:`AsyncAppsResource.promote`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._promote(
            app_id,
            deployment_id=deployment_id,
            version_id=version_id,
            extra_headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )

    async def _rollback(
        self,
        app_id: str,
        *,
        deployment_id: str | NotGiven = NOT_GIVEN,
        version_id: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[PromoteAppResponse, ErrorResponse]:
        return await self._client.request(
            "POST",
            "/v1/apps/{appId}/rollback",
            params={"path": {"appId": app_id}},
            body=body_of({"deploymentId": deployment_id, "versionId": version_id}),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )

    @deprecated(
        "client.apps.rollback() is deprecated (POST /v1/apps/{appId}/rollback is deprecated by the API): use client.services.rollback() instead"
    )
    async def rollback(
        self,
        app_id: str,
        *,
        deployment_id: str | NotGiven = NOT_GIVEN,
        version_id: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[PromoteAppResponse, ErrorResponse]:
        """``POST /v1/apps/{appId}/rollback``: like :meth:`AsyncAppsResource.rollback`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._rollback(
            app_id,
            deployment_id=deployment_id,
            version_id=version_id,
            extra_headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )


class AsyncAppsResource(AsyncAPIResource):
    """``client.apps``: ``/v1/apps``, ``/v1/apps/{appId}``, ``/v1/apps/{appId}/promote``, ``/v1/apps/{appId}/rollback``"""

    @cached_property
    def with_raw_response(self) -> AsyncAppsResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return AsyncAppsResourceWithRawResponse(self._client)

    @cached_property
    def domains(self) -> AsyncAppDomainsResource:
        """``client.apps.domains``"""
        return AsyncAppDomainsResource(self._client)

    @cached_property
    def deployments(self) -> AsyncAppDeploymentsResource:
        """``client.apps.deployments``"""
        return AsyncAppDeploymentsResource(self._client)

    @deprecated(
        "client.apps.list() is deprecated (GET /v1/apps is deprecated by the API): use client.services.list() instead"
    )
    def list(
        self,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        project_id: str | None = None,
        logical_id: str | None = None,
        branch_id: Literal["unassigned"] | str | None = None,
        branch_git_name: str | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> AsyncPager[App, ListAppsResponse]:
        """List apps

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Deprecated: use `GET /v1/services` instead.

        Returns all apps the token has access to, ordered by creation time (oldest first). Optionally filter by project ID. Supports cursor-based pagination.

        ``GET /v1/apps``

        Returns a pager: iterate it for the items of every page, fetched as needed; ``.iter_pages()`` for whole pages."""
        return AsyncPager(
            lambda next_cursor: self.with_raw_response._list(
                cursor=next_cursor,
                limit=limit,
                project_id=project_id,
                logical_id=logical_id,
                branch_id=branch_id,
                branch_git_name=branch_git_name,
                extra_headers=extra_headers,
                timeout=timeout,
            ),
            cursor=cursor,
            follows=True,
        )

    @deprecated(
        "client.apps.create() is deprecated (POST /v1/apps is deprecated by the API): use client.services.create() instead"
    )
    async def create(
        self,
        *,
        display_name: str,
        project_id: str,
        region_id: Literal[
            "us-east-1", "us-west-1", "eu-west-3", "eu-central-1", "ap-northeast-1", "ap-southeast-1"
        ]
        | NotGiven = NOT_GIVEN,
        branch_id: str | NotGiven | None = NOT_GIVEN,
        branch_git_name: str | NotGiven | None = NOT_GIVEN,
        logical_id: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> App:
        """Create app

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Deprecated: use `POST /v1/services` instead.

        Creates a new app under the specified project. The `projectId` is required in the request body. The app is placed in the given region, or the project's default region if omitted (falling back to us-east-1). Returns `409 Conflict` when an app already occupies the slot on the resolved branch, either by name or by `logicalId`; the body includes the existing app's id, name, branch, and logical id, and `conflict` says which attribute clashed. The name is checked first. `logicalId` cannot be combined with `branchGitName`; pass `branchId` instead.

        ``POST /v1/apps``

        Args:
            logical_id: Declared identity of the resource, unique within its branch. Set by the tool that declares the resource."""
        return unwrap_data(
            await self.with_raw_response._create(
                display_name=display_name,
                project_id=project_id,
                region_id=region_id,
                branch_id=branch_id,
                branch_git_name=branch_git_name,
                logical_id=logical_id,
                extra_headers=extra_headers,
                timeout=timeout,
                idempotent=idempotent,
            )
        )

    @deprecated(
        "client.apps.retrieve() is deprecated (GET /v1/apps/{appId} is deprecated by the API): use client.services.retrieve() instead"
    )
    async def retrieve(
        self,
        app_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> App:
        """Get app

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Deprecated: use `GET /v1/services/{serviceId}` instead.

        Returns an app by ID, including its region and active promoted deployment reference.

        ``GET /v1/apps/{appId}``"""
        return unwrap_data(
            await self.with_raw_response._retrieve(app_id, extra_headers=extra_headers, timeout=timeout)
        )

    @deprecated(
        "client.apps.delete() is deprecated (DELETE /v1/apps/{appId} is deprecated by the API): use client.services.delete() instead"
    )
    async def delete(
        self,
        app_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> None:
        """Delete app

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Deprecated: use `DELETE /v1/services/{serviceId}` instead.

        Deletes an app. Deployments under the app are deleted before the app is deleted.

        ``DELETE /v1/apps/{appId}``"""
        raise_for_status(
            await self.with_raw_response._delete(app_id, extra_headers=extra_headers, timeout=timeout)
        )

    @deprecated(
        "client.apps.update() is deprecated (PATCH /v1/apps/{appId} is deprecated by the API): use client.services.update() instead"
    )
    async def update(
        self,
        app_id: str,
        *,
        display_name: str | NotGiven = NOT_GIVEN,
        logical_id: str | NotGiven = NOT_GIVEN,
        branch_id: str | NotGiven | None = NOT_GIVEN,
        branch_git_name: str | NotGiven | None = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> App:
        """Update app

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Deprecated: use `PATCH /v1/services/{serviceId}` instead.

        Updates the display name, logical id, or branch of an app. `logicalId` cannot be combined with `branchId` or `branchGitName` in one request; move the app first, then set its `logicalId`.

        ``PATCH /v1/apps/{appId}``

        Args:
            logical_id: Declared identity of the resource, unique within its branch. Set by the tool that declares the resource."""
        return unwrap_data(
            await self.with_raw_response._update(
                app_id,
                display_name=display_name,
                logical_id=logical_id,
                branch_id=branch_id,
                branch_git_name=branch_git_name,
                extra_headers=extra_headers,
                timeout=timeout,
                idempotent=idempotent,
            )
        )

    @deprecated(
        "client.apps.promote() is deprecated (POST /v1/apps/{appId}/promote is deprecated by the API): use client.services.promote() instead"
    )
    async def promote(
        self,
        app_id: str,
        *,
        deployment_id: str | NotGiven = NOT_GIVEN,
        version_id: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> PromoteAppResult:
        """Promote deployment

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Deprecated: use `POST /v1/services/{serviceId}/promote` instead.

        Promotes a deployment to be the active deployment behind the app's stable endpoint. The deployment must be running. Returns the app endpoint domain.

        ``POST /v1/apps/{appId}/promote``

        Args:
            version_id: Deprecated: use `deploymentId` instead. Ignored when `deploymentId` is also present."""
        return unwrap_data(
            await self.with_raw_response._promote(
                app_id,
                deployment_id=deployment_id,
                version_id=version_id,
                extra_headers=extra_headers,
                timeout=timeout,
                idempotent=idempotent,
            )
        )

    @deprecated(
        "client.apps.rollback() is deprecated (POST /v1/apps/{appId}/rollback is deprecated by the API): use client.services.rollback() instead"
    )
    async def rollback(
        self,
        app_id: str,
        *,
        deployment_id: str | NotGiven = NOT_GIVEN,
        version_id: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> PromoteAppResult:
        """Roll an app back to an existing deployment

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Deprecated: use `POST /v1/services/{serviceId}/rollback` instead.

        Makes any eligible existing deployment live behind the app's stable endpoint (rollback or roll-forward). Unlike promote, a stopped target is started and waited until it is running before the endpoint is switched, so the currently-live deployment keeps serving with zero downtime. Returns the app endpoint domain.

        ``POST /v1/apps/{appId}/rollback``

        Args:
            version_id: Deprecated: use `deploymentId` instead. Ignored when `deploymentId` is also present."""
        return unwrap_data(
            await self.with_raw_response._rollback(
                app_id,
                deployment_id=deployment_id,
                version_id=version_id,
                extra_headers=extra_headers,
                timeout=timeout,
                idempotent=idempotent,
            )
        )


class AsyncAppDomainsResourceWithRawResponse(AsyncAPIResource):
    """``client.apps.domains.with_raw_response``: every method returns the ApiResult."""

    async def _list(
        self,
        app_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListAppDomainsResponse, ErrorResponse]:
        return await self._client.request(
            "GET",
            "/v1/apps/{appId}/domains",
            params={"path": {"appId": app_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    @deprecated(
        "client.apps.domains.list() is deprecated (GET /v1/apps/{appId}/domains is deprecated by the API): use client.services.domains.list() instead"
    )
    async def list(
        self,
        app_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListAppDomainsResponse, ErrorResponse]:
        """``GET /v1/apps/{appId}/domains``: like :meth:`AsyncAppDomainsResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._list(app_id, extra_headers=extra_headers, timeout=timeout)

    async def _create(
        self,
        app_id: str,
        *,
        hostname: str,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[GetDomainResponse, ErrorResponse]:
        return await self._client.request(
            "POST",
            "/v1/apps/{appId}/domains",
            params={"path": {"appId": app_id}},
            body=body_of({"hostname": hostname}),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )

    @deprecated(
        "client.apps.domains.create() is deprecated (POST /v1/apps/{appId}/domains is deprecated by the API): use client.services.domains.create() instead"
    )
    async def create(
        self,
        app_id: str,
        *,
        hostname: str,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[GetDomainResponse, ErrorResponse]:
        """``POST /v1/apps/{appId}/domains``: like :meth:`AsyncAppDomainsResource.create`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._create(
            app_id, hostname=hostname, extra_headers=extra_headers, timeout=timeout, idempotent=idempotent
        )


class AsyncAppDomainsResource(AsyncAPIResource):
    """``client.apps.domains``: ``/v1/apps/{appId}/domains``"""

    @cached_property
    def with_raw_response(self) -> AsyncAppDomainsResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return AsyncAppDomainsResourceWithRawResponse(self._client)

    @deprecated(
        "client.apps.domains.list() is deprecated (GET /v1/apps/{appId}/domains is deprecated by the API): use client.services.domains.list() instead"
    )
    def list(
        self,
        app_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> AsyncPager[Domain, ListAppDomainsResponse]:
        """List custom domains for an app

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Deprecated: use `GET /v1/services/{serviceId}/domains` instead.

        Returns all custom domains attached to any deployment of the app. Domains are aggregated across all deployments since Foundry lists per deployment.

        ``GET /v1/apps/{appId}/domains``

        Returns a pager over the single page this operation answers with; ``.iter_pages()`` for whole pages."""
        return AsyncPager(
            lambda next_cursor: self.with_raw_response._list(
                app_id, extra_headers=extra_headers, timeout=timeout
            ),
            cursor=None,
            follows=False,
        )

    @deprecated(
        "client.apps.domains.create() is deprecated (POST /v1/apps/{appId}/domains is deprecated by the API): use client.services.domains.create() instead"
    )
    async def create(
        self,
        app_id: str,
        *,
        hostname: str,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> Domain:
        """Create a custom domain

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Deprecated: use `POST /v1/services/{serviceId}/domains` instead.

        Registers a custom hostname for the app. The hostname must CNAME to the regional switchboard target before DNS verification can succeed. Returns 429 if the app has reached its domain quota (default: 3).

        ``POST /v1/apps/{appId}/domains``"""
        return unwrap_data(
            await self.with_raw_response._create(
                app_id, hostname=hostname, extra_headers=extra_headers, timeout=timeout, idempotent=idempotent
            )
        )


class AsyncAppDeploymentsResourceWithRawResponse(AsyncAPIResource):
    """``client.apps.deployments.with_raw_response``: every method returns the ApiResult."""

    async def _list(
        self,
        app_id: str,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListAppDeploymentsResponse, ErrorResponse]:
        return await self._client.request(
            "GET",
            "/v1/apps/{appId}/deployments",
            params={"path": {"appId": app_id}, "query": {"cursor": cursor, "limit": limit}},
            headers=extra_headers,
            timeout=timeout,
        )

    @deprecated(
        "client.apps.deployments.list() is deprecated (GET /v1/apps/{appId}/deployments is deprecated by the API): use client.services.deployments.list() instead"
    )
    async def list(
        self,
        app_id: str,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListAppDeploymentsResponse, ErrorResponse]:
        """``GET /v1/apps/{appId}/deployments``: like :meth:`AsyncAppDeploymentsResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._list(
            app_id, cursor=cursor, limit=limit, extra_headers=extra_headers, timeout=timeout
        )

    async def _create(
        self,
        app_id: str,
        *,
        port_mapping: CreateAppDeploymentBodyPortMapping | NotGiven = NOT_GIVEN,
        skip_code_upload: bool | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[CreateAppDeploymentResponse, ErrorResponse]:
        return await self._client.request(
            "POST",
            "/v1/apps/{appId}/deployments",
            params={"path": {"appId": app_id}},
            body=body_of({"portMapping": port_mapping, "skipCodeUpload": skip_code_upload}),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )

    @deprecated(
        "client.apps.deployments.create() is deprecated (POST /v1/apps/{appId}/deployments is deprecated by the API): use client.services.deployments.create() instead"
    )
    async def create(
        self,
        app_id: str,
        *,
        port_mapping: CreateAppDeploymentBodyPortMapping | NotGiven = NOT_GIVEN,
        skip_code_upload: bool | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[CreateAppDeploymentResponse, ErrorResponse]:
        """``POST /v1/apps/{appId}/deployments``: like :meth:`AsyncAppDeploymentsResource.create`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._create(
            app_id,
            port_mapping=port_mapping,
            skip_code_upload=skip_code_upload,
            extra_headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )


class AsyncAppDeploymentsResource(AsyncAPIResource):
    """``client.apps.deployments``: ``/v1/apps/{appId}/deployments``"""

    @cached_property
    def with_raw_response(self) -> AsyncAppDeploymentsResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return AsyncAppDeploymentsResourceWithRawResponse(self._client)

    @deprecated(
        "client.apps.deployments.list() is deprecated (GET /v1/apps/{appId}/deployments is deprecated by the API): use client.services.deployments.list() instead"
    )
    def list(
        self,
        app_id: str,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> AsyncPager[AppDeployment, ListAppDeploymentsResponse]:
        """List deployments

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Deprecated: use `GET /v1/services/{serviceId}/deployments` instead.

        Returns all deployments belonging to an app, ordered by creation time (newest first). Supports cursor-based pagination.

        ``GET /v1/apps/{appId}/deployments``

        Returns a pager: iterate it for the items of every page, fetched as needed; ``.iter_pages()`` for whole pages."""
        return AsyncPager(
            lambda next_cursor: self.with_raw_response._list(
                app_id, cursor=next_cursor, limit=limit, extra_headers=extra_headers, timeout=timeout
            ),
            cursor=cursor,
            follows=True,
        )

    @deprecated(
        "client.apps.deployments.create() is deprecated (POST /v1/apps/{appId}/deployments is deprecated by the API): use client.services.deployments.create() instead"
    )
    async def create(
        self,
        app_id: str,
        *,
        port_mapping: CreateAppDeploymentBodyPortMapping | NotGiven = NOT_GIVEN,
        skip_code_upload: bool | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> CreateAppDeploymentResult:
        """Create deployment

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Deprecated: use `POST /v1/services/{serviceId}/deployments` instead.

        Creates a new deployment under the specified app. Returns a pre-signed upload URL for the artifact unless `skipCodeUpload` is set (which forks the active promoted deployment's artifact). Environment variables are resolved automatically from the app's attached Branch (production-class templates for the production Branch; preview-class templates for preview Branches). Manage env vars via the `/v1/environment-variables` endpoints, not as part of the deploy payload.

        ``POST /v1/apps/{appId}/deployments``"""
        return unwrap_data(
            await self.with_raw_response._create(
                app_id,
                port_mapping=port_mapping,
                skip_code_upload=skip_code_upload,
                extra_headers=extra_headers,
                timeout=timeout,
                idempotent=idempotent,
            )
        )


__all__ = [
    "AppDeploymentsResource",
    "AppDeploymentsResourceWithRawResponse",
    "AppDomainsResource",
    "AppDomainsResourceWithRawResponse",
    "AppsResource",
    "AppsResourceWithRawResponse",
    "AsyncAppDeploymentsResource",
    "AsyncAppDeploymentsResourceWithRawResponse",
    "AsyncAppDomainsResource",
    "AsyncAppDomainsResourceWithRawResponse",
    "AsyncAppsResource",
    "AsyncAppsResourceWithRawResponse",
]
