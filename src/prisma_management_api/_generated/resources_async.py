"""Resource namespaces of the async client: ``client.projects.list()`` and the rest.

Names come from the paths: ``/v1/projects/{projectId}/databases`` is
``client.projects.databases``; GET of a collection is ``list``, POST ``create``, GET of an item
``retrieve``, PATCH/PUT ``update``, DELETE ``delete``; a POST to an action is the action
(``client.connections.rotate(connection_id)``). Path parameters are positional; query, header
and body parameters keyword-only, in snake_case. Methods return the payload (a body's ``data``)
and raise ``APIStatusError`` subclasses; ``.with_raw_response`` gives the ``ApiResult`` instead.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal

from typing_extensions import deprecated

from .._ndjson import AsyncNdjsonStream
from .._pagination import AsyncPager
from .._polling import DEFAULT_POLL_INTERVAL, DEFAULT_WAIT_TIMEOUT, WaitSpec, wait_async
from .._resource import NOT_GIVEN, AsyncAPIResource, NotGiven, body_of, raise_for_status, unwrap, unwrap_data
from .._result import ApiResult
from .._types import HeadersArg, TimeoutArg

if TYPE_CHECKING:
    from .models import *
    from .params import *


class AsyncAgentApprovalsResourceWithRawResponse(AsyncAPIResource):
    """``client.agent_approvals.with_raw_response``: every method returns the ApiResult."""

    async def retrieve(
        self,
        approval_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[GetAgentApprovalResponse, ErrorResponse]:
        """``GET /v1/agent-approvals/{approvalId}``: like :meth:`AsyncAgentApprovalsResource.retrieve`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "GET",
            "/v1/agent-approvals/{approvalId}",
            params={"path": {"approvalId": approval_id}},
            headers=extra_headers,
            timeout=timeout,
        )


