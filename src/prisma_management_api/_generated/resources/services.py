"""``client.services`` and its sub-namespaces, sync and async. See ``resources/__init__.py``.

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
    unwrap_data,
)
from ..._result import ApiResult
from ..._types import HeadersArg, TimeoutArg

if TYPE_CHECKING:
    from ..params import *
    from ..types import *


class ServicesResourceWithRawResponse(SyncAPIResource):
    """``client.services.with_raw_response``: every method returns the ApiResult."""

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
        """``GET /v1/services``: like :meth:`ServicesResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "GET",
            "/v1/services",
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
        """``POST /v1/services``: like :meth:`ServicesResource.create`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "POST",
            "/v1/services",
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

    def retrieve(
        self,
        service_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[GetAppResponse, ErrorResponse]:
        """``GET /v1/services/{serviceId}``: like :meth:`ServicesResource.retrieve`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "GET",
            "/v1/services/{serviceId}",
            params={"path": {"serviceId": service_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    def delete(
        self,
        service_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[None, ErrorResponse]:
        """``DELETE /v1/services/{serviceId}``: like :meth:`ServicesResource.delete`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "DELETE",
            "/v1/services/{serviceId}",
            params={"path": {"serviceId": service_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    def update(
        self,
        service_id: str,
        *,
        display_name: str | NotGiven = NOT_GIVEN,
        logical_id: str | NotGiven = NOT_GIVEN,
        branch_id: str | NotGiven | None = NOT_GIVEN,
        branch_git_name: str | NotGiven | None = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[GetAppResponse, ErrorResponse]:
        """``PATCH /v1/services/{serviceId}``: like :meth:`ServicesResource.update`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "PATCH",
            "/v1/services/{serviceId}",
            params={"path": {"serviceId": service_id}},
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

    def promote(
        self,
        service_id: str,
        *,
        deployment_id: str | NotGiven = NOT_GIVEN,
        version_id: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[PromoteAppResponse, ErrorResponse]:
        """``POST /v1/services/{serviceId}/promote``: like :meth:`ServicesResource.promote`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "POST",
            "/v1/services/{serviceId}/promote",
            params={"path": {"serviceId": service_id}},
            body=body_of({"deploymentId": deployment_id, "versionId": version_id}),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )

    def rollback(
        self,
        service_id: str,
        *,
        deployment_id: str | NotGiven = NOT_GIVEN,
        version_id: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[PromoteAppResponse, ErrorResponse]:
        """``POST /v1/services/{serviceId}/rollback``: like :meth:`ServicesResource.rollback`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "POST",
            "/v1/services/{serviceId}/rollback",
            params={"path": {"serviceId": service_id}},
            body=body_of({"deploymentId": deployment_id, "versionId": version_id}),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )


class ServicesResource(SyncAPIResource):
    """``client.services``: ``/v1/services``, ``/v1/services/{serviceId}``, ``/v1/services/{serviceId}/promote``, ``/v1/services/{serviceId}/rollback``"""

    @cached_property
    def with_raw_response(self) -> ServicesResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return ServicesResourceWithRawResponse(self._client)

    @cached_property
    def domains(self) -> ServiceDomainsResource:
        """``client.services.domains``"""
        return ServiceDomainsResource(self._client)

    @cached_property
    def deployments(self) -> ServiceDeploymentsResource:
        """``client.services.deployments``"""
        return ServiceDeploymentsResource(self._client)

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
        """List services

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Returns all services the token has access to, ordered by creation time (oldest first). Optionally filter by project ID. Supports cursor-based pagination.

        ``GET /v1/services``

        Returns a pager: iterate it for the items of every page, fetched as needed; ``.iter_pages()`` for whole pages."""
        return SyncPager(
            lambda next_cursor: self.with_raw_response.list(
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
        """Create service

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Creates a new service under the specified project. The `projectId` is required in the request body. The service is placed in the given region, or the project's default region if omitted (falling back to us-east-1). Returns `409 Conflict` when a service already occupies the slot on the resolved branch, either by name or by `logicalId`; the body includes the existing service's id, name, branch, and logical id, and `conflict` says which attribute clashed. The name is checked first. `logicalId` cannot be combined with `branchGitName`; pass `branchId` instead.

        ``POST /v1/services``

        Args:
            logical_id: Declared identity of the resource, unique within its branch. Set by the tool that declares the resource."""
        return unwrap_data(
            self.with_raw_response.create(
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

    def retrieve(
        self,
        service_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> App:
        """Get service

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Returns a service by ID, including its region and active promoted deployment reference.

        ``GET /v1/services/{serviceId}``"""
        return unwrap_data(
            self.with_raw_response.retrieve(service_id, extra_headers=extra_headers, timeout=timeout)
        )

    def delete(
        self,
        service_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> None:
        """Delete service

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Deletes a service. Deployments under the service are deleted before the service is deleted.

        ``DELETE /v1/services/{serviceId}``"""
        raise_for_status(
            self.with_raw_response.delete(service_id, extra_headers=extra_headers, timeout=timeout)
        )

    def update(
        self,
        service_id: str,
        *,
        display_name: str | NotGiven = NOT_GIVEN,
        logical_id: str | NotGiven = NOT_GIVEN,
        branch_id: str | NotGiven | None = NOT_GIVEN,
        branch_git_name: str | NotGiven | None = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> App:
        """Update service

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Updates the display name, logical id, or branch of a service. `logicalId` cannot be combined with `branchId` or `branchGitName` in one request; move the service first, then set its `logicalId`.

        ``PATCH /v1/services/{serviceId}``

        Args:
            logical_id: Declared identity of the resource, unique within its branch. Set by the tool that declares the resource."""
        return unwrap_data(
            self.with_raw_response.update(
                service_id,
                display_name=display_name,
                logical_id=logical_id,
                branch_id=branch_id,
                branch_git_name=branch_git_name,
                extra_headers=extra_headers,
                timeout=timeout,
                idempotent=idempotent,
            )
        )

    def promote(
        self,
        service_id: str,
        *,
        deployment_id: str | NotGiven = NOT_GIVEN,
        version_id: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> PromoteAppResult:
        """Promote deployment

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Promotes a deployment to be the active deployment behind the service's stable endpoint. The deployment must be running. Returns the service endpoint domain.

        ``POST /v1/services/{serviceId}/promote``

        Args:
            version_id: Deprecated: use `deploymentId` instead. Ignored when `deploymentId` is also present."""
        return unwrap_data(
            self.with_raw_response.promote(
                service_id,
                deployment_id=deployment_id,
                version_id=version_id,
                extra_headers=extra_headers,
                timeout=timeout,
                idempotent=idempotent,
            )
        )

    def rollback(
        self,
        service_id: str,
        *,
        deployment_id: str | NotGiven = NOT_GIVEN,
        version_id: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> PromoteAppResult:
        """Roll a service back to an existing deployment

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Makes any eligible existing deployment live behind the service's stable endpoint (rollback or roll-forward). Unlike promote, a stopped target is started and waited until it is running before the endpoint is switched, so the currently-live deployment keeps serving with zero downtime. Returns the service endpoint domain.

        ``POST /v1/services/{serviceId}/rollback``

        Args:
            version_id: Deprecated: use `deploymentId` instead. Ignored when `deploymentId` is also present."""
        return unwrap_data(
            self.with_raw_response.rollback(
                service_id,
                deployment_id=deployment_id,
                version_id=version_id,
                extra_headers=extra_headers,
                timeout=timeout,
                idempotent=idempotent,
            )
        )


class ServiceDomainsResourceWithRawResponse(SyncAPIResource):
    """``client.services.domains.with_raw_response``: every method returns the ApiResult."""

    def list(
        self,
        service_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListAppDomainsResponse, ErrorResponse]:
        """``GET /v1/services/{serviceId}/domains``: like :meth:`ServiceDomainsResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "GET",
            "/v1/services/{serviceId}/domains",
            params={"path": {"serviceId": service_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    def create(
        self,
        service_id: str,
        *,
        hostname: str,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[GetDomainResponse, ErrorResponse]:
        """``POST /v1/services/{serviceId}/domains``: like :meth:`ServiceDomainsResource.create`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "POST",
            "/v1/services/{serviceId}/domains",
            params={"path": {"serviceId": service_id}},
            body=body_of({"hostname": hostname}),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )


class ServiceDomainsResource(SyncAPIResource):
    """``client.services.domains``: ``/v1/services/{serviceId}/domains``"""

    @cached_property
    def with_raw_response(self) -> ServiceDomainsResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return ServiceDomainsResourceWithRawResponse(self._client)

    def list(
        self,
        service_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> SyncPager[Domain, ListAppDomainsResponse]:
        """List custom domains for a service

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Returns all custom domains attached to any deployment of the service. Domains are aggregated across all deployments since Foundry lists per deployment.

        ``GET /v1/services/{serviceId}/domains``

        Returns a pager over the single page this operation answers with; ``.iter_pages()`` for whole pages."""
        return SyncPager(
            lambda next_cursor: self.with_raw_response.list(
                service_id, extra_headers=extra_headers, timeout=timeout
            ),
            cursor=None,
            follows=False,
        )

    def create(
        self,
        service_id: str,
        *,
        hostname: str,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> Domain:
        """Create a custom domain

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Registers a custom hostname for the service. The hostname must CNAME to the regional switchboard target before DNS verification can succeed. Returns 429 if the service has reached its domain quota (default: 3).

        ``POST /v1/services/{serviceId}/domains``"""
        return unwrap_data(
            self.with_raw_response.create(
                service_id,
                hostname=hostname,
                extra_headers=extra_headers,
                timeout=timeout,
                idempotent=idempotent,
            )
        )


class ServiceDeploymentsResourceWithRawResponse(SyncAPIResource):
    """``client.services.deployments.with_raw_response``: every method returns the ApiResult."""

    def list(
        self,
        service_id: str,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListAppDeploymentsResponse, ErrorResponse]:
        """``GET /v1/services/{serviceId}/deployments``: like :meth:`ServiceDeploymentsResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "GET",
            "/v1/services/{serviceId}/deployments",
            params={"path": {"serviceId": service_id}, "query": {"cursor": cursor, "limit": limit}},
            headers=extra_headers,
            timeout=timeout,
        )

    def create(
        self,
        service_id: str,
        *,
        port_mapping: CreateAppDeploymentBodyPortMapping | NotGiven = NOT_GIVEN,
        skip_code_upload: bool | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[CreateAppDeploymentResponse, ErrorResponse]:
        """``POST /v1/services/{serviceId}/deployments``: like :meth:`ServiceDeploymentsResource.create`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "POST",
            "/v1/services/{serviceId}/deployments",
            params={"path": {"serviceId": service_id}},
            body=body_of({"portMapping": port_mapping, "skipCodeUpload": skip_code_upload}),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )


class ServiceDeploymentsResource(SyncAPIResource):
    """``client.services.deployments``: ``/v1/services/{serviceId}/deployments``"""

    @cached_property
    def with_raw_response(self) -> ServiceDeploymentsResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return ServiceDeploymentsResourceWithRawResponse(self._client)

    def list(
        self,
        service_id: str,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> SyncPager[AppDeployment, ListAppDeploymentsResponse]:
        """List deployments

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Returns all deployments belonging to a service, ordered by creation time (newest first). Supports cursor-based pagination.

        ``GET /v1/services/{serviceId}/deployments``

        Returns a pager: iterate it for the items of every page, fetched as needed; ``.iter_pages()`` for whole pages."""
        return SyncPager(
            lambda next_cursor: self.with_raw_response.list(
                service_id, cursor=next_cursor, limit=limit, extra_headers=extra_headers, timeout=timeout
            ),
            cursor=cursor,
            follows=True,
        )

    def create(
        self,
        service_id: str,
        *,
        port_mapping: CreateAppDeploymentBodyPortMapping | NotGiven = NOT_GIVEN,
        skip_code_upload: bool | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> CreateAppDeploymentResult:
        """Create deployment

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Creates a new deployment under the specified service. Returns a pre-signed upload URL for the artifact unless `skipCodeUpload` is set (which forks the active promoted deployment's artifact). Environment variables are resolved automatically from the service's attached Branch (production-class templates for the production Branch; preview-class templates for preview Branches). Manage env vars via the `/v1/environment-variables` endpoints, not as part of the deploy payload.

        ``POST /v1/services/{serviceId}/deployments``"""
        return unwrap_data(
            self.with_raw_response.create(
                service_id,
                port_mapping=port_mapping,
                skip_code_upload=skip_code_upload,
                extra_headers=extra_headers,
                timeout=timeout,
                idempotent=idempotent,
            )
        )


class AsyncServicesResourceWithRawResponse(AsyncAPIResource):
    """``client.services.with_raw_response``: every method returns the ApiResult."""

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
        """``GET /v1/services``: like :meth:`AsyncServicesResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "GET",
            "/v1/services",
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
        """``POST /v1/services``: like :meth:`AsyncServicesResource.create`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "POST",
            "/v1/services",
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

    async def retrieve(
        self,
        service_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[GetAppResponse, ErrorResponse]:
        """``GET /v1/services/{serviceId}``: like :meth:`AsyncServicesResource.retrieve`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "GET",
            "/v1/services/{serviceId}",
            params={"path": {"serviceId": service_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    async def delete(
        self,
        service_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[None, ErrorResponse]:
        """``DELETE /v1/services/{serviceId}``: like :meth:`AsyncServicesResource.delete`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "DELETE",
            "/v1/services/{serviceId}",
            params={"path": {"serviceId": service_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    async def update(
        self,
        service_id: str,
        *,
        display_name: str | NotGiven = NOT_GIVEN,
        logical_id: str | NotGiven = NOT_GIVEN,
        branch_id: str | NotGiven | None = NOT_GIVEN,
        branch_git_name: str | NotGiven | None = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[GetAppResponse, ErrorResponse]:
        """``PATCH /v1/services/{serviceId}``: like :meth:`AsyncServicesResource.update`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "PATCH",
            "/v1/services/{serviceId}",
            params={"path": {"serviceId": service_id}},
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

    async def promote(
        self,
        service_id: str,
        *,
        deployment_id: str | NotGiven = NOT_GIVEN,
        version_id: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[PromoteAppResponse, ErrorResponse]:
        """``POST /v1/services/{serviceId}/promote``: like :meth:`AsyncServicesResource.promote`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "POST",
            "/v1/services/{serviceId}/promote",
            params={"path": {"serviceId": service_id}},
            body=body_of({"deploymentId": deployment_id, "versionId": version_id}),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )

    async def rollback(
        self,
        service_id: str,
        *,
        deployment_id: str | NotGiven = NOT_GIVEN,
        version_id: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[PromoteAppResponse, ErrorResponse]:
        """``POST /v1/services/{serviceId}/rollback``: like :meth:`AsyncServicesResource.rollback`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "POST",
            "/v1/services/{serviceId}/rollback",
            params={"path": {"serviceId": service_id}},
            body=body_of({"deploymentId": deployment_id, "versionId": version_id}),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )


class AsyncServicesResource(AsyncAPIResource):
    """``client.services``: ``/v1/services``, ``/v1/services/{serviceId}``, ``/v1/services/{serviceId}/promote``, ``/v1/services/{serviceId}/rollback``"""

    @cached_property
    def with_raw_response(self) -> AsyncServicesResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return AsyncServicesResourceWithRawResponse(self._client)

    @cached_property
    def domains(self) -> AsyncServiceDomainsResource:
        """``client.services.domains``"""
        return AsyncServiceDomainsResource(self._client)

    @cached_property
    def deployments(self) -> AsyncServiceDeploymentsResource:
        """``client.services.deployments``"""
        return AsyncServiceDeploymentsResource(self._client)

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
        """List services

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Returns all services the token has access to, ordered by creation time (oldest first). Optionally filter by project ID. Supports cursor-based pagination.

        ``GET /v1/services``

        Returns a pager: iterate it for the items of every page, fetched as needed; ``.iter_pages()`` for whole pages."""
        return AsyncPager(
            lambda next_cursor: self.with_raw_response.list(
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
        """Create service

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Creates a new service under the specified project. The `projectId` is required in the request body. The service is placed in the given region, or the project's default region if omitted (falling back to us-east-1). Returns `409 Conflict` when a service already occupies the slot on the resolved branch, either by name or by `logicalId`; the body includes the existing service's id, name, branch, and logical id, and `conflict` says which attribute clashed. The name is checked first. `logicalId` cannot be combined with `branchGitName`; pass `branchId` instead.

        ``POST /v1/services``

        Args:
            logical_id: Declared identity of the resource, unique within its branch. Set by the tool that declares the resource."""
        return unwrap_data(
            await self.with_raw_response.create(
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

    async def retrieve(
        self,
        service_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> App:
        """Get service

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Returns a service by ID, including its region and active promoted deployment reference.

        ``GET /v1/services/{serviceId}``"""
        return unwrap_data(
            await self.with_raw_response.retrieve(service_id, extra_headers=extra_headers, timeout=timeout)
        )

    async def delete(
        self,
        service_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> None:
        """Delete service

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Deletes a service. Deployments under the service are deleted before the service is deleted.

        ``DELETE /v1/services/{serviceId}``"""
        raise_for_status(
            await self.with_raw_response.delete(service_id, extra_headers=extra_headers, timeout=timeout)
        )

    async def update(
        self,
        service_id: str,
        *,
        display_name: str | NotGiven = NOT_GIVEN,
        logical_id: str | NotGiven = NOT_GIVEN,
        branch_id: str | NotGiven | None = NOT_GIVEN,
        branch_git_name: str | NotGiven | None = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> App:
        """Update service

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Updates the display name, logical id, or branch of a service. `logicalId` cannot be combined with `branchId` or `branchGitName` in one request; move the service first, then set its `logicalId`.

        ``PATCH /v1/services/{serviceId}``

        Args:
            logical_id: Declared identity of the resource, unique within its branch. Set by the tool that declares the resource."""
        return unwrap_data(
            await self.with_raw_response.update(
                service_id,
                display_name=display_name,
                logical_id=logical_id,
                branch_id=branch_id,
                branch_git_name=branch_git_name,
                extra_headers=extra_headers,
                timeout=timeout,
                idempotent=idempotent,
            )
        )

    async def promote(
        self,
        service_id: str,
        *,
        deployment_id: str | NotGiven = NOT_GIVEN,
        version_id: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> PromoteAppResult:
        """Promote deployment

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Promotes a deployment to be the active deployment behind the service's stable endpoint. The deployment must be running. Returns the service endpoint domain.

        ``POST /v1/services/{serviceId}/promote``

        Args:
            version_id: Deprecated: use `deploymentId` instead. Ignored when `deploymentId` is also present."""
        return unwrap_data(
            await self.with_raw_response.promote(
                service_id,
                deployment_id=deployment_id,
                version_id=version_id,
                extra_headers=extra_headers,
                timeout=timeout,
                idempotent=idempotent,
            )
        )

    async def rollback(
        self,
        service_id: str,
        *,
        deployment_id: str | NotGiven = NOT_GIVEN,
        version_id: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> PromoteAppResult:
        """Roll a service back to an existing deployment

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Makes any eligible existing deployment live behind the service's stable endpoint (rollback or roll-forward). Unlike promote, a stopped target is started and waited until it is running before the endpoint is switched, so the currently-live deployment keeps serving with zero downtime. Returns the service endpoint domain.

        ``POST /v1/services/{serviceId}/rollback``

        Args:
            version_id: Deprecated: use `deploymentId` instead. Ignored when `deploymentId` is also present."""
        return unwrap_data(
            await self.with_raw_response.rollback(
                service_id,
                deployment_id=deployment_id,
                version_id=version_id,
                extra_headers=extra_headers,
                timeout=timeout,
                idempotent=idempotent,
            )
        )


class AsyncServiceDomainsResourceWithRawResponse(AsyncAPIResource):
    """``client.services.domains.with_raw_response``: every method returns the ApiResult."""

    async def list(
        self,
        service_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListAppDomainsResponse, ErrorResponse]:
        """``GET /v1/services/{serviceId}/domains``: like :meth:`AsyncServiceDomainsResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "GET",
            "/v1/services/{serviceId}/domains",
            params={"path": {"serviceId": service_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    async def create(
        self,
        service_id: str,
        *,
        hostname: str,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[GetDomainResponse, ErrorResponse]:
        """``POST /v1/services/{serviceId}/domains``: like :meth:`AsyncServiceDomainsResource.create`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "POST",
            "/v1/services/{serviceId}/domains",
            params={"path": {"serviceId": service_id}},
            body=body_of({"hostname": hostname}),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )


class AsyncServiceDomainsResource(AsyncAPIResource):
    """``client.services.domains``: ``/v1/services/{serviceId}/domains``"""

    @cached_property
    def with_raw_response(self) -> AsyncServiceDomainsResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return AsyncServiceDomainsResourceWithRawResponse(self._client)

    def list(
        self,
        service_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> AsyncPager[Domain, ListAppDomainsResponse]:
        """List custom domains for a service

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Returns all custom domains attached to any deployment of the service. Domains are aggregated across all deployments since Foundry lists per deployment.

        ``GET /v1/services/{serviceId}/domains``

        Returns a pager over the single page this operation answers with; ``.iter_pages()`` for whole pages."""
        return AsyncPager(
            lambda next_cursor: self.with_raw_response.list(
                service_id, extra_headers=extra_headers, timeout=timeout
            ),
            cursor=None,
            follows=False,
        )

    async def create(
        self,
        service_id: str,
        *,
        hostname: str,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> Domain:
        """Create a custom domain

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Registers a custom hostname for the service. The hostname must CNAME to the regional switchboard target before DNS verification can succeed. Returns 429 if the service has reached its domain quota (default: 3).

        ``POST /v1/services/{serviceId}/domains``"""
        return unwrap_data(
            await self.with_raw_response.create(
                service_id,
                hostname=hostname,
                extra_headers=extra_headers,
                timeout=timeout,
                idempotent=idempotent,
            )
        )


class AsyncServiceDeploymentsResourceWithRawResponse(AsyncAPIResource):
    """``client.services.deployments.with_raw_response``: every method returns the ApiResult."""

    async def list(
        self,
        service_id: str,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListAppDeploymentsResponse, ErrorResponse]:
        """``GET /v1/services/{serviceId}/deployments``: like :meth:`AsyncServiceDeploymentsResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "GET",
            "/v1/services/{serviceId}/deployments",
            params={"path": {"serviceId": service_id}, "query": {"cursor": cursor, "limit": limit}},
            headers=extra_headers,
            timeout=timeout,
        )

    async def create(
        self,
        service_id: str,
        *,
        port_mapping: CreateAppDeploymentBodyPortMapping | NotGiven = NOT_GIVEN,
        skip_code_upload: bool | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[CreateAppDeploymentResponse, ErrorResponse]:
        """``POST /v1/services/{serviceId}/deployments``: like :meth:`AsyncServiceDeploymentsResource.create`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "POST",
            "/v1/services/{serviceId}/deployments",
            params={"path": {"serviceId": service_id}},
            body=body_of({"portMapping": port_mapping, "skipCodeUpload": skip_code_upload}),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )


class AsyncServiceDeploymentsResource(AsyncAPIResource):
    """``client.services.deployments``: ``/v1/services/{serviceId}/deployments``"""

    @cached_property
    def with_raw_response(self) -> AsyncServiceDeploymentsResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return AsyncServiceDeploymentsResourceWithRawResponse(self._client)

    def list(
        self,
        service_id: str,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> AsyncPager[AppDeployment, ListAppDeploymentsResponse]:
        """List deployments

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Returns all deployments belonging to a service, ordered by creation time (newest first). Supports cursor-based pagination.

        ``GET /v1/services/{serviceId}/deployments``

        Returns a pager: iterate it for the items of every page, fetched as needed; ``.iter_pages()`` for whole pages."""
        return AsyncPager(
            lambda next_cursor: self.with_raw_response.list(
                service_id, cursor=next_cursor, limit=limit, extra_headers=extra_headers, timeout=timeout
            ),
            cursor=cursor,
            follows=True,
        )

    async def create(
        self,
        service_id: str,
        *,
        port_mapping: CreateAppDeploymentBodyPortMapping | NotGiven = NOT_GIVEN,
        skip_code_upload: bool | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> CreateAppDeploymentResult:
        """Create deployment

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Creates a new deployment under the specified service. Returns a pre-signed upload URL for the artifact unless `skipCodeUpload` is set (which forks the active promoted deployment's artifact). Environment variables are resolved automatically from the service's attached Branch (production-class templates for the production Branch; preview-class templates for preview Branches). Manage env vars via the `/v1/environment-variables` endpoints, not as part of the deploy payload.

        ``POST /v1/services/{serviceId}/deployments``"""
        return unwrap_data(
            await self.with_raw_response.create(
                service_id,
                port_mapping=port_mapping,
                skip_code_upload=skip_code_upload,
                extra_headers=extra_headers,
                timeout=timeout,
                idempotent=idempotent,
            )
        )


__all__ = [
    "AsyncServiceDeploymentsResource",
    "AsyncServiceDeploymentsResourceWithRawResponse",
    "AsyncServiceDomainsResource",
    "AsyncServiceDomainsResourceWithRawResponse",
    "AsyncServicesResource",
    "AsyncServicesResourceWithRawResponse",
    "ServiceDeploymentsResource",
    "ServiceDeploymentsResourceWithRawResponse",
    "ServiceDomainsResource",
    "ServiceDomainsResourceWithRawResponse",
    "ServicesResource",
    "ServicesResourceWithRawResponse",
]