class AsyncAgentApprovalsResource(AsyncAPIResource):
    """``client.agent_approvals``: ``/v1/agent-approvals/{approvalId}``"""

    @cached_property
    def with_raw_response(self) -> AsyncAgentApprovalsResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return AsyncAgentApprovalsResourceWithRawResponse(self._client)

    async def retrieve(
        self,
        approval_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> GetAgentApprovalResponse:
        """Poll an approval

        Reports where an approval stands, so an agent holding an approval_required response can wait for the sponsor's decision and retry. Only the agent the approval belongs to can read it.

        ``GET /v1/agent-approvals/{approvalId}``"""
        return unwrap(
            await self.with_raw_response.retrieve(approval_id, extra_headers=extra_headers, timeout=timeout)
        )

    async def wait_until_approved(
        self,
        approval_id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_progress: Callable[[GetAgentApprovalResponse], object] | None = None,
    ) -> GetAgentApprovalResponse:
        """Poll ``GET /v1/agent-approvals/{approvalId}`` until the approval's ``status`` is 'approved' or 'approved_window'; return it.

        Reads at once, then after pauses of ``poll_interval`` seconds growing 1.5x (at most 10 s).
        ``on_progress`` is called with each read (awaited if it returns an awaitable).

        Raises:
            ResourceFailedError: the status became 'denied', 'expired', 'consumed' (terminal).
            WaitTimeoutError: still not 'approved' or 'approved_window' after ``timeout`` seconds; cancelling the task stops waiting too.
            APIStatusError: a read failed (after the client's retries)."""
        return await wait_async(
            lambda: self.retrieve(approval_id),
            WaitSpec(
                "approval", "status", ("approved", "approved_window"), ("denied", "expired", "consumed")
            ),
            approval_id,
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
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


class AsyncProjectsResourceWithRawResponse(AsyncAPIResource):
    """``client.projects.with_raw_response``: every method returns the ApiResult."""

    async def list(
        self,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        logical_id: str | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListProjectsResponse, ErrorResponse]:
        """``GET /v1/projects``: like :meth:`AsyncProjectsResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "GET",
            "/v1/projects",
            params={"query": {"cursor": cursor, "limit": limit, "logicalId": logical_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    async def create(
        self,
        *,
        create_database: bool | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        region: Literal[
            "us-east-1", "us-west-1", "eu-west-3", "eu-central-1", "ap-northeast-1", "ap-southeast-1"
        ]
        | NotGiven = NOT_GIVEN,
        logical_id: str | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[CreateProjectResponse, ErrorResponse]:
        """``POST /v1/projects``: like :meth:`AsyncProjectsResource.create`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "POST",
            "/v1/projects",
            body=body_of(
                {
                    "createDatabase": create_database,
                    "name": name,
                    "region": region,
                    "logicalId": logical_id,
                    "workspaceId": workspace_id,
                }
            ),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )

    async def delete(
        self,
        project_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[None, ErrorResponse]:
        """``DELETE /v1/projects/{id}``: like :meth:`AsyncProjectsResource.delete`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "DELETE",
            "/v1/projects/{id}",
            params={"path": {"id": project_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    async def retrieve(
        self,
        project_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[GetProjectResponse, ErrorResponse]:
        """``GET /v1/projects/{id}``: like :meth:`AsyncProjectsResource.retrieve`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "GET",
            "/v1/projects/{id}",
            params={"path": {"id": project_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    async def update(
        self,
        project_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        settings: dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[GetProjectResponse, ErrorResponse]:
        """``PATCH /v1/projects/{id}``: like :meth:`AsyncProjectsResource.update`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "PATCH",
            "/v1/projects/{id}",
            params={"path": {"id": project_id}},
            body=body_of({"name": name, "settings": settings}),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )

    async def transfer(
        self,
        project_id: str,
        *,
        recipient_access_token: str,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[None, ErrorResponse]:
        """``POST /v1/projects/{id}/transfer``: like :meth:`AsyncProjectsResource.transfer`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "POST",
            "/v1/projects/{id}/transfer",
            params={"path": {"id": project_id}},
            body=body_of({"recipientAccessToken": recipient_access_token}),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )


class AsyncProjectsResource(AsyncAPIResource):
    """``client.projects``: ``/v1/projects``, ``/v1/projects/{id}``, ``/v1/projects/{id}/transfer``"""

    @cached_property
    def with_raw_response(self) -> AsyncProjectsResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return AsyncProjectsResourceWithRawResponse(self._client)

    @cached_property
    def branches(self) -> AsyncProjectBranchesResource:
        """``client.projects.branches``"""
        return AsyncProjectBranchesResource(self._client)

    @cached_property
    def databases(self) -> AsyncProjectDatabasesResource:
        """``client.projects.databases``"""
        return AsyncProjectDatabasesResource(self._client)

    def list(
        self,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        logical_id: str | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> AsyncPager[Project, ListProjectsResponse]:
        """Get list of projects

        Returns the list of projects the token has access to.

        ``GET /v1/projects``

        Args:
            cursor: Cursor for pagination
            limit: Limit for pagination

        Returns a pager: iterate it for the items of every page, fetched as needed; ``.iter_pages()`` for whole pages."""
        return AsyncPager(
            lambda next_cursor: self.with_raw_response.list(
                cursor=next_cursor,
                limit=limit,
                logical_id=logical_id,
                extra_headers=extra_headers,
                timeout=timeout,
            ),
            cursor=cursor,
            follows=True,
        )

    async def create(
        self,
        *,
        create_database: bool | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        region: Literal[
            "us-east-1", "us-west-1", "eu-west-3", "eu-central-1", "ap-northeast-1", "ap-southeast-1"
        ]
        | NotGiven = NOT_GIVEN,
        logical_id: str | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> CreateProjectResult:
        """Create project with a postgres database

        Creates a new project with a postgres database.

        ``POST /v1/projects``"""
        return unwrap_data(
            await self.with_raw_response.create(
                create_database=create_database,
                name=name,
                region=region,
                logical_id=logical_id,
                workspace_id=workspace_id,
                extra_headers=extra_headers,
                timeout=timeout,
                idempotent=idempotent,
            )
        )

    async def delete(
        self,
        project_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> None:
        """Delete project

        Deletes the project with the given ID.

        ``DELETE /v1/projects/{id}``"""
        raise_for_status(
            await self.with_raw_response.delete(project_id, extra_headers=extra_headers, timeout=timeout)
        )

    async def retrieve(
        self,
        project_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> Project:
        """Get project

        Returns the project with the given ID.

        ``GET /v1/projects/{id}``"""
        return unwrap_data(
            await self.with_raw_response.retrieve(project_id, extra_headers=extra_headers, timeout=timeout)
        )

    async def update(
        self,
        project_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        settings: dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> Project:
        """Update project

        Updates the project with the given ID.

        ``PATCH /v1/projects/{id}``"""
        return unwrap_data(
            await self.with_raw_response.update(
                project_id,
                name=name,
                settings=settings,
                extra_headers=extra_headers,
                timeout=timeout,
                idempotent=idempotent,
            )
        )

    async def transfer(
        self,
        project_id: str,
        *,
        recipient_access_token: str,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> None:
        """Transfer project

        Transfer the project with the given ID to the new owner's workspace

        ``POST /v1/projects/{id}/transfer``"""
        raise_for_status(
            await self.with_raw_response.transfer(
                project_id,
                recipient_access_token=recipient_access_token,
                extra_headers=extra_headers,
                timeout=timeout,
                idempotent=idempotent,
            )
        )


class AsyncProjectBranchesResourceWithRawResponse(AsyncAPIResource):
    """``client.projects.branches.with_raw_response``: every method returns the ApiResult."""

    async def list(
        self,
        project_id: str,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        git_name: str | None = None,
        git_name_contains: str | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListProjectBranchesResponse, ErrorResponse]:
        """``GET /v1/projects/{projectId}/branches``: like :meth:`AsyncProjectBranchesResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "GET",
            "/v1/projects/{projectId}/branches",
            params={
                "path": {"projectId": project_id},
                "query": {
                    "cursor": cursor,
                    "limit": limit,
                    "gitName": git_name,
                    "gitNameContains": git_name_contains,
                },
            },
            headers=extra_headers,
            timeout=timeout,
        )

    async def create(
        self,
        project_id: str,
        *,
        git_name: str,
        is_default: bool | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[GetBranchResponse, ErrorResponse]:
        """``POST /v1/projects/{projectId}/branches``: like :meth:`AsyncProjectBranchesResource.create`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "POST",
            "/v1/projects/{projectId}/branches",
            params={"path": {"projectId": project_id}},
            body=body_of({"gitName": git_name, "isDefault": is_default}),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )


class AsyncProjectBranchesResource(AsyncAPIResource):
    """``client.projects.branches``: ``/v1/projects/{projectId}/branches``"""

    @cached_property
    def with_raw_response(self) -> AsyncProjectBranchesResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return AsyncProjectBranchesResourceWithRawResponse(self._client)

    @cached_property
    def alchemy_state(self) -> AsyncProjectBranchAlchemyStateResource:
        """``client.projects.branches.alchemy_state``"""
        return AsyncProjectBranchAlchemyStateResource(self._client)

    @cached_property
    def application_topology(self) -> AsyncProjectBranchApplicationTopologyResource:
        """``client.projects.branches.application_topology``"""
        return AsyncProjectBranchApplicationTopologyResource(self._client)

    def list(
        self,
        project_id: str,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        git_name: str | None = None,
        git_name_contains: str | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> AsyncPager[Branch, ListProjectBranchesResponse]:
        """List branches in a project

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Returns the live Branches of a Project. Supports two mutually exclusive filters: ?gitName= (exact match — at most one row), ?gitNameContains= (case-sensitive substring). Soft-deleted Branches are not returned. Ordered by createdAt ascending.

        ``GET /v1/projects/{projectId}/branches``

        Returns a pager: iterate it for the items of every page, fetched as needed; ``.iter_pages()`` for whole pages."""
        return AsyncPager(
            lambda next_cursor: self.with_raw_response.list(
                project_id,
                cursor=next_cursor,
                limit=limit,
                git_name=git_name,
                git_name_contains=git_name_contains,
                extra_headers=extra_headers,
                timeout=timeout,
            ),
            cursor=cursor,
            follows=True,
        )

    async def create(
        self,
        project_id: str,
        *,
        git_name: str,
        is_default: bool | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> Branch:
        """Create a branch

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Creates a Branch under the specified Project. The first Branch in a Project is always created with isDefault=true and role=production regardless of the body value. Later Branches are created with role=preview. Setting isDefault=true while another Branch already holds the default atomically swaps the default flag only.

        ``POST /v1/projects/{projectId}/branches``"""
        return unwrap_data(
            await self.with_raw_response.create(
                project_id,
                git_name=git_name,
                is_default=is_default,
                extra_headers=extra_headers,
                timeout=timeout,
                idempotent=idempotent,
            )
        )


class AsyncProjectBranchAlchemyStateResource(AsyncAPIResource):
    """``client.projects.branches.alchemy_state``"""

    @cached_property
    def lease(self) -> AsyncProjectBranchAlchemyStateLeaseResource:
        """``client.projects.branches.alchemy_state.lease``"""
        return AsyncProjectBranchAlchemyStateLeaseResource(self._client)

    @cached_property
    def version(self) -> AsyncProjectBranchAlchemyStateVersionResource:
        """``client.projects.branches.alchemy_state.version``"""
        return AsyncProjectBranchAlchemyStateVersionResource(self._client)

    @cached_property
    def stacks(self) -> AsyncProjectBranchAlchemyStateStacksResource:
        """``client.projects.branches.alchemy_state.stacks``"""
        return AsyncProjectBranchAlchemyStateStacksResource(self._client)


class AsyncProjectBranchAlchemyStateLeaseResourceWithRawResponse(AsyncAPIResource):
    """``client.projects.branches.alchemy_state.lease.with_raw_response``: every method returns the ApiResult."""

    async def acquire(
        self,
        project_id: str,
        branch_id: str,
        *,
        stack: str,
        stage: str,
        ttl_seconds: float | NotGiven = NOT_GIVEN,
        holder_description: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[AcquireAlchemyStateLeaseResponse, ErrorResponse]:
        """``POST /v1/projects/{projectId}/branches/{branchId}/alchemy-state/lease``: like :meth:`AsyncProjectBranchAlchemyStateLeaseResource.acquire`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "POST",
            "/v1/projects/{projectId}/branches/{branchId}/alchemy-state/lease",
            params={"path": {"projectId": project_id, "branchId": branch_id}},
            body=body_of(
                {
                    "stack": stack,
                    "stage": stage,
                    "ttlSeconds": ttl_seconds,
                    "holderDescription": holder_description,
                }
            ),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )

    async def release(
        self,
        project_id: str,
        branch_id: str,
        *,
        lease_id: str,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[None, ErrorResponse]:
        """``DELETE /v1/projects/{projectId}/branches/{branchId}/alchemy-state/lease``: like :meth:`AsyncProjectBranchAlchemyStateLeaseResource.release`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "DELETE",
            "/v1/projects/{projectId}/branches/{branchId}/alchemy-state/lease",
            params={
                "path": {"projectId": project_id, "branchId": branch_id},
                "header": {"alchemy-state-lease-id": lease_id},
            },
            headers=extra_headers,
            timeout=timeout,
        )

    async def renew(
        self,
        project_id: str,
        branch_id: str,
        *,
        lease_id: str,
        ttl_seconds: float | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[AcquireAlchemyStateLeaseResponse, ErrorResponse]:
        """``PATCH /v1/projects/{projectId}/branches/{branchId}/alchemy-state/lease``: like :meth:`AsyncProjectBranchAlchemyStateLeaseResource.renew`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "PATCH",
            "/v1/projects/{projectId}/branches/{branchId}/alchemy-state/lease",
            params={
                "path": {"projectId": project_id, "branchId": branch_id},
                "header": {"alchemy-state-lease-id": lease_id},
            },
            body=body_of({"ttlSeconds": ttl_seconds}),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )


class AsyncProjectBranchAlchemyStateLeaseResource(AsyncAPIResource):
    """``client.projects.branches.alchemy_state.lease``: ``/v1/projects/{projectId}/branches/{branchId}/alchemy-state/lease``"""

    @cached_property
    def with_raw_response(self) -> AsyncProjectBranchAlchemyStateLeaseResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return AsyncProjectBranchAlchemyStateLeaseResourceWithRawResponse(self._client)

    async def acquire(
        self,
        project_id: str,
        branch_id: str,
        *,
        stack: str,
        stage: str,
        ttl_seconds: float | NotGiven = NOT_GIVEN,
        holder_description: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> AlchemyStateLease:
        """Acquire Alchemy deploy lease

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Acquires the deploy lease for a (branch, stack, stage). An expired lease is replaced atomically; a live lease fails fast with 409 naming the current holder — there is no queueing. Every Alchemy state operation requires a live deploy lease.

        ``POST /v1/projects/{projectId}/branches/{branchId}/alchemy-state/lease``

        Args:
            stack: Alchemy stack name (opaque wire value).
            stage: Alchemy stage name (opaque wire value).
            ttl_seconds: Requested lease TTL in seconds. Default 60, clamped to [30, 300].
            holder_description: Free-form description of the acquiring deploy, echoed in the contention error so a blocked deploy can name who holds the lease."""
        return unwrap_data(
            await self.with_raw_response.acquire(
                project_id,
                branch_id,
                stack=stack,
                stage=stage,
                ttl_seconds=ttl_seconds,
                holder_description=holder_description,
                extra_headers=extra_headers,
                timeout=timeout,
                idempotent=idempotent,
            )
        )

    async def release(
        self,
        project_id: str,
        branch_id: str,
        *,
        lease_id: str,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> None:
        """Release Alchemy deploy lease

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Releases the deploy lease addressed by the Alchemy-State-Lease-Id header on clean deploy exit. A missing, replaced, or expired lease returns 404 — a lost lease at release time is surfaced, not idempotently swallowed.

        ``DELETE /v1/projects/{projectId}/branches/{branchId}/alchemy-state/lease``"""
        raise_for_status(
            await self.with_raw_response.release(
                project_id, branch_id, lease_id=lease_id, extra_headers=extra_headers, timeout=timeout
            )
        )

    async def renew(
        self,
        project_id: str,
        branch_id: str,
        *,
        lease_id: str,
        ttl_seconds: float | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> AlchemyStateLease:
        """Heartbeat Alchemy deploy lease

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Extends the unexpired deploy lease addressed by the Alchemy-State-Lease-Id header from now. A missing, replaced, or expired lease returns 404 — the lost-lease signal; an expired lease can never be revived.

        ``PATCH /v1/projects/{projectId}/branches/{branchId}/alchemy-state/lease``

        Args:
            ttl_seconds: Requested lease TTL in seconds. Default 60, clamped to [30, 300]."""
        return unwrap_data(
            await self.with_raw_response.renew(
                project_id,
                branch_id,
                lease_id=lease_id,
                ttl_seconds=ttl_seconds,
                extra_headers=extra_headers,
                timeout=timeout,
                idempotent=idempotent,
            )
        )


class AsyncProjectBranchAlchemyStateVersionResourceWithRawResponse(AsyncAPIResource):
    """``client.projects.branches.alchemy_state.version.with_raw_response``: every method returns the ApiResult."""

    async def retrieve(
        self,
        project_id: str,
        branch_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[GetAlchemyStateVersionResponse, ErrorResponse]:
        """``GET /v1/projects/{projectId}/branches/{branchId}/alchemy-state/version``: like :meth:`AsyncProjectBranchAlchemyStateVersionResource.retrieve`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "GET",
            "/v1/projects/{projectId}/branches/{branchId}/alchemy-state/version",
            params={"path": {"projectId": project_id, "branchId": branch_id}},
            headers=extra_headers,
            timeout=timeout,
        )


class AsyncProjectBranchAlchemyStateVersionResource(AsyncAPIResource):
    """``client.projects.branches.alchemy_state.version``: ``/v1/projects/{projectId}/branches/{branchId}/alchemy-state/version``"""

    @cached_property
    def with_raw_response(self) -> AsyncProjectBranchAlchemyStateVersionResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return AsyncProjectBranchAlchemyStateVersionResourceWithRawResponse(self._client)

    async def retrieve(
        self,
        project_id: str,
        branch_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> GetAlchemyStateVersionResponse:
        """Alchemy state store version

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Unauthenticated contract-version probe served verbatim from the pinned alchemy HttpStateApi contract. Returns the constant only and never inspects the addressed project or branch.

        ``GET /v1/projects/{projectId}/branches/{branchId}/alchemy-state/version``"""
        return unwrap(
            await self.with_raw_response.retrieve(
                project_id, branch_id, extra_headers=extra_headers, timeout=timeout
            )
        )


class AsyncProjectBranchAlchemyStateStacksResourceWithRawResponse(AsyncAPIResource):
    """``client.projects.branches.alchemy_state.stacks.with_raw_response``: every method returns the ApiResult."""

    async def list(
        self,
        project_id: str,
        branch_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[builtins.list[str], ErrorResponse]:
        """``GET /v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks``: like :meth:`AsyncProjectBranchAlchemyStateStacksResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "GET",
            "/v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks",
            params={"path": {"projectId": project_id, "branchId": branch_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    async def delete(
        self,
        project_id: str,
        branch_id: str,
        stack: str,
        *,
        lease_id: str,
        stage: str | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[None, ErrorResponse]:
        """``DELETE /v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}``: like :meth:`AsyncProjectBranchAlchemyStateStacksResource.delete`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "DELETE",
            "/v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}",
            params={
                "path": {"projectId": project_id, "branchId": branch_id, "stack": stack},
                "query": {"stage": stage},
                "header": {"alchemy-state-lease-id": lease_id},
            },
            headers=extra_headers,
            timeout=timeout,
        )


class AsyncProjectBranchAlchemyStateStacksResource(AsyncAPIResource):
    """``client.projects.branches.alchemy_state.stacks``: ``/v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks``, ``/v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}``"""

    @cached_property
    def with_raw_response(self) -> AsyncProjectBranchAlchemyStateStacksResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return AsyncProjectBranchAlchemyStateStacksResourceWithRawResponse(self._client)

    @cached_property
    def stages(self) -> AsyncProjectBranchAlchemyStateStackStagesResource:
        """``client.projects.branches.alchemy_state.stacks.stages``"""
        return AsyncProjectBranchAlchemyStateStackStagesResource(self._client)

    async def list(
        self,
        project_id: str,
        branch_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> builtins.list[str]:
        """List Alchemy stacks

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Lists the distinct stack names with state or output rows on the branch. Requires no deploy lease: the stock client's auth probe (checkHttpStateStoreAuth) calls this endpoint bare, and it exposes stack names only.

        ``GET /v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks``"""
        return unwrap(
            await self.with_raw_response.list(
                project_id, branch_id, extra_headers=extra_headers, timeout=timeout
            )
        )

    async def delete(
        self,
        project_id: str,
        branch_id: str,
        stack: str,
        *,
        lease_id: str,
        stage: str | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> None:
        """Delete Alchemy stack state

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Deletes every resource-state and output row of the stack, or only the given stage's rows when the stage query parameter is set. Requires a live deploy lease on the affected stage; without a stage it additionally requires that no other stage of the stack holds a live lease, so one stage's deploy can never delete state another stage's deploy is using. Idempotent.

        ``DELETE /v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}``"""
        raise_for_status(
            await self.with_raw_response.delete(
                project_id,
                branch_id,
                stack,
                lease_id=lease_id,
                stage=stage,
                extra_headers=extra_headers,
                timeout=timeout,
            )
        )


class AsyncProjectBranchAlchemyStateStackStagesResourceWithRawResponse(AsyncAPIResource):
    """``client.projects.branches.alchemy_state.stacks.stages.with_raw_response``: every method returns the ApiResult."""

    async def list(
        self,
        project_id: str,
        branch_id: str,
        stack: str,
        *,
        lease_id: str,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[builtins.list[str], ErrorResponse]:
        """``GET /v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages``: like :meth:`AsyncProjectBranchAlchemyStateStackStagesResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "GET",
            "/v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages",
            params={
                "path": {"projectId": project_id, "branchId": branch_id, "stack": stack},
                "header": {"alchemy-state-lease-id": lease_id},
            },
            headers=extra_headers,
            timeout=timeout,
        )


class AsyncProjectBranchAlchemyStateStackStagesResource(AsyncAPIResource):
    """``client.projects.branches.alchemy_state.stacks.stages``: ``/v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages``"""

    @cached_property
    def with_raw_response(self) -> AsyncProjectBranchAlchemyStateStackStagesResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return AsyncProjectBranchAlchemyStateStackStagesResourceWithRawResponse(self._client)

    @cached_property
    def resources(self) -> AsyncProjectBranchAlchemyStateStackStageResourcesResource:
        """``client.projects.branches.alchemy_state.stacks.stages.resources``"""
        return AsyncProjectBranchAlchemyStateStackStageResourcesResource(self._client)

    @cached_property
    def replaced_resources(self) -> AsyncProjectBranchAlchemyStateStackStageReplacedResourcesResource:
        """``client.projects.branches.alchemy_state.stacks.stages.replaced_resources``"""
        return AsyncProjectBranchAlchemyStateStackStageReplacedResourcesResource(self._client)

    @cached_property
    def output(self) -> AsyncProjectBranchAlchemyStateStackStageOutputResource:
        """``client.projects.branches.alchemy_state.stacks.stages.output``"""
        return AsyncProjectBranchAlchemyStateStackStageOutputResource(self._client)

    async def list(
        self,
        project_id: str,
        branch_id: str,
        stack: str,
        *,
        lease_id: str,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> builtins.list[str]:
        """List Alchemy stages

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Lists the distinct stage names with state or output rows for the stack. Accepts a live deploy lease on any stage of the stack.

        ``GET /v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages``"""
        return unwrap(
            await self.with_raw_response.list(
                project_id, branch_id, stack, lease_id=lease_id, extra_headers=extra_headers, timeout=timeout
            )
        )


class AsyncProjectBranchAlchemyStateStackStageResourcesResourceWithRawResponse(AsyncAPIResource):
    """``client.projects.branches.alchemy_state.stacks.stages.resources.with_raw_response``: every method returns the ApiResult."""

    async def list(
        self,
        project_id: str,
        branch_id: str,
        stack: str,
        stage: str,
        *,
        lease_id: str,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[builtins.list[str], ErrorResponse]:
        """``GET /v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/resources``: like :meth:`AsyncProjectBranchAlchemyStateStackStageResourcesResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "GET",
            "/v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/resources",
            params={
                "path": {"projectId": project_id, "branchId": branch_id, "stack": stack, "stage": stage},
                "header": {"alchemy-state-lease-id": lease_id},
            },
            headers=extra_headers,
            timeout=timeout,
        )

    async def retrieve(
        self,
        project_id: str,
        branch_id: str,
        stack: str,
        stage: str,
        fqn: str,
        *,
        lease_id: str,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[Any, ErrorResponse]:
        """``GET /v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/resources/{fqn}``: like :meth:`AsyncProjectBranchAlchemyStateStackStageResourcesResource.retrieve`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "GET",
            "/v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/resources/{fqn}",
            params={
                "path": {
                    "projectId": project_id,
                    "branchId": branch_id,
                    "stack": stack,
                    "stage": stage,
                    "fqn": fqn,
                },
                "header": {"alchemy-state-lease-id": lease_id},
            },
            headers=extra_headers,
            timeout=timeout,
        )

    async def update(
        self,
        project_id: str,
        branch_id: str,
        stack: str,
        stage: str,
        fqn: str,
        *,
        lease_id: str,
        body: Any | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[Any, ErrorResponse]:
        """``PUT /v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/resources/{fqn}``: like :meth:`AsyncProjectBranchAlchemyStateStackStageResourcesResource.update`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "PUT",
            "/v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/resources/{fqn}",
            params={
                "path": {
                    "projectId": project_id,
                    "branchId": branch_id,
                    "stack": stack,
                    "stage": stage,
                    "fqn": fqn,
                },
                "header": {"alchemy-state-lease-id": lease_id},
            },
            body=body,
            headers=extra_headers,
            timeout=timeout,
        )

    async def delete(
        self,
        project_id: str,
        branch_id: str,
        stack: str,
        stage: str,
        fqn: str,
        *,
        lease_id: str,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[None, ErrorResponse]:
        """``DELETE /v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/resources/{fqn}``: like :meth:`AsyncProjectBranchAlchemyStateStackStageResourcesResource.delete`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "DELETE",
            "/v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/resources/{fqn}",
            params={
                "path": {
                    "projectId": project_id,
                    "branchId": branch_id,
                    "stack": stack,
                    "stage": stage,
                    "fqn": fqn,
                },
                "header": {"alchemy-state-lease-id": lease_id},
            },
            headers=extra_headers,
            timeout=timeout,
        )


class AsyncProjectBranchAlchemyStateStackStageResourcesResource(AsyncAPIResource):
    """``client.projects.branches.alchemy_state.stacks.stages.resources``: ``/v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/resources``, ``/v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/resources/{fqn}``"""

    @cached_property
    def with_raw_response(self) -> AsyncProjectBranchAlchemyStateStackStageResourcesResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return AsyncProjectBranchAlchemyStateStackStageResourcesResourceWithRawResponse(self._client)

    async def list(
        self,
        project_id: str,
        branch_id: str,
        stack: str,
        stage: str,
        *,
        lease_id: str,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> builtins.list[str]:
        """List Alchemy resources

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Lists the resource FQNs stored for the stage, ordered by FQN.

        ``GET /v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/resources``"""
        return unwrap(
            await self.with_raw_response.list(
                project_id,
                branch_id,
                stack,
                stage,
                lease_id=lease_id,
                extra_headers=extra_headers,
                timeout=timeout,
            )
        )

    async def retrieve(
        self,
        project_id: str,
        branch_id: str,
        stack: str,
        stage: str,
        fqn: str,
        *,
        lease_id: str,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> Any:
        """Get Alchemy resource state

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Returns the stored resource state, or a JSON null body when absent (the stock client maps null to undefined).

        ``GET /v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/resources/{fqn}``"""
        return unwrap(
            await self.with_raw_response.retrieve(
                project_id,
                branch_id,
                stack,
                stage,
                fqn,
                lease_id=lease_id,
                extra_headers=extra_headers,
                timeout=timeout,
            )
        )

    async def update(
        self,
        project_id: str,
        branch_id: str,
        stack: str,
        stage: str,
        fqn: str,
        *,
        lease_id: str,
        body: Any | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> Any:
        """Set Alchemy resource state

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Stores the resource state encrypted at rest and echoes the stored value.

        ``PUT /v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/resources/{fqn}``

        Args:
            body: The request body (JSON)."""
        return unwrap(
            await self.with_raw_response.update(
                project_id,
                branch_id,
                stack,
                stage,
                fqn,
                lease_id=lease_id,
                body=body,
                extra_headers=extra_headers,
                timeout=timeout,
            )
        )

    async def delete(
        self,
        project_id: str,
        branch_id: str,
        stack: str,
        stage: str,
        fqn: str,
        *,
        lease_id: str,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> None:
        """Delete Alchemy resource state

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Deletes the resource state row. Idempotent: deleting an absent row also returns 204.

        ``DELETE /v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/resources/{fqn}``"""
        raise_for_status(
            await self.with_raw_response.delete(
                project_id,
                branch_id,
                stack,
                stage,
                fqn,
                lease_id=lease_id,
                extra_headers=extra_headers,
                timeout=timeout,
            )
        )


class AsyncProjectBranchAlchemyStateStackStageReplacedResourcesResourceWithRawResponse(AsyncAPIResource):
    """``client.projects.branches.alchemy_state.stacks.stages.replaced_resources.with_raw_response``: every method returns the ApiResult."""

    async def list(
        self,
        project_id: str,
        branch_id: str,
        stack: str,
        stage: str,
        *,
        lease_id: str,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[builtins.list[Any], ErrorResponse]:
        """``GET /v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/replaced-resources``: like :meth:`AsyncProjectBranchAlchemyStateStackStageReplacedResourcesResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "GET",
            "/v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/replaced-resources",
            params={
                "path": {"projectId": project_id, "branchId": branch_id, "stack": stack, "stage": stage},
                "header": {"alchemy-state-lease-id": lease_id},
            },
            headers=extra_headers,
            timeout=timeout,
        )


class AsyncProjectBranchAlchemyStateStackStageReplacedResourcesResource(AsyncAPIResource):
    """``client.projects.branches.alchemy_state.stacks.stages.replaced_resources``: ``/v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/replaced-resources``"""

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncProjectBranchAlchemyStateStackStageReplacedResourcesResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return AsyncProjectBranchAlchemyStateStackStageReplacedResourcesResourceWithRawResponse(self._client)

    async def list(
        self,
        project_id: str,
        branch_id: str,
        stack: str,
        stage: str,
        *,
        lease_id: str,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> builtins.list[Any]:
        """List replaced Alchemy resources

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Returns the decrypted resource states of the stage whose status is "replaced".

        ``GET /v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/replaced-resources``"""
        return unwrap(
            await self.with_raw_response.list(
                project_id,
                branch_id,
                stack,
                stage,
                lease_id=lease_id,
                extra_headers=extra_headers,
                timeout=timeout,
            )
        )


class AsyncProjectBranchAlchemyStateStackStageOutputResourceWithRawResponse(AsyncAPIResource):
    """``client.projects.branches.alchemy_state.stacks.stages.output.with_raw_response``: every method returns the ApiResult."""

    async def retrieve(
        self,
        project_id: str,
        branch_id: str,
        stack: str,
        stage: str,
        *,
        lease_id: str,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[Any, ErrorResponse]:
        """``GET /v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/output``: like :meth:`AsyncProjectBranchAlchemyStateStackStageOutputResource.retrieve`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "GET",
            "/v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/output",
            params={
                "path": {"projectId": project_id, "branchId": branch_id, "stack": stack, "stage": stage},
                "header": {"alchemy-state-lease-id": lease_id},
            },
            headers=extra_headers,
            timeout=timeout,
        )

    async def update(
        self,
        project_id: str,
        branch_id: str,
        stack: str,
        stage: str,
        *,
        lease_id: str,
        body: Any | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[Any, ErrorResponse]:
        """``PUT /v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/output``: like :meth:`AsyncProjectBranchAlchemyStateStackStageOutputResource.update`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "PUT",
            "/v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/output",
            params={
                "path": {"projectId": project_id, "branchId": branch_id, "stack": stack, "stage": stage},
                "header": {"alchemy-state-lease-id": lease_id},
            },
            body=body,
            headers=extra_headers,
            timeout=timeout,
        )


class AsyncProjectBranchAlchemyStateStackStageOutputResource(AsyncAPIResource):
    """``client.projects.branches.alchemy_state.stacks.stages.output``: ``/v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/output``"""

    @cached_property
    def with_raw_response(self) -> AsyncProjectBranchAlchemyStateStackStageOutputResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return AsyncProjectBranchAlchemyStateStackStageOutputResourceWithRawResponse(self._client)

    async def retrieve(
        self,
        project_id: str,
        branch_id: str,
        stack: str,
        stage: str,
        *,
        lease_id: str,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> Any:
        """Get Alchemy stack output

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Returns the stored stack output for the stage, or a JSON null body when absent (the stock client maps null to undefined).

        ``GET /v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/output``"""
        return unwrap(
            await self.with_raw_response.retrieve(
                project_id,
                branch_id,
                stack,
                stage,
                lease_id=lease_id,
                extra_headers=extra_headers,
                timeout=timeout,
            )
        )

    async def update(
        self,
        project_id: str,
        branch_id: str,
        stack: str,
        stage: str,
        *,
        lease_id: str,
        body: Any | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> Any:
        """Set Alchemy stack output

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Overwrites the stack output for the stage, encrypted at rest, and echoes the stored value.

        ``PUT /v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/output``

        Args:
            body: The request body (JSON)."""
        return unwrap(
            await self.with_raw_response.update(
                project_id,
                branch_id,
                stack,
                stage,
                lease_id=lease_id,
                body=body,
                extra_headers=extra_headers,
                timeout=timeout,
            )
        )


class AsyncProjectBranchApplicationTopologyResourceWithRawResponse(AsyncAPIResource):
    """``client.projects.branches.application_topology.with_raw_response``: every method returns the ApiResult."""

    async def retrieve(
        self,
        project_id: str,
        branch_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[GetBranchApplicationTopologyResponse, ErrorResponse]:
        """``GET /v1/projects/{projectId}/branches/{branchId}/application-topology``: like :meth:`AsyncProjectBranchApplicationTopologyResource.retrieve`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "GET",
            "/v1/projects/{projectId}/branches/{branchId}/application-topology",
            params={"path": {"projectId": project_id, "branchId": branch_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    async def update(
        self,
        project_id: str,
        branch_id: str,
        *,
        nodes: builtins.list[PutBranchApplicationTopologyBodyNode],
        ports: builtins.list[PutBranchApplicationTopologyBodyPort],
        edges: builtins.list[PutBranchApplicationTopologyBodyEdge],
        content_hash: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[GetBranchApplicationTopologyResponse, ErrorResponse]:
        """``PUT /v1/projects/{projectId}/branches/{branchId}/application-topology``: like :meth:`AsyncProjectBranchApplicationTopologyResource.update`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "PUT",
            "/v1/projects/{projectId}/branches/{branchId}/application-topology",
            params={"path": {"projectId": project_id, "branchId": branch_id}},
            body=body_of({"nodes": nodes, "ports": ports, "edges": edges, "contentHash": content_hash}),
            headers=extra_headers,
            timeout=timeout,
        )


class AsyncProjectBranchApplicationTopologyResource(AsyncAPIResource):
    """``client.projects.branches.application_topology``: ``/v1/projects/{projectId}/branches/{branchId}/application-topology``"""

    @cached_property
    def with_raw_response(self) -> AsyncProjectBranchApplicationTopologyResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return AsyncProjectBranchApplicationTopologyResourceWithRawResponse(self._client)

    async def retrieve(
        self,
        project_id: str,
        branch_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> BranchApplicationTopology:
        """Get branch topology

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Returns the stored topology graph for the branch — the same shape Composer submitted. Nodes, ports, and edges are returned in deterministic order.

        ``GET /v1/projects/{projectId}/branches/{branchId}/application-topology``"""
        return unwrap_data(
            await self.with_raw_response.retrieve(
                project_id, branch_id, extra_headers=extra_headers, timeout=timeout
            )
        )

    async def update(
        self,
        project_id: str,
        branch_id: str,
        *,
        nodes: builtins.list[PutBranchApplicationTopologyBodyNode],
        ports: builtins.list[PutBranchApplicationTopologyBodyPort],
        edges: builtins.list[PutBranchApplicationTopologyBodyEdge],
        content_hash: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> BranchApplicationTopology:
        """Replace branch topology

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Atomically replaces the entire topology for a branch. Composer calls this after Load, before the apply. On error, Composer warns and continues — the previous topology is preserved.

        ``PUT /v1/projects/{projectId}/branches/{branchId}/application-topology``"""
        return unwrap_data(
            await self.with_raw_response.update(
                project_id,
                branch_id,
                nodes=nodes,
                ports=ports,
                edges=edges,
                content_hash=content_hash,
                extra_headers=extra_headers,
                timeout=timeout,
            )
        )


class AsyncProjectDatabasesResourceWithRawResponse(AsyncAPIResource):
    """``client.projects.databases.with_raw_response``: every method returns the ApiResult."""

    async def list(
        self,
        project_id: str,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListDatabasesResponse, ErrorResponse]:
        """``GET /v1/projects/{projectId}/databases``: like :meth:`AsyncProjectDatabasesResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "GET",
            "/v1/projects/{projectId}/databases",
            params={"path": {"projectId": project_id}, "query": {"cursor": cursor, "limit": limit}},
            headers=extra_headers,
            timeout=timeout,
        )

    async def create(
        self,
        project_id: str,
        *,
        region: Literal[
            "us-east-1",
            "us-west-1",
            "eu-west-3",
            "eu-central-1",
            "ap-northeast-1",
            "ap-southeast-1",
            "inherit",
        ]
        | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        is_default: bool | NotGiven = NOT_GIVEN,
        from_database: CreateProjectDatabaseBodyFromDatabase | NotGiven = NOT_GIVEN,
        source: CreateDatabaseBodySource | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[CreateProjectDatabaseResponse, ErrorResponse]:
        """``POST /v1/projects/{projectId}/databases``: like :meth:`AsyncProjectDatabasesResource.create`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "POST",
            "/v1/projects/{projectId}/databases",
            params={"path": {"projectId": project_id}},
            body=body_of(
                {
                    "region": region,
                    "name": name,
                    "isDefault": is_default,
                    "fromDatabase": from_database,
                    "source": source,
                }
            ),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )


class AsyncProjectDatabasesResource(AsyncAPIResource):
    """``client.projects.databases``: ``/v1/projects/{projectId}/databases``"""

    @cached_property
    def with_raw_response(self) -> AsyncProjectDatabasesResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return AsyncProjectDatabasesResourceWithRawResponse(self._client)

    def list(
        self,
        project_id: str,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> AsyncPager[Database, ListDatabasesResponse]:
        """Get list of databases

        Returns databases for the given project.

        ``GET /v1/projects/{projectId}/databases``

        Args:
            cursor: Cursor for pagination
            limit: Limit for pagination

        Returns a pager: iterate it for the items of every page, fetched as needed; ``.iter_pages()`` for whole pages."""
        return AsyncPager(
            lambda next_cursor: self.with_raw_response.list(
                project_id, cursor=next_cursor, limit=limit, extra_headers=extra_headers, timeout=timeout
            ),
            cursor=cursor,
            follows=True,
        )

    async def create(
        self,
        project_id: str,
        *,
        region: Literal[
            "us-east-1",
            "us-west-1",
            "eu-west-3",
            "eu-central-1",
            "ap-northeast-1",
            "ap-southeast-1",
            "inherit",
        ]
        | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        is_default: bool | NotGiven = NOT_GIVEN,
        from_database: CreateProjectDatabaseBodyFromDatabase | NotGiven = NOT_GIVEN,
        source: CreateDatabaseBodySource | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ProjectDatabase:
        """Create database

        Creates a new database for the given project.

        ``POST /v1/projects/{projectId}/databases``

        Args:
            region: Use "inherit" to use the project's default region (falls back to the default database's region for projects without one).
            from_database: Deprecated: use `source` instead."""
        return unwrap_data(
            await self.with_raw_response.create(
                project_id,
                region=region,
                name=name,
                is_default=is_default,
                from_database=from_database,
                source=source,
                extra_headers=extra_headers,
                timeout=timeout,
                idempotent=idempotent,
            )
        )


class AsyncBranchesResourceWithRawResponse(AsyncAPIResource):
    """``client.branches.with_raw_response``: every method returns the ApiResult."""

    async def retrieve(
        self,
        branch_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[GetBranchResponse, ErrorResponse]:
        """``GET /v1/branches/{branchId}``: like :meth:`AsyncBranchesResource.retrieve`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "GET",
            "/v1/branches/{branchId}",
            params={"path": {"branchId": branch_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    async def delete(
        self,
        branch_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[None, ErrorResponse]:
        """``DELETE /v1/branches/{branchId}``: like :meth:`AsyncBranchesResource.delete`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "DELETE",
            "/v1/branches/{branchId}",
            params={"path": {"branchId": branch_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    async def update(
        self,
        branch_id: str,
        *,
        is_default: bool | NotGiven | None = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[GetBranchResponse, ErrorResponse]:
        """``PATCH /v1/branches/{branchId}``: like :meth:`AsyncBranchesResource.update`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "PATCH",
            "/v1/branches/{branchId}",
            params={"path": {"branchId": branch_id}},
            body=body_of({"isDefault": is_default}),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )


class AsyncBranchesResource(AsyncAPIResource):
    """``client.branches``: ``/v1/branches/{branchId}``"""

    @cached_property
    def with_raw_response(self) -> AsyncBranchesResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return AsyncBranchesResourceWithRawResponse(self._client)

    async def retrieve(
        self,
        branch_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> Branch:
        """Get a branch

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Returns a single Branch by ID. Member resources are not inlined — list them via /v1/databases?branchId= and /v1/apps?branchId=.

        ``GET /v1/branches/{branchId}``"""
        return unwrap_data(
            await self.with_raw_response.retrieve(branch_id, extra_headers=extra_headers, timeout=timeout)
        )

    async def delete(
        self,
        branch_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> None:
        """Soft-delete a branch

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Soft-deletes a Branch (sets deletedAt). Refuses if the Branch is the Project's current default, the Project's production Branch, or has live members.

        ``DELETE /v1/branches/{branchId}``"""
        raise_for_status(
            await self.with_raw_response.delete(branch_id, extra_headers=extra_headers, timeout=timeout)
        )

    async def update(
        self,
        branch_id: str,
        *,
        is_default: bool | NotGiven | None = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> Branch:
        """Update a branch

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Promotes a Branch to be the Project's default. Only isDefault is mutable — gitName rename and role changes are rejected.

        ``PATCH /v1/branches/{branchId}``"""
        return unwrap_data(
            await self.with_raw_response.update(
                branch_id,
                is_default=is_default,
                extra_headers=extra_headers,
                timeout=timeout,
                idempotent=idempotent,
            )
        )


class AsyncBucketsResourceWithRawResponse(AsyncAPIResource):
    """``client.buckets.with_raw_response``: every method returns the ApiResult."""

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
    ) -> ApiResult[ListBucketsResponse, ErrorResponse]:
        """``GET /v1/buckets``: like :meth:`AsyncBucketsResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "GET",
            "/v1/buckets",
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
        project_id: str,
        name: str | NotGiven = NOT_GIVEN,
        branch_id: str | NotGiven = NOT_GIVEN,
        branch_git_name: str | NotGiven = NOT_GIVEN,
        logical_id: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[GetBucketResponse, ErrorResponse]:
        """``POST /v1/buckets``: like :meth:`AsyncBucketsResource.create`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "POST",
            "/v1/buckets",
            body=body_of(
                {
                    "projectId": project_id,
                    "name": name,
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
        bucket_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[GetBucketResponse, ErrorResponse]:
        """``GET /v1/buckets/{bucketId}``: like :meth:`AsyncBucketsResource.retrieve`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "GET",
            "/v1/buckets/{bucketId}",
            params={"path": {"bucketId": bucket_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    async def delete(
        self,
        bucket_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[None, ErrorResponse]:
        """``DELETE /v1/buckets/{bucketId}``: like :meth:`AsyncBucketsResource.delete`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "DELETE",
            "/v1/buckets/{bucketId}",
            params={"path": {"bucketId": bucket_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    async def update(
        self,
        bucket_id: str,
        *,
        display_name: str | NotGiven = NOT_GIVEN,
        branch_id: str | NotGiven = NOT_GIVEN,
        branch_git_name: str | NotGiven = NOT_GIVEN,
        logical_id: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[GetBucketResponse, ErrorResponse]:
        """``PATCH /v1/buckets/{bucketId}``: like :meth:`AsyncBucketsResource.update`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "PATCH",
            "/v1/buckets/{bucketId}",
            params={"path": {"bucketId": bucket_id}},
            body=body_of(
                {
                    "displayName": display_name,
                    "branchId": branch_id,
                    "branchGitName": branch_git_name,
                    "logicalId": logical_id,
                }
            ),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )


class AsyncBucketsResource(AsyncAPIResource):
    """``client.buckets``: ``/v1/buckets``, ``/v1/buckets/{bucketId}``"""

    @cached_property
    def with_raw_response(self) -> AsyncBucketsResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return AsyncBucketsResourceWithRawResponse(self._client)

    @cached_property
    def keys(self) -> AsyncBucketKeysResource:
        """``client.buckets.keys``"""
        return AsyncBucketKeysResource(self._client)

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
    ) -> AsyncPager[Bucket, ListBucketsResponse]:
        """List buckets

        Returns all object-store buckets the token has access to. Optionally filter by project ID.

        ``GET /v1/buckets``

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
        project_id: str,
        name: str | NotGiven = NOT_GIVEN,
        branch_id: str | NotGiven = NOT_GIVEN,
        branch_git_name: str | NotGiven = NOT_GIVEN,
        logical_id: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> Bucket:
        """Create bucket

        Creates a new object-store bucket in the specified project.

        ``POST /v1/buckets``

        Args:
            project_id: ID of the project to create the bucket in
            name: Display name for the bucket. Generated if omitted.
            branch_id: ID of the branch to associate the bucket with. Mutually exclusive with branchGitName.
            branch_git_name: Git name of the branch to associate the bucket with. Mutually exclusive with branchId.
            logical_id: Declared identity of the resource, unique within its branch. Set by the tool that declares the resource."""
        return unwrap_data(
            await self.with_raw_response.create(
                project_id=project_id,
                name=name,
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
        bucket_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> Bucket:
        """Get bucket

        Returns the bucket with the given ID.

        ``GET /v1/buckets/{bucketId}``"""
        return unwrap_data(
            await self.with_raw_response.retrieve(bucket_id, extra_headers=extra_headers, timeout=timeout)
        )

    async def delete(
        self,
        bucket_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> None:
        """Delete bucket

        Permanently deletes the bucket with the given ID, all objects stored in it, and all its access keys. This action cannot be undone.

        ``DELETE /v1/buckets/{bucketId}``"""
        raise_for_status(
            await self.with_raw_response.delete(bucket_id, extra_headers=extra_headers, timeout=timeout)
        )

    async def update(
        self,
        bucket_id: str,
        *,
        display_name: str | NotGiven = NOT_GIVEN,
        branch_id: str | NotGiven = NOT_GIVEN,
        branch_git_name: str | NotGiven = NOT_GIVEN,
        logical_id: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> Bucket:
        """Update bucket

        Updates the display name, logical id, or branch of the bucket with the given ID. The display name is a label only: the provider bucket name, the objects, and the access keys do not change. `logicalId` cannot be combined with `branchId` or `branchGitName` in one request; move the bucket first, then set its `logicalId`.

        ``PATCH /v1/buckets/{bucketId}``

        Args:
            display_name: New display name for the bucket. A label only: the provider bucket name does not change.
            branch_id: ID of the branch to move the bucket to. Mutually exclusive with branchGitName.
            branch_git_name: Git name of the branch to move the bucket to; the branch is created when it does not exist. Mutually exclusive with branchId.
            logical_id: Declared identity of the resource, unique within its branch. Set by the tool that declares the resource."""
        return unwrap_data(
            await self.with_raw_response.update(
                bucket_id,
                display_name=display_name,
                branch_id=branch_id,
                branch_git_name=branch_git_name,
                logical_id=logical_id,
                extra_headers=extra_headers,
                timeout=timeout,
                idempotent=idempotent,
            )
        )


class AsyncBucketKeysResourceWithRawResponse(AsyncAPIResource):
    """``client.buckets.keys.with_raw_response``: every method returns the ApiResult."""

    async def list(
        self,
        bucket_id: str,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListBucketKeysResponse, ErrorResponse]:
        """``GET /v1/buckets/{bucketId}/keys``: like :meth:`AsyncBucketKeysResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "GET",
            "/v1/buckets/{bucketId}/keys",
            params={"path": {"bucketId": bucket_id}, "query": {"cursor": cursor, "limit": limit}},
            headers=extra_headers,
            timeout=timeout,
        )

    async def create(
        self,
        bucket_id: str,
        *,
        role: Literal["read", "read_write"],
        name: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[CreateBucketKeyResponse, ErrorResponse]:
        """``POST /v1/buckets/{bucketId}/keys``: like :meth:`AsyncBucketKeysResource.create`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "POST",
            "/v1/buckets/{bucketId}/keys",
            params={"path": {"bucketId": bucket_id}},
            body=body_of({"role": role, "name": name}),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )

    async def delete(
        self,
        bucket_id: str,
        key_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[None, ErrorResponse]:
        """``DELETE /v1/buckets/{bucketId}/keys/{keyId}``: like :meth:`AsyncBucketKeysResource.delete`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "DELETE",
            "/v1/buckets/{bucketId}/keys/{keyId}",
            params={"path": {"bucketId": bucket_id, "keyId": key_id}},
            headers=extra_headers,
            timeout=timeout,
        )


class AsyncBucketKeysResource(AsyncAPIResource):
    """``client.buckets.keys``: ``/v1/buckets/{bucketId}/keys``, ``/v1/buckets/{bucketId}/keys/{keyId}``"""

    @cached_property
    def with_raw_response(self) -> AsyncBucketKeysResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return AsyncBucketKeysResourceWithRawResponse(self._client)

    def list(
        self,
        bucket_id: str,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> AsyncPager[BucketKey, ListBucketKeysResponse]:
        """List bucket keys

        Returns all access keys for the given bucket.

        ``GET /v1/buckets/{bucketId}/keys``

        Returns a pager: iterate it for the items of every page, fetched as needed; ``.iter_pages()`` for whole pages."""
        return AsyncPager(
            lambda next_cursor: self.with_raw_response.list(
                bucket_id, cursor=next_cursor, limit=limit, extra_headers=extra_headers, timeout=timeout
            ),
            cursor=cursor,
            follows=True,
        )

    async def create(
        self,
        bucket_id: str,
        *,
        role: Literal["read", "read_write"],
        name: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> Key:
        """Create bucket key

        Creates a new access key for the given bucket. The `secretAccessKey` field is returned exactly once in this response and is never stored — copy it immediately.

        ``POST /v1/buckets/{bucketId}/keys``

        Args:
            role: Access role for the key: "read" or "read_write".
            name: Display name for the key. Generated if omitted."""
        return unwrap_data(
            await self.with_raw_response.create(
                bucket_id,
                role=role,
                name=name,
                extra_headers=extra_headers,
                timeout=timeout,
                idempotent=idempotent,
            )
        )

    async def delete(
        self,
        bucket_id: str,
        key_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> None:
        """Delete bucket key

        Revokes and deletes the bucket key with the given ID.

        ``DELETE /v1/buckets/{bucketId}/keys/{keyId}``"""
        raise_for_status(
            await self.with_raw_response.delete(
                bucket_id, key_id, extra_headers=extra_headers, timeout=timeout
            )
        )


class AsyncBuildsResourceWithRawResponse(AsyncAPIResource):
    """``client.builds.with_raw_response``: every method returns the ApiResult."""

    async def list(
        self,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        project_id: str | None = None,
        branch_id: str | None = None,
        state: Literal["pending", "running", "succeeded", "failed", "cancelled"] | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListBuildsResponse, ErrorResponse]:
        """``GET /v1/builds``: like :meth:`AsyncBuildsResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "GET",
            "/v1/builds",
            params={
                "query": {
                    "cursor": cursor,
                    "limit": limit,
                    "projectId": project_id,
                    "branchId": branch_id,
                    "state": state,
                }
            },
            headers=extra_headers,
            timeout=timeout,
        )

    async def create(
        self,
        *,
        source: Literal["ci", "cli"],
        commit_sha: str,
        branch_name: str,
        run_identity: CreateBuildBodyRunIdentity | NotGiven = NOT_GIVEN,
        external_log_url: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        branch_id: str | NotGiven = NOT_GIVEN,
        application_topology_content_hash: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[CreateBuildResponse, ErrorResponse]:
        """``POST /v1/builds``: like :meth:`AsyncBuildsResource.create`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "POST",
            "/v1/builds",
            body=body_of(
                {
                    "source": source,
                    "commitSha": commit_sha,
                    "branchName": branch_name,
                    "runIdentity": run_identity,
                    "externalLogUrl": external_log_url,
                    "projectId": project_id,
                    "branchId": branch_id,
                    "applicationTopologyContentHash": application_topology_content_hash,
                }
            ),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )

    async def retrieve(
        self,
        build_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[GetBuildResponse, ErrorResponse]:
        """``GET /v1/builds/{buildId}``: like :meth:`AsyncBuildsResource.retrieve`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "GET",
            "/v1/builds/{buildId}",
            params={"path": {"buildId": build_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    async def update(
        self,
        build_id: str,
        *,
        phase: Literal["queued", "build", "deploy"] | NotGiven = NOT_GIVEN,
        state: Literal["pending", "running", "succeeded", "failed", "cancelled"] | NotGiven = NOT_GIVEN,
        failing_step: str | NotGiven = NOT_GIVEN,
        error_message: str | NotGiven = NOT_GIVEN,
        external_log_url: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        branch_id: str | NotGiven = NOT_GIVEN,
        deployed_url: str | NotGiven = NOT_GIVEN,
        application_topology_content_hash: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[CreateBuildResponse, ErrorResponse]:
        """``PATCH /v1/builds/{buildId}``: like :meth:`AsyncBuildsResource.update`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "PATCH",
            "/v1/builds/{buildId}",
            params={"path": {"buildId": build_id}},
            body=body_of(
                {
                    "phase": phase,
                    "state": state,
                    "failingStep": failing_step,
                    "errorMessage": error_message,
                    "externalLogUrl": external_log_url,
                    "projectId": project_id,
                    "branchId": branch_id,
                    "deployedUrl": deployed_url,
                    "applicationTopologyContentHash": application_topology_content_hash,
                }
            ),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )

    async def logs(
        self,
        build_id: str,
        *,
        follow: Literal["true", "false"] | None = None,
        cursor: str | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[AsyncNdjsonStream[GetBuildLogsEvent], ErrorResponse]:
        """``GET /v1/builds/{buildId}/logs``: like :meth:`AsyncBuildsResource.logs`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "GET",
            "/v1/builds/{buildId}/logs",
            params={"path": {"buildId": build_id}, "query": {"follow": follow, "cursor": cursor}},
            headers=extra_headers,
            timeout=timeout,
        )


class AsyncBuildsResource(AsyncAPIResource):
    """``client.builds``: ``/v1/builds``, ``/v1/builds/{buildId}``, ``/v1/builds/{buildId}/logs``"""

    @cached_property
    def with_raw_response(self) -> AsyncBuildsResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return AsyncBuildsResourceWithRawResponse(self._client)

    @cached_property
    def resources(self) -> AsyncBuildResourcesResource:
        """``client.builds.resources``"""
        return AsyncBuildResourcesResource(self._client)

    def list(
        self,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        project_id: str | None = None,
        branch_id: str | None = None,
        state: Literal["pending", "running", "succeeded", "failed", "cancelled"] | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> AsyncPager[ListBuildsResult, ListBuildsResponse]:
        """List builds

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Lists the builds of the caller's workspace, newest first, filtered by project, branch, or state. `cursor` is opaque: pass back the `nextCursor` the previous page returned.

        ``GET /v1/builds``

        Returns a pager: iterate it for the items of every page, fetched as needed; ``.iter_pages()`` for whole pages."""
        return AsyncPager(
            lambda next_cursor: self.with_raw_response.list(
                cursor=next_cursor,
                limit=limit,
                project_id=project_id,
                branch_id=branch_id,
                state=state,
                extra_headers=extra_headers,
                timeout=timeout,
            ),
            cursor=cursor,
            follows=True,
        )

    async def create(
        self,
        *,
        source: Literal["ci", "cli"],
        commit_sha: str,
        branch_name: str,
        run_identity: CreateBuildBodyRunIdentity | NotGiven = NOT_GIVEN,
        external_log_url: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        branch_id: str | NotGiven = NOT_GIVEN,
        application_topology_content_hash: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ListBuildsResult:
        """Report a build

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Records a build any deploy tool is running — a CI workflow, a deploy script, or Composer from a laptop. The workspace comes from the token, never from the body, which is what lets a build be reported before the project it will create exists. Supplying `runIdentity` makes the call idempotent: a repeat for the same run returns the build already recorded rather than a second one. The response is the same either way; a caller cannot tell whether it created the build or joined one.

        A build reported with no `runIdentity` has no dedup key, so a client that retries a lost response creates a second build. Supply a `runIdentity` whenever the run has one.

        ``POST /v1/builds``

        Args:
            source: `ci` for a build reported from a CI run, `cli` for a deploy run directly by a human or agent.
            commit_sha: Commit the build ran on.
            branch_name: Git branch name.
            run_identity: Identifies the CI run. Supplying it makes creation idempotent — a repeat call for the same run returns the build that already exists. Omit it for builds with no run to name, such as a deploy from a laptop, where every call creates a new build.
            external_log_url: Link to the run's logs in the reporter's own system.
            project_id: Project the build targets, when it exists. A build may be reported before its project does.
            application_topology_content_hash: Content hash of the application topology this run deploys, as submitted to the application-topology endpoint. A value match, never a reference: equal hashes identify the same graph."""
        return unwrap_data(
            await self.with_raw_response.create(
                source=source,
                commit_sha=commit_sha,
                branch_name=branch_name,
                run_identity=run_identity,
                external_log_url=external_log_url,
                project_id=project_id,
                branch_id=branch_id,
                application_topology_content_hash=application_topology_content_hash,
                extra_headers=extra_headers,
                timeout=timeout,
                idempotent=idempotent,
            )
        )

    async def retrieve(
        self,
        build_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> Build:
        """Get a build

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Returns one build with the resources it reported acting on.

        ``GET /v1/builds/{buildId}``"""
        return unwrap_data(
            await self.with_raw_response.retrieve(build_id, extra_headers=extra_headers, timeout=timeout)
        )

    async def update(
        self,
        build_id: str,
        *,
        phase: Literal["queued", "build", "deploy"] | NotGiven = NOT_GIVEN,
        state: Literal["pending", "running", "succeeded", "failed", "cancelled"] | NotGiven = NOT_GIVEN,
        failing_step: str | NotGiven = NOT_GIVEN,
        error_message: str | NotGiven = NOT_GIVEN,
        external_log_url: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        branch_id: str | NotGiven = NOT_GIVEN,
        deployed_url: str | NotGiven = NOT_GIVEN,
        application_topology_content_hash: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ListBuildsResult:
        """Update a build

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Records progress on a build. Any holder of the workspace token may patch any field — the webhook, the CI run and Composer each report the part of a deploy they can see, and the token is the boundary. Reaching `running` stamps `startedAt` and reaching a terminal state stamps `finishedAt`, both only if unset, so re-reporting the same state does not move the clock. Once a build has finished, its state no longer changes: a later report updates the other fields and leaves the state as the finishing report set it.

        `projectId`, `branchId`, `deployedUrl` and `applicationTopologyContentHash` can each be set once and never changed: a reporter that resolves them partway through a deploy sets them here, but a value already recorded cannot be changed and the attempt is a conflict. Sending the value already recorded is accepted and changes nothing. `projectId` and `branchId` must belong to the caller's workspace, and a branch must belong to the build's project, so a branch from another project is refused.

        ``PATCH /v1/builds/{buildId}``

        Args:
            phase: How far the run has got.
            failing_step: Name of the step that failed, free text — step names come from build tooling the platform cannot validate.
            project_id: Project the build targets. Can be set once and never changed: a reporter that learns the project partway through a deploy may set it, but a value already recorded cannot be changed.
            branch_id: Branch the build targets. Can be set once and never changed, like `projectId`.
            deployed_url: Where the deployed app can be reached. Can be set once and never changed, like `projectId`.
            application_topology_content_hash: Content hash of the application topology this run deploys, as submitted to the application-topology endpoint. A value match, never a reference: equal hashes identify the same graph. Can be set once and never changed, like `projectId`."""
        return unwrap_data(
            await self.with_raw_response.update(
                build_id,
                phase=phase,
                state=state,
                failing_step=failing_step,
                error_message=error_message,
                external_log_url=external_log_url,
                project_id=project_id,
                branch_id=branch_id,
                deployed_url=deployed_url,
                application_topology_content_hash=application_topology_content_hash,
                extra_headers=extra_headers,
                timeout=timeout,
                idempotent=idempotent,
            )
        )

    async def logs(
        self,
        build_id: str,
        *,
        follow: Literal["true", "false"] | None = None,
        cursor: str | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> AsyncNdjsonStream[GetBuildLogsEvent]:
        """Stream build logs

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Streams the full build log for a build as newline-delimited JSON (`application/x-ndjson`). Each line is a JSON object discriminated by `type`: `log` (a build output line) or `terminal` (end-of-stream marker with a `cursor` for resumption). The default is a finite dump that ends once the stream is drained; pass `follow=true` to keep the connection open for an in-flight build, and `cursor` to resume from a prior terminal cursor.

        ``GET /v1/builds/{buildId}/logs``"""
        return unwrap(
            await self.with_raw_response.logs(
                build_id, follow=follow, cursor=cursor, extra_headers=extra_headers, timeout=timeout
            )
        )

    async def wait_until_succeeded(
        self,
        build_id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_progress: Callable[[Build], object] | None = None,
    ) -> Build:
        """Poll ``GET /v1/builds/{buildId}`` until the build's ``state`` is 'succeeded'; return it.

        Reads at once, then after pauses of ``poll_interval`` seconds growing 1.5x (at most 10 s).
        ``on_progress`` is called with each read (awaited if it returns an awaitable).

        Raises:
            ResourceFailedError: the state became 'failed', 'cancelled' (terminal).
            WaitTimeoutError: still not 'succeeded' after ``timeout`` seconds; cancelling the task stops waiting too.
            APIStatusError: a read failed (after the client's retries)."""
        return await wait_async(
            lambda: self.retrieve(build_id),
            WaitSpec("build", "state", ("succeeded",), ("failed", "cancelled")),
            build_id,
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
        )


class AsyncBuildResourcesResourceWithRawResponse(AsyncAPIResource):
    """``client.builds.resources.with_raw_response``: every method returns the ApiResult."""

    async def update(
        self,
        build_id: str,
        resource_type: Literal[
            "project", "branch", "database", "app", "deployment", "bucket", "service_key", "config_variable"
        ],
        resource_id: str,
        *,
        action: Literal["created", "acted_on", "deleted"],
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[None, ErrorResponse]:
        """``PUT /v1/builds/{buildId}/resources/{resourceType}/{resourceId}``: like :meth:`AsyncBuildResourcesResource.update`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "PUT",
            "/v1/builds/{buildId}/resources/{resourceType}/{resourceId}",
            params={"path": {"buildId": build_id, "resourceType": resource_type, "resourceId": resource_id}},
            body=body_of({"action": action}),
            headers=extra_headers,
            timeout=timeout,
        )


class AsyncBuildResourcesResource(AsyncAPIResource):
    """``client.builds.resources``: ``/v1/builds/{buildId}/resources/{resourceType}/{resourceId}``"""

    @cached_property
    def with_raw_response(self) -> AsyncBuildResourcesResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return AsyncBuildResourcesResourceWithRawResponse(self._client)

    async def update(
        self,
        build_id: str,
        resource_type: Literal[
            "project", "branch", "database", "app", "deployment", "bucket", "service_key", "config_variable"
        ],
        resource_id: str,
        *,
        action: Literal["created", "acted_on", "deleted"],
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> None:
        """Report a resource a build acted on

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Records that the build created, acted on, or deleted a platform resource — the provenance a deploy run leaves behind. Idempotent: re-reporting the same resource updates the row rather than adding one, and never weakens the recorded action. The resource must belong to the caller's workspace, and must still be findable: a soft-deleted resource can be reported, but `project`, `database`, `service_key` and `config_variable` leave no row behind, so a build that deletes one must report it before deleting it. Reporting a deployment as `created` also attaches the deployment to the build and records the app it deployed into, both in the same transaction, because a deployment relates its build to that app whether or not the reporter says so.

        ``PUT /v1/builds/{buildId}/resources/{resourceType}/{resourceId}``

        Args:
            action: The strongest effect the build had on the resource. Re-reporting is safe: a weaker action never overwrites a stronger one, so `created` survives a later `acted_on`."""
        raise_for_status(
            await self.with_raw_response.update(
                build_id,
                resource_type,
                resource_id,
                action=action,
                extra_headers=extra_headers,
                timeout=timeout,
            )
        )


class AsyncDomainsResourceWithRawResponse(AsyncAPIResource):
    """``client.domains.with_raw_response``: every method returns the ApiResult."""

    async def retrieve(
        self,
        domain_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[GetDomainResponse, ErrorResponse]:
        """``GET /v1/domains/{domainId}``: like :meth:`AsyncDomainsResource.retrieve`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "GET",
            "/v1/domains/{domainId}",
            params={"path": {"domainId": domain_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    async def delete(
        self,
        domain_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[None, ErrorResponse]:
        """``DELETE /v1/domains/{domainId}``: like :meth:`AsyncDomainsResource.delete`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "DELETE",
            "/v1/domains/{domainId}",
            params={"path": {"domainId": domain_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    async def retry(
        self,
        domain_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[GetDomainResponse, ErrorResponse]:
        """``POST /v1/domains/{domainId}/retry``: like :meth:`AsyncDomainsResource.retry`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "POST",
            "/v1/domains/{domainId}/retry",
            params={"path": {"domainId": domain_id}},
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )


class AsyncDomainsResource(AsyncAPIResource):
    """``client.domains``: ``/v1/domains/{domainId}``, ``/v1/domains/{domainId}/retry``"""

    @cached_property
    def with_raw_response(self) -> AsyncDomainsResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return AsyncDomainsResourceWithRawResponse(self._client)

    async def retrieve(
        self,
        domain_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> Domain:
        """Get a custom domain

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Returns details for a custom domain by id. Authorization is derived from the parent compute service's workspace.

        ``GET /v1/domains/{domainId}``"""
        return unwrap_data(
            await self.with_raw_response.retrieve(domain_id, extra_headers=extra_headers, timeout=timeout)
        )

    async def delete(
        self,
        domain_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> None:
        """Delete a custom domain

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Removes a custom domain binding. Authorization is derived from the parent compute service's workspace.

        ``DELETE /v1/domains/{domainId}``"""
        raise_for_status(
            await self.with_raw_response.delete(domain_id, extra_headers=extra_headers, timeout=timeout)
        )

    async def retry(
        self,
        domain_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> Domain:
        """Retry custom domain provisioning

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Retries DNS verification and certificate issuance for a failed or pending domain. Returns 409 if the domain is not yet eligible for retry (e.g. still provisioning).

        ``POST /v1/domains/{domainId}/retry``"""
        return unwrap_data(
            await self.with_raw_response.retry(
                domain_id, extra_headers=extra_headers, timeout=timeout, idempotent=idempotent
            )
        )

    async def wait_until_active(
        self,
        domain_id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_progress: Callable[[Domain], object] | None = None,
    ) -> Domain:
        """Poll ``GET /v1/domains/{domainId}`` until the domain's ``status`` is 'active'; return it.

        Reads at once, then after pauses of ``poll_interval`` seconds growing 1.5x (at most 10 s).
        ``on_progress`` is called with each read (awaited if it returns an awaitable).

        Raises:
            ResourceFailedError: the status became 'failed', 'removing' (terminal).
            WaitTimeoutError: still not 'active' after ``timeout`` seconds; cancelling the task stops waiting too.
            APIStatusError: a read failed (after the client's retries)."""
        return await wait_async(
            lambda: self.retrieve(domain_id),
            WaitSpec("domain", "status", ("active",), ("failed", "removing")),
            domain_id,
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
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


class AsyncDatabasesResourceWithRawResponse(AsyncAPIResource):
    """``client.databases.with_raw_response``: every method returns the ApiResult."""

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
    ) -> ApiResult[ListDatabasesResponse, ErrorResponse]:
        """``GET /v1/databases``: like :meth:`AsyncDatabasesResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "GET",
            "/v1/databases",
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
        project_id: str,
        region: Literal[
            "us-east-1",
            "us-west-1",
            "eu-west-3",
            "eu-central-1",
            "ap-northeast-1",
            "ap-southeast-1",
            "inherit",
        ]
        | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        is_default: bool | NotGiven = NOT_GIVEN,
        source: CreateDatabaseBodySource | NotGiven = NOT_GIVEN,
        branch_id: str | NotGiven | None = NOT_GIVEN,
        branch_git_name: str | NotGiven | None = NOT_GIVEN,
        logical_id: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[CreateDatabaseResponse, ErrorResponse]:
        """``POST /v1/databases``: like :meth:`AsyncDatabasesResource.create`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "POST",
            "/v1/databases",
            body=body_of(
                {
                    "projectId": project_id,
                    "region": region,
                    "name": name,
                    "isDefault": is_default,
                    "source": source,
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
        database_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[GetDatabaseResponse, ErrorResponse]:
        """``GET /v1/databases/{databaseId}``: like :meth:`AsyncDatabasesResource.retrieve`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "GET",
            "/v1/databases/{databaseId}",
            params={"path": {"databaseId": database_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    async def update(
        self,
        database_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        branch_id: str | NotGiven | None = NOT_GIVEN,
        branch_git_name: str | NotGiven | None = NOT_GIVEN,
        logical_id: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[GetDatabaseResponse, ErrorResponse]:
        """``PATCH /v1/databases/{databaseId}``: like :meth:`AsyncDatabasesResource.update`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "PATCH",
            "/v1/databases/{databaseId}",
            params={"path": {"databaseId": database_id}},
            body=body_of(
                {
                    "name": name,
                    "branchId": branch_id,
                    "branchGitName": branch_git_name,
                    "logicalId": logical_id,
                }
            ),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )

    async def delete(
        self,
        database_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[None, ErrorResponse]:
        """``DELETE /v1/databases/{databaseId}``: like :meth:`AsyncDatabasesResource.delete`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "DELETE",
            "/v1/databases/{databaseId}",
            params={"path": {"databaseId": database_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    async def restore(
        self,
        target_database_id: str,
        *,
        source: CreateDatabaseBodySourceBackup,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[RestoreDatabaseResponse, ErrorResponse]:
        """``POST /v1/databases/{targetDatabaseId}/restore``: like :meth:`AsyncDatabasesResource.restore`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "POST",
            "/v1/databases/{targetDatabaseId}/restore",
            params={"path": {"targetDatabaseId": target_database_id}},
            body=body_of({"source": source}),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )


class AsyncDatabasesResource(AsyncAPIResource):
    """``client.databases``: ``/v1/databases``, ``/v1/databases/{databaseId}``, ``/v1/databases/{targetDatabaseId}/restore``"""

    @cached_property
    def with_raw_response(self) -> AsyncDatabasesResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return AsyncDatabasesResourceWithRawResponse(self._client)

    @cached_property
    def connections(self) -> AsyncDatabaseConnectionsResource:
        """``client.databases.connections``"""
        return AsyncDatabaseConnectionsResource(self._client)

    @cached_property
    def backups(self) -> AsyncDatabaseBackupsResource:
        """``client.databases.backups``"""
        return AsyncDatabaseBackupsResource(self._client)

    @cached_property
    def usage(self) -> AsyncDatabaseUsageResource:
        """``client.databases.usage``"""
        return AsyncDatabaseUsageResource(self._client)

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
    ) -> AsyncPager[Database, ListDatabasesResponse]:
        """List databases

        Returns all databases the token has access to. Optionally filter by project ID.

        ``GET /v1/databases``

        Args:
            cursor: Cursor for pagination
            limit: Limit for pagination
            project_id: Filter databases by project ID

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
        project_id: str,
        region: Literal[
            "us-east-1",
            "us-west-1",
            "eu-west-3",
            "eu-central-1",
            "ap-northeast-1",
            "ap-southeast-1",
            "inherit",
        ]
        | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        is_default: bool | NotGiven = NOT_GIVEN,
        source: CreateDatabaseBodySource | NotGiven = NOT_GIVEN,
        branch_id: str | NotGiven | None = NOT_GIVEN,
        branch_git_name: str | NotGiven | None = NOT_GIVEN,
        logical_id: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> CreateDatabaseResult:
        """Create database

        Creates a new database in the specified project. `logicalId` cannot be combined with `branchGitName`; pass `branchId` instead.

        ``POST /v1/databases``

        Args:
            project_id: ID of the project to create the database in
            region: Use "inherit" to use the project's default region (falls back to the default database's region for projects without one).
            name: Display name for the database
            is_default: Whether this is the default database
            source: Source to create the database from. Omit to create an empty database.
            branch_id: ID of the Branch to attach the database to. Omit to attach the database to the project's default Branch. Every database belongs to a Branch, so null is rejected.
            branch_git_name: Git name of the Branch to attach the database to; the Branch is created when it does not exist. Mutually exclusive with branchId. Omit to attach to the project's default Branch. Every database belongs to a Branch, so null is rejected.
            logical_id: Declared identity of the resource, unique within its branch. Set by the tool that declares the resource."""
        return unwrap_data(
            await self.with_raw_response.create(
                project_id=project_id,
                region=region,
                name=name,
                is_default=is_default,
                source=source,
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
        database_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> Database:
        """Get database

        Returns the database with the given ID.

        ``GET /v1/databases/{databaseId}``"""
        return unwrap_data(
            await self.with_raw_response.retrieve(database_id, extra_headers=extra_headers, timeout=timeout)
        )

    async def update(
        self,
        database_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        branch_id: str | NotGiven | None = NOT_GIVEN,
        branch_git_name: str | NotGiven | None = NOT_GIVEN,
        logical_id: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> Database:
        """Update database

        Updates the database with the given ID. `logicalId` cannot be combined with `branchId` or `branchGitName` in one request; move the database first, then set its `logicalId`.

        ``PATCH /v1/databases/{databaseId}``

        Args:
            name: New display name for the database
            branch_id: ID of the Branch to move the database to. Every database belongs to a Branch, so null (detach) is rejected.
            branch_git_name: Git name of the Branch to move the database to; the Branch is created when it does not exist. Mutually exclusive with branchId. Every database belongs to a Branch, so null (detach) is rejected.
            logical_id: Declared identity of the resource, unique within its branch. Set by the tool that declares the resource."""
        return unwrap_data(
            await self.with_raw_response.update(
                database_id,
                name=name,
                branch_id=branch_id,
                branch_git_name=branch_git_name,
                logical_id=logical_id,
                extra_headers=extra_headers,
                timeout=timeout,
                idempotent=idempotent,
            )
        )

    async def delete(
        self,
        database_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> None:
        """Delete database

        Deletes the database with the given ID.

        ``DELETE /v1/databases/{databaseId}``"""
        raise_for_status(
            await self.with_raw_response.delete(database_id, extra_headers=extra_headers, timeout=timeout)
        )

    async def restore(
        self,
        target_database_id: str,
        *,
        source: CreateDatabaseBodySourceBackup,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> RestoreDatabaseResult:
        """Restore database (destructive)

        ⚠️ **Destructive operation** — this immediately and irreversibly overwrites all data in the target database with the contents of the specified backup. Any data written since the backup was taken will be lost. Ensure you have a recent backup of the target database before proceeding.

        Replaces the data in an existing database from a backup. Connections and credentials are preserved — only the data layer is replaced.

        ``POST /v1/databases/{targetDatabaseId}/restore``"""
        return unwrap_data(
            await self.with_raw_response.restore(
                target_database_id,
                source=source,
                extra_headers=extra_headers,
                timeout=timeout,
                idempotent=idempotent,
            )
        )

    async def wait_until_ready(
        self,
        database_id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_progress: Callable[[Database], object] | None = None,
    ) -> Database:
        """Poll ``GET /v1/databases/{databaseId}`` until the database's ``status`` is 'ready'; return it.

        Reads at once, then after pauses of ``poll_interval`` seconds growing 1.5x (at most 10 s).
        ``on_progress`` is called with each read (awaited if it returns an awaitable).

        Raises:
            ResourceFailedError: the status became 'failure' (terminal).
            WaitTimeoutError: still not 'ready' after ``timeout`` seconds; cancelling the task stops waiting too.
            APIStatusError: a read failed (after the client's retries)."""
        return await wait_async(
            lambda: self.retrieve(database_id),
            WaitSpec("database", "status", ("ready",), ("failure",)),
            database_id,
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
        )


class AsyncDatabaseConnectionsResourceWithRawResponse(AsyncAPIResource):
    """``client.databases.connections.with_raw_response``: every method returns the ApiResult."""

    async def list(
        self,
        database_id: str,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListConnectionsResponse, ErrorResponse]:
        """``GET /v1/databases/{databaseId}/connections``: like :meth:`AsyncDatabaseConnectionsResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "GET",
            "/v1/databases/{databaseId}/connections",
            params={"path": {"databaseId": database_id}, "query": {"cursor": cursor, "limit": limit}},
            headers=extra_headers,
            timeout=timeout,
        )

    async def create(
        self,
        database_id: str,
        *,
        name: str,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[CreateConnectionResponse, ErrorResponse]:
        """``POST /v1/databases/{databaseId}/connections``: like :meth:`AsyncDatabaseConnectionsResource.create`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "POST",
            "/v1/databases/{databaseId}/connections",
            params={"path": {"databaseId": database_id}},
            body=body_of({"name": name}),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )


class AsyncDatabaseConnectionsResource(AsyncAPIResource):
    """``client.databases.connections``: ``/v1/databases/{databaseId}/connections``"""

    @cached_property
    def with_raw_response(self) -> AsyncDatabaseConnectionsResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return AsyncDatabaseConnectionsResourceWithRawResponse(self._client)

    def list(
        self,
        database_id: str,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> AsyncPager[Connection, ListConnectionsResponse]:
        """Get list of database connections

        Returns all connections for the given database.

        ``GET /v1/databases/{databaseId}/connections``

        Args:
            cursor: Cursor for pagination
            limit: Limit for pagination

        Returns a pager: iterate it for the items of every page, fetched as needed; ``.iter_pages()`` for whole pages."""
        return AsyncPager(
            lambda next_cursor: self.with_raw_response.list(
                database_id, cursor=next_cursor, limit=limit, extra_headers=extra_headers, timeout=timeout
            ),
            cursor=cursor,
            follows=True,
        )

    async def create(
        self,
        database_id: str,
        *,
        name: str,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> CreateConnectionResult:
        """Create database connection string

        Creates a new connection string for the given database.

        ``POST /v1/databases/{databaseId}/connections``"""
        return unwrap_data(
            await self.with_raw_response.create(
                database_id, name=name, extra_headers=extra_headers, timeout=timeout, idempotent=idempotent
            )
        )


class AsyncDatabaseBackupsResourceWithRawResponse(AsyncAPIResource):
    """``client.databases.backups.with_raw_response``: every method returns the ApiResult."""

    async def list(
        self,
        database_id: str,
        *,
        limit: int | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListDatabaseBackupsResponse, ErrorResponse]:
        """``GET /v1/databases/{databaseId}/backups``: like :meth:`AsyncDatabaseBackupsResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "GET",
            "/v1/databases/{databaseId}/backups",
            params={"path": {"databaseId": database_id}, "query": {"limit": limit}},
            headers=extra_headers,
            timeout=timeout,
        )


class AsyncDatabaseBackupsResource(AsyncAPIResource):
    """``client.databases.backups``: ``/v1/databases/{databaseId}/backups``"""

    @cached_property
    def with_raw_response(self) -> AsyncDatabaseBackupsResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return AsyncDatabaseBackupsResourceWithRawResponse(self._client)

    def list(
        self,
        database_id: str,
        *,
        limit: int | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> AsyncPager[DatabaseBackup, ListDatabaseBackupsResponse]:
        """Get list of backups

        Returns backups for the specified database.

        ``GET /v1/databases/{databaseId}/backups``

        Returns a pager over the single page this operation answers with; ``.iter_pages()`` for whole pages."""
        return AsyncPager(
            lambda next_cursor: self.with_raw_response.list(
                database_id, limit=limit, extra_headers=extra_headers, timeout=timeout
            ),
            cursor=None,
            follows=False,
        )


class AsyncDatabaseUsageResourceWithRawResponse(AsyncAPIResource):
    """``client.databases.usage.with_raw_response``: every method returns the ApiResult."""

    async def retrieve(
        self,
        database_id: str,
        *,
        start_date: str | None = None,
        end_date: str | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[GetDatabaseUsageResponse, ErrorResponse]:
        """``GET /v1/databases/{databaseId}/usage``: like :meth:`AsyncDatabaseUsageResource.retrieve`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "GET",
            "/v1/databases/{databaseId}/usage",
            params={
                "path": {"databaseId": database_id},
                "query": {"startDate": start_date, "endDate": end_date},
            },
            headers=extra_headers,
            timeout=timeout,
        )


class AsyncDatabaseUsageResource(AsyncAPIResource):
    """``client.databases.usage``: ``/v1/databases/{databaseId}/usage``"""

    @cached_property
    def with_raw_response(self) -> AsyncDatabaseUsageResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return AsyncDatabaseUsageResourceWithRawResponse(self._client)

    async def retrieve(
        self,
        database_id: str,
        *,
        start_date: str | None = None,
        end_date: str | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> GetDatabaseUsageResponse:
        """Get database usage metrics

        Returns usage metrics for the specified database.

        ``GET /v1/databases/{databaseId}/usage``

        Args:
            start_date: Start date for metrics query. Defaults to start of current month if not provided.
            end_date: End date for metrics query. Will be set to end of day if a future date is provided. Defaults to current date if not provided."""
        return unwrap(
            await self.with_raw_response.retrieve(
                database_id,
                start_date=start_date,
                end_date=end_date,
                extra_headers=extra_headers,
                timeout=timeout,
            )
        )


class AsyncDeploymentsResourceWithRawResponse(AsyncAPIResource):
    """``client.deployments.with_raw_response``: every method returns the ApiResult."""

    async def retrieve(
        self,
        deployment_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[GetDeploymentResponse, ErrorResponse]:
        """``GET /v1/deployments/{deploymentId}``: like :meth:`AsyncDeploymentsResource.retrieve`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "GET",
            "/v1/deployments/{deploymentId}",
            params={"path": {"deploymentId": deployment_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    async def delete(
        self,
        deployment_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[None, ErrorResponse]:
        """``DELETE /v1/deployments/{deploymentId}``: like :meth:`AsyncDeploymentsResource.delete`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "DELETE",
            "/v1/deployments/{deploymentId}",
            params={"path": {"deploymentId": deployment_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    async def start(
        self,
        deployment_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[StartDeploymentResponse, ErrorResponse]:
        """``POST /v1/deployments/{deploymentId}/start``: like :meth:`AsyncDeploymentsResource.start`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "POST",
            "/v1/deployments/{deploymentId}/start",
            params={"path": {"deploymentId": deployment_id}},
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )

    async def stop(
        self,
        deployment_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[None, ErrorResponse]:
        """``POST /v1/deployments/{deploymentId}/stop``: like :meth:`AsyncDeploymentsResource.stop`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "POST",
            "/v1/deployments/{deploymentId}/stop",
            params={"path": {"deploymentId": deployment_id}},
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )

    async def logs(
        self,
        deployment_id: str,
        *,
        tail: float | None = None,
        from_start: Literal["true", "false"] | None = None,
        cursor: str | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[AsyncNdjsonStream[GetDeploymentLogsEvent], ErrorResponse]:
        """``GET /v1/deployments/{deploymentId}/logs``: like :meth:`AsyncDeploymentsResource.logs`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "GET",
            "/v1/deployments/{deploymentId}/logs",
            params={
                "path": {"deploymentId": deployment_id},
                "query": {"tail": tail, "from_start": from_start, "cursor": cursor},
            },
            headers=extra_headers,
            timeout=timeout,
        )


class AsyncDeploymentsResource(AsyncAPIResource):
    """``client.deployments``: ``/v1/deployments/{deploymentId}``, ``/v1/deployments/{deploymentId}/logs``, ``/v1/deployments/{deploymentId}/start``, ``/v1/deployments/{deploymentId}/stop``"""

    @cached_property
    def with_raw_response(self) -> AsyncDeploymentsResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return AsyncDeploymentsResourceWithRawResponse(self._client)

    async def retrieve(
        self,
        deployment_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> Deployment:
        """Get deployment

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Returns a deployment by ID, including its current status derived from the underlying VM state.

        ``GET /v1/deployments/{deploymentId}``"""
        return unwrap_data(
            await self.with_raw_response.retrieve(deployment_id, extra_headers=extra_headers, timeout=timeout)
        )

    async def delete(
        self,
        deployment_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> None:
        """Delete deployment

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Permanently deletes the deployment, its metadata, and any associated VM. The deployment must be stopped or in the `new` state before it can be deleted.

        ``DELETE /v1/deployments/{deploymentId}``"""
        raise_for_status(
            await self.with_raw_response.delete(deployment_id, extra_headers=extra_headers, timeout=timeout)
        )

    async def start(
        self,
        deployment_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> StartDeploymentResult:
        """Start deployment

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Requests VM creation and startup for the deployment. The artifact must be uploaded before calling this endpoint. Returns a preview domain that becomes reachable once the VM is running. Poll the status endpoint until `running` is reached.

        ``POST /v1/deployments/{deploymentId}/start``"""
        return unwrap_data(
            await self.with_raw_response.start(
                deployment_id, extra_headers=extra_headers, timeout=timeout, idempotent=idempotent
            )
        )

    async def stop(
        self,
        deployment_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> None:
        """Stop deployment

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Requests VM shutdown for the deployment. The deployment record and metadata are retained. Poll the status endpoint until `stopped` is reached.

        ``POST /v1/deployments/{deploymentId}/stop``"""
        raise_for_status(
            await self.with_raw_response.stop(
                deployment_id, extra_headers=extra_headers, timeout=timeout, idempotent=idempotent
            )
        )

    async def logs(
        self,
        deployment_id: str,
        *,
        tail: float | None = None,
        from_start: Literal["true", "false"] | None = None,
        cursor: str | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> AsyncNdjsonStream[GetDeploymentLogsEvent]:
        """Get deployment logs

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Returns log output for the specified deployment. Each record is a JSON object with `type: "log"` (log text + byte metadata) or `type: "terminal"` (end-of-page signal with a resume cursor). A plain GET responds with newline-delimited JSON (`application/x-ndjson`): it drains the requested window (`tail`, `from_start`, or `cursor`), ends with a terminal record carrying the cursor for the next page, and closes. Send an `Upgrade: websocket` header to follow the log live instead; a live segment ends after 10 minutes with the same terminal/cursor mechanism.

        ``GET /v1/deployments/{deploymentId}/logs``"""
        return unwrap(
            await self.with_raw_response.logs(
                deployment_id,
                tail=tail,
                from_start=from_start,
                cursor=cursor,
                extra_headers=extra_headers,
                timeout=timeout,
            )
        )

    async def wait_until_running(
        self,
        deployment_id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_progress: Callable[[Deployment], object] | None = None,
    ) -> Deployment:
        """Poll ``GET /v1/deployments/{deploymentId}`` until the deployment's ``status`` is 'running'; return it.

        Reads at once, then after pauses of ``poll_interval`` seconds growing 1.5x (at most 10 s).
        ``on_progress`` is called with each read (awaited if it returns an awaitable).

        Raises:
            ResourceFailedError: the status became 'failed', 'error', 'crashed' (terminal).
            WaitTimeoutError: still not 'running' after ``timeout`` seconds; cancelling the task stops waiting too.
            APIStatusError: a read failed (after the client's retries)."""
        return await wait_async(
            lambda: self.retrieve(deployment_id),
            WaitSpec("deployment", "status", ("running",), ("failed", "error", "crashed")),
            deployment_id,
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
        )

    async def wait_until_stopped(
        self,
        deployment_id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_progress: Callable[[Deployment], object] | None = None,
    ) -> Deployment:
        """Poll ``GET /v1/deployments/{deploymentId}`` until the deployment's ``status`` is 'stopped'; return it.

        Reads at once, then after pauses of ``poll_interval`` seconds growing 1.5x (at most 10 s).
        ``on_progress`` is called with each read (awaited if it returns an awaitable).

        Raises:
            ResourceFailedError: the status became 'failed', 'error', 'crashed' (terminal).
            WaitTimeoutError: still not 'stopped' after ``timeout`` seconds; cancelling the task stops waiting too.
            APIStatusError: a read failed (after the client's retries)."""
        return await wait_async(
            lambda: self.retrieve(deployment_id),
            WaitSpec("deployment", "status", ("stopped",), ("failed", "error", "crashed")),
            deployment_id,
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
        )


class AsyncEnvironmentVariablesResourceWithRawResponse(AsyncAPIResource):
    """``client.environment_variables.with_raw_response``: every method returns the ApiResult."""

    async def list(
        self,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        project_id: str | None = None,
        class_: Literal["production", "preview"] | None = None,
        key: str | None = None,
        branch_id: str | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListEnvironmentVariablesResponse, ErrorResponse]:
        """``GET /v1/environment-variables``: like :meth:`AsyncEnvironmentVariablesResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "GET",
            "/v1/environment-variables",
            params={
                "query": {
                    "cursor": cursor,
                    "limit": limit,
                    "projectId": project_id,
                    "class": class_,
                    "key": key,
                    "branchId": branch_id,
                }
            },
            headers=extra_headers,
            timeout=timeout,
        )

    async def create(
        self,
        *,
        project_id: str,
        class_: Literal["production", "preview"],
        key: str,
        value: str,
        branch_id: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[GetEnvironmentVariableResponse, ErrorResponse]:
        """``POST /v1/environment-variables``: like :meth:`AsyncEnvironmentVariablesResource.create`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "POST",
            "/v1/environment-variables",
            body=body_of(
                {"projectId": project_id, "class": class_, "key": key, "value": value, "branchId": branch_id}
            ),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )

    async def retrieve(
        self,
        env_var_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[GetEnvironmentVariableResponse, ErrorResponse]:
        """``GET /v1/environment-variables/{envVarId}``: like :meth:`AsyncEnvironmentVariablesResource.retrieve`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "GET",
            "/v1/environment-variables/{envVarId}",
            params={"path": {"envVarId": env_var_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    async def delete(
        self,
        env_var_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[None, ErrorResponse]:
        """``DELETE /v1/environment-variables/{envVarId}``: like :meth:`AsyncEnvironmentVariablesResource.delete`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "DELETE",
            "/v1/environment-variables/{envVarId}",
            params={"path": {"envVarId": env_var_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    async def update(
        self,
        env_var_id: str,
        *,
        value: str,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[GetEnvironmentVariableResponse, ErrorResponse]:
        """``PATCH /v1/environment-variables/{envVarId}``: like :meth:`AsyncEnvironmentVariablesResource.update`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "PATCH",
            "/v1/environment-variables/{envVarId}",
            params={"path": {"envVarId": env_var_id}},
            body=body_of({"value": value}),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )


class AsyncEnvironmentVariablesResource(AsyncAPIResource):
    """``client.environment_variables``: ``/v1/environment-variables``, ``/v1/environment-variables/{envVarId}``"""

    @cached_property
    def with_raw_response(self) -> AsyncEnvironmentVariablesResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return AsyncEnvironmentVariablesResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        project_id: str | None = None,
        class_: Literal["production", "preview"] | None = None,
        key: str | None = None,
        branch_id: str | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> AsyncPager[EnvironmentVariable, ListEnvironmentVariablesResponse]:
        """List environment variables

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Returns a paginated list of environment variables. All filters are optional; combine `projectId`, `class`, and `key` to look up a specific variable by name.

        ``GET /v1/environment-variables``

        Returns a pager: iterate it for the items of every page, fetched as needed; ``.iter_pages()`` for whole pages."""
        return AsyncPager(
            lambda next_cursor: self.with_raw_response.list(
                cursor=next_cursor,
                limit=limit,
                project_id=project_id,
                class_=class_,
                key=key,
                branch_id=branch_id,
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
        class_: Literal["production", "preview"],
        key: str,
        value: str,
        branch_id: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> EnvironmentVariable:
        """Create an environment variable

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Creates a new environment variable in a project's `production` or `preview` environment, or a preview branch override when `branchId` is supplied. Returns 409 if a variable with the same key already exists in that scope — use PATCH to replace its value. Values are stored encrypted and are not returned by subsequent reads.

        ``POST /v1/environment-variables``"""
        return unwrap_data(
            await self.with_raw_response.create(
                project_id=project_id,
                class_=class_,
                key=key,
                value=value,
                branch_id=branch_id,
                extra_headers=extra_headers,
                timeout=timeout,
                idempotent=idempotent,
            )
        )

    async def retrieve(
        self,
        env_var_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> EnvironmentVariable:
        """Get an environment variable

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Returns a single environment variable's metadata. The value is not returned.

        ``GET /v1/environment-variables/{envVarId}``"""
        return unwrap_data(
            await self.with_raw_response.retrieve(env_var_id, extra_headers=extra_headers, timeout=timeout)
        )

    async def delete(
        self,
        env_var_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> None:
        """Delete an environment variable

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Removes an environment variable. A second delete of the same variable returns 404.

        ``DELETE /v1/environment-variables/{envVarId}``"""
        raise_for_status(
            await self.with_raw_response.delete(env_var_id, extra_headers=extra_headers, timeout=timeout)
        )

    async def update(
        self,
        env_var_id: str,
        *,
        value: str,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> EnvironmentVariable:
        """Update an environment variable's value

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Replaces the value of an existing environment variable. Only the value is mutable — the project, environment, key, and branch are fixed at create-time.

        ``PATCH /v1/environment-variables/{envVarId}``"""
        return unwrap_data(
            await self.with_raw_response.update(
                env_var_id, value=value, extra_headers=extra_headers, timeout=timeout, idempotent=idempotent
            )
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


class AsyncMeResourceWithRawResponse(AsyncAPIResource):
    """``client.me.with_raw_response``: every method returns the ApiResult."""

    async def retrieve(
        self,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[GetMeResponse, ErrorResponse]:
        """``GET /v1/me``: like :meth:`AsyncMeResource.retrieve`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request("GET", "/v1/me", headers=extra_headers, timeout=timeout)


class AsyncMeResource(AsyncAPIResource):
    """``client.me``: ``/v1/me``"""

    @cached_property
    def with_raw_response(self) -> AsyncMeResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return AsyncMeResourceWithRawResponse(self._client)

    async def retrieve(
        self,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> CurrentUser:
        """Get current authenticated principal

        Returns the user, workspace, and credential represented by the current token.

        ``GET /v1/me``"""
        return unwrap_data(
            await self.with_raw_response.retrieve(extra_headers=extra_headers, timeout=timeout)
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


class AsyncAuthResource(AsyncAPIResource):
    """``client.auth``"""

    @cached_property
    def github_actions(self) -> AsyncAuthGithubActionsResource:
        """``client.auth.github_actions``"""
        return AsyncAuthGithubActionsResource(self._client)


class AsyncAuthGithubActionsResource(AsyncAPIResource):
    """``client.auth.github_actions``"""

    @cached_property
    def token(self) -> AsyncAuthGithubActionTokenResource:
        """``client.auth.github_actions.token``"""
        return AsyncAuthGithubActionTokenResource(self._client)


class AsyncAuthGithubActionTokenResourceWithRawResponse(AsyncAPIResource):
    """``client.auth.github_actions.token.with_raw_response``: every method returns the ApiResult."""

    async def create(
        self,
        *,
        token: str,
        expires_in_seconds: float | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[CreateGithubActionsTokenResponse, CreateGithubActionsTokenErrorResponse | ErrorResponse]:
        """``POST /v1/auth/github-actions/token``: like :meth:`AsyncAuthGithubActionTokenResource.create`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "POST",
            "/v1/auth/github-actions/token",
            body=body_of({"token": token, "expiresInSeconds": expires_in_seconds}),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )


class AsyncAuthGithubActionTokenResource(AsyncAPIResource):
    """``client.auth.github_actions.token``: ``/v1/auth/github-actions/token``"""

    @cached_property
    def with_raw_response(self) -> AsyncAuthGithubActionTokenResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return AsyncAuthGithubActionTokenResourceWithRawResponse(self._client)

    async def create(
        self,
        *,
        token: str,
        expires_in_seconds: float | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> GithubActionsToken:
        """Exchange a GitHub Actions OIDC token for a workspace service token

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Verifies the GitHub Actions OIDC token and mints a short-lived workspace service token. The caller must request the token with audience `prisma-cloud`. Any verification failure returns a generic 401 — the response never reveals whether a repository is connected.

        ``POST /v1/auth/github-actions/token``

        Args:
            token: The GitHub Actions OIDC token with audience `prisma-cloud`.
            expires_in_seconds: Requested token lifetime in seconds. Defaults to 1800 (30 min); capped at 3600 (60 min)."""
        return unwrap_data(
            await self.with_raw_response.create(
                token=token,
                expires_in_seconds=expires_in_seconds,
                extra_headers=extra_headers,
                timeout=timeout,
                idempotent=idempotent,
            )
        )


class AsyncRegionsResourceWithRawResponse(AsyncAPIResource):
    """``client.regions.with_raw_response``: every method returns the ApiResult."""

    async def list(
        self,
        *,
        product: Literal["postgres", "accelerate"] | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListRegionsResponse, ErrorResponse]:
        """``GET /v1/regions``: like :meth:`AsyncRegionsResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "GET",
            "/v1/regions",
            params={"query": {"product": product}},
            headers=extra_headers,
            timeout=timeout,
        )


class AsyncRegionsResource(AsyncAPIResource):
    """``client.regions``: ``/v1/regions``"""

    @cached_property
    def with_raw_response(self) -> AsyncRegionsResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return AsyncRegionsResourceWithRawResponse(self._client)

    @cached_property
    def postgres(self) -> AsyncRegionPostgresResource:
        """``client.regions.postgres``"""
        return AsyncRegionPostgresResource(self._client)

    @cached_property
    def accelerate(self) -> AsyncRegionAccelerateResource:
        """``client.regions.accelerate``"""
        return AsyncRegionAccelerateResource(self._client)

    async def list(
        self,
        *,
        product: Literal["postgres", "accelerate"] | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> builtins.list[Region]:
        """Get all regions

        Returns all available regions across products. Optionally filter by product.

        ``GET /v1/regions``"""
        return unwrap_data(
            await self.with_raw_response.list(product=product, extra_headers=extra_headers, timeout=timeout)
        )


class AsyncRegionPostgresResourceWithRawResponse(AsyncAPIResource):
    """``client.regions.postgres.with_raw_response``: every method returns the ApiResult."""

    async def list(
        self,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListPostgresRegionsResponse, ErrorResponse]:
        """``GET /v1/regions/postgres``: like :meth:`AsyncRegionPostgresResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "GET", "/v1/regions/postgres", headers=extra_headers, timeout=timeout
        )


class AsyncRegionPostgresResource(AsyncAPIResource):
    """``client.regions.postgres``: ``/v1/regions/postgres``"""

    @cached_property
    def with_raw_response(self) -> AsyncRegionPostgresResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return AsyncRegionPostgresResourceWithRawResponse(self._client)

    async def list(
        self,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> builtins.list[PostgresRegion]:
        """Get Prisma Postgres regions

        Returns all available regions for Prisma Postgres.

        ``GET /v1/regions/postgres``"""
        return unwrap_data(await self.with_raw_response.list(extra_headers=extra_headers, timeout=timeout))


class AsyncRegionAccelerateResourceWithRawResponse(AsyncAPIResource):
    """``client.regions.accelerate.with_raw_response``: every method returns the ApiResult."""

    async def list(
        self,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListAccelerateRegionsResponse, ErrorResponse]:
        """``GET /v1/regions/accelerate``: like :meth:`AsyncRegionAccelerateResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "GET", "/v1/regions/accelerate", headers=extra_headers, timeout=timeout
        )


class AsyncRegionAccelerateResource(AsyncAPIResource):
    """``client.regions.accelerate``: ``/v1/regions/accelerate``"""

    @cached_property
    def with_raw_response(self) -> AsyncRegionAccelerateResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return AsyncRegionAccelerateResourceWithRawResponse(self._client)

    async def list(
        self,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> builtins.list[AccelerateRegion]:
        """Get Prisma Accelerate regions

        Returns all available regions for Prisma Accelerate.

        ``GET /v1/regions/accelerate``"""
        return unwrap_data(await self.with_raw_response.list(extra_headers=extra_headers, timeout=timeout))


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
    "AsyncAgentApprovalsResource",
    "AsyncAgentApprovalsResourceWithRawResponse",
    "AsyncAppDeploymentsResource",
    "AsyncAppDeploymentsResourceWithRawResponse",
    "AsyncAppDomainsResource",
    "AsyncAppDomainsResourceWithRawResponse",
    "AsyncAppsResource",
    "AsyncAppsResourceWithRawResponse",
    "AsyncAuthGithubActionTokenResource",
    "AsyncAuthGithubActionTokenResourceWithRawResponse",
    "AsyncAuthGithubActionsResource",
    "AsyncAuthResource",
    "AsyncBranchesResource",
    "AsyncBranchesResourceWithRawResponse",
    "AsyncBucketKeysResource",
    "AsyncBucketKeysResourceWithRawResponse",
    "AsyncBucketsResource",
    "AsyncBucketsResourceWithRawResponse",
    "AsyncBuildResourcesResource",
    "AsyncBuildResourcesResourceWithRawResponse",
    "AsyncBuildsResource",
    "AsyncBuildsResourceWithRawResponse",
    "AsyncConnectionsResource",
    "AsyncConnectionsResourceWithRawResponse",
    "AsyncDatabaseBackupsResource",
    "AsyncDatabaseBackupsResourceWithRawResponse",
    "AsyncDatabaseConnectionsResource",
    "AsyncDatabaseConnectionsResourceWithRawResponse",
    "AsyncDatabaseUsageResource",
    "AsyncDatabaseUsageResourceWithRawResponse",
    "AsyncDatabasesResource",
    "AsyncDatabasesResourceWithRawResponse",
    "AsyncDeploymentsResource",
    "AsyncDeploymentsResourceWithRawResponse",
    "AsyncDomainsResource",
    "AsyncDomainsResourceWithRawResponse",
    "AsyncEnvironmentVariablesResource",
    "AsyncEnvironmentVariablesResourceWithRawResponse",
    "AsyncIntegrationsResource",
    "AsyncIntegrationsResourceWithRawResponse",
    "AsyncMeResource",
    "AsyncMeResourceWithRawResponse",
    "AsyncProjectBranchAlchemyStateLeaseResource",
    "AsyncProjectBranchAlchemyStateLeaseResourceWithRawResponse",
    "AsyncProjectBranchAlchemyStateResource",
    "AsyncProjectBranchAlchemyStateStackStageOutputResource",
    "AsyncProjectBranchAlchemyStateStackStageOutputResourceWithRawResponse",
    "AsyncProjectBranchAlchemyStateStackStageReplacedResourcesResource",
    "AsyncProjectBranchAlchemyStateStackStageReplacedResourcesResourceWithRawResponse",
    "AsyncProjectBranchAlchemyStateStackStageResourcesResource",
    "AsyncProjectBranchAlchemyStateStackStageResourcesResourceWithRawResponse",
    "AsyncProjectBranchAlchemyStateStackStagesResource",
    "AsyncProjectBranchAlchemyStateStackStagesResourceWithRawResponse",
    "AsyncProjectBranchAlchemyStateStacksResource",
    "AsyncProjectBranchAlchemyStateStacksResourceWithRawResponse",
    "AsyncProjectBranchAlchemyStateVersionResource",
    "AsyncProjectBranchAlchemyStateVersionResourceWithRawResponse",
    "AsyncProjectBranchApplicationTopologyResource",
    "AsyncProjectBranchApplicationTopologyResourceWithRawResponse",
    "AsyncProjectBranchesResource",
    "AsyncProjectBranchesResourceWithRawResponse",
    "AsyncProjectDatabasesResource",
    "AsyncProjectDatabasesResourceWithRawResponse",
    "AsyncProjectsResource",
    "AsyncProjectsResourceWithRawResponse",
    "AsyncRegionAccelerateResource",
    "AsyncRegionAccelerateResourceWithRawResponse",
    "AsyncRegionPostgresResource",
    "AsyncRegionPostgresResourceWithRawResponse",
    "AsyncRegionsResource",
    "AsyncRegionsResourceWithRawResponse",
    "AsyncScmInstallationInstallIntentsResource",
    "AsyncScmInstallationInstallIntentsResourceWithRawResponse",
    "AsyncScmInstallationRepositoriesResource",
    "AsyncScmInstallationRepositoriesResourceWithRawResponse",
    "AsyncScmInstallationsResource",
    "AsyncScmInstallationsResourceWithRawResponse",
    "AsyncServiceDeploymentsResource",
    "AsyncServiceDeploymentsResourceWithRawResponse",
    "AsyncServiceDomainsResource",
    "AsyncServiceDomainsResourceWithRawResponse",
    "AsyncServicesResource",
    "AsyncServicesResourceWithRawResponse",
    "AsyncSourceRepositoriesResource",
    "AsyncSourceRepositoriesResourceWithRawResponse",
    "AsyncWorkspaceIntegrationsResource",
    "AsyncWorkspaceIntegrationsResourceWithRawResponse",
    "AsyncWorkspaceServiceTokensResource",
    "AsyncWorkspaceServiceTokensResourceWithRawResponse",
    "AsyncWorkspaceSubscriptionResource",
    "AsyncWorkspaceSubscriptionResourceWithRawResponse",
    "AsyncWorkspacesResource",
    "AsyncWorkspacesResourceWithRawResponse",
]
