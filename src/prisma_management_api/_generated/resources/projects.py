"""``client.projects`` and its sub-namespaces, sync and async. See ``resources/__init__.py``.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal

from ..._pagination import AsyncPager, SyncPager
from ..._resource import (
    NOT_GIVEN,
    AsyncAPIResource,
    NotGiven,
    SyncAPIResource,
    body_of,
    raise_for_status,
    unwrap,
    unwrap_data,
)
from ..._result import ApiResult
from ..._types import HeadersArg, TimeoutArg

if TYPE_CHECKING:
    from ..params import *
    from ..types import *


class ProjectsResourceWithRawResponse(SyncAPIResource):
    """``client.projects.with_raw_response``: every method returns the ApiResult."""

    def list(
        self,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        logical_id: str | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListProjectsResponse, ErrorResponse]:
        """``GET /v1/projects``: like :meth:`ProjectsResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "GET",
            "/v1/projects",
            params={"query": {"cursor": cursor, "limit": limit, "logicalId": logical_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    def create(
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
        """``POST /v1/projects``: like :meth:`ProjectsResource.create`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
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

    def delete(
        self,
        project_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[None, ErrorResponse]:
        """``DELETE /v1/projects/{id}``: like :meth:`ProjectsResource.delete`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "DELETE",
            "/v1/projects/{id}",
            params={"path": {"id": project_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    def retrieve(
        self,
        project_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[GetProjectResponse, ErrorResponse]:
        """``GET /v1/projects/{id}``: like :meth:`ProjectsResource.retrieve`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "GET",
            "/v1/projects/{id}",
            params={"path": {"id": project_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    def update(
        self,
        project_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        settings: dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[GetProjectResponse, ErrorResponse]:
        """``PATCH /v1/projects/{id}``: like :meth:`ProjectsResource.update`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "PATCH",
            "/v1/projects/{id}",
            params={"path": {"id": project_id}},
            body=body_of({"name": name, "settings": settings}),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )

    def transfer(
        self,
        project_id: str,
        *,
        recipient_access_token: str,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[None, ErrorResponse]:
        """``POST /v1/projects/{id}/transfer``: like :meth:`ProjectsResource.transfer`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "POST",
            "/v1/projects/{id}/transfer",
            params={"path": {"id": project_id}},
            body=body_of({"recipientAccessToken": recipient_access_token}),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )


class ProjectsResource(SyncAPIResource):
    """``client.projects``: ``/v1/projects``, ``/v1/projects/{id}``, ``/v1/projects/{id}/transfer``"""

    @cached_property
    def with_raw_response(self) -> ProjectsResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return ProjectsResourceWithRawResponse(self._client)

    @cached_property
    def branches(self) -> ProjectBranchesResource:
        """``client.projects.branches``"""
        return ProjectBranchesResource(self._client)

    @cached_property
    def databases(self) -> ProjectDatabasesResource:
        """``client.projects.databases``"""
        return ProjectDatabasesResource(self._client)

    def list(
        self,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        logical_id: str | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> SyncPager[Project, ListProjectsResponse]:
        """Get list of projects

        Returns the list of projects the token has access to.

        ``GET /v1/projects``

        Args:
            cursor: Cursor for pagination
            limit: Limit for pagination

        Returns a pager: iterate it for the items of every page, fetched as needed; ``.iter_pages()`` for whole pages."""
        return SyncPager(
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

    def create(
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
            self.with_raw_response.create(
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

    def delete(
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
            self.with_raw_response.delete(project_id, extra_headers=extra_headers, timeout=timeout)
        )

    def retrieve(
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
            self.with_raw_response.retrieve(project_id, extra_headers=extra_headers, timeout=timeout)
        )

    def update(
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
            self.with_raw_response.update(
                project_id,
                name=name,
                settings=settings,
                extra_headers=extra_headers,
                timeout=timeout,
                idempotent=idempotent,
            )
        )

    def transfer(
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
            self.with_raw_response.transfer(
                project_id,
                recipient_access_token=recipient_access_token,
                extra_headers=extra_headers,
                timeout=timeout,
                idempotent=idempotent,
            )
        )


class ProjectBranchesResourceWithRawResponse(SyncAPIResource):
    """``client.projects.branches.with_raw_response``: every method returns the ApiResult."""

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
    ) -> ApiResult[ListProjectBranchesResponse, ErrorResponse]:
        """``GET /v1/projects/{projectId}/branches``: like :meth:`ProjectBranchesResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
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

    def create(
        self,
        project_id: str,
        *,
        git_name: str,
        is_default: bool | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[GetBranchResponse, ErrorResponse]:
        """``POST /v1/projects/{projectId}/branches``: like :meth:`ProjectBranchesResource.create`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "POST",
            "/v1/projects/{projectId}/branches",
            params={"path": {"projectId": project_id}},
            body=body_of({"gitName": git_name, "isDefault": is_default}),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )


class ProjectBranchesResource(SyncAPIResource):
    """``client.projects.branches``: ``/v1/projects/{projectId}/branches``"""

    @cached_property
    def with_raw_response(self) -> ProjectBranchesResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return ProjectBranchesResourceWithRawResponse(self._client)

    @cached_property
    def alchemy_state(self) -> ProjectBranchAlchemyStateResource:
        """``client.projects.branches.alchemy_state``"""
        return ProjectBranchAlchemyStateResource(self._client)

    @cached_property
    def application_topology(self) -> ProjectBranchApplicationTopologyResource:
        """``client.projects.branches.application_topology``"""
        return ProjectBranchApplicationTopologyResource(self._client)

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
    ) -> SyncPager[Branch, ListProjectBranchesResponse]:
        """List branches in a project

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Returns the live Branches of a Project. Supports two mutually exclusive filters: ?gitName= (exact match — at most one row), ?gitNameContains= (case-sensitive substring). Soft-deleted Branches are not returned. Ordered by createdAt ascending.

        ``GET /v1/projects/{projectId}/branches``

        Returns a pager: iterate it for the items of every page, fetched as needed; ``.iter_pages()`` for whole pages."""
        return SyncPager(
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

    def create(
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
            self.with_raw_response.create(
                project_id,
                git_name=git_name,
                is_default=is_default,
                extra_headers=extra_headers,
                timeout=timeout,
                idempotent=idempotent,
            )
        )


class ProjectBranchAlchemyStateResource(SyncAPIResource):
    """``client.projects.branches.alchemy_state``"""

    @cached_property
    def lease(self) -> ProjectBranchAlchemyStateLeaseResource:
        """``client.projects.branches.alchemy_state.lease``"""
        return ProjectBranchAlchemyStateLeaseResource(self._client)

    @cached_property
    def version(self) -> ProjectBranchAlchemyStateVersionResource:
        """``client.projects.branches.alchemy_state.version``"""
        return ProjectBranchAlchemyStateVersionResource(self._client)

    @cached_property
    def stacks(self) -> ProjectBranchAlchemyStateStacksResource:
        """``client.projects.branches.alchemy_state.stacks``"""
        return ProjectBranchAlchemyStateStacksResource(self._client)


class ProjectBranchAlchemyStateLeaseResourceWithRawResponse(SyncAPIResource):
    """``client.projects.branches.alchemy_state.lease.with_raw_response``: every method returns the ApiResult."""

    def acquire(
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
        """``POST /v1/projects/{projectId}/branches/{branchId}/alchemy-state/lease``: like :meth:`ProjectBranchAlchemyStateLeaseResource.acquire`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
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

    def release(
        self,
        project_id: str,
        branch_id: str,
        *,
        lease_id: str,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[None, ErrorResponse]:
        """``DELETE /v1/projects/{projectId}/branches/{branchId}/alchemy-state/lease``: like :meth:`ProjectBranchAlchemyStateLeaseResource.release`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "DELETE",
            "/v1/projects/{projectId}/branches/{branchId}/alchemy-state/lease",
            params={
                "path": {"projectId": project_id, "branchId": branch_id},
                "header": {"alchemy-state-lease-id": lease_id},
            },
            headers=extra_headers,
            timeout=timeout,
        )

    def renew(
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
        """``PATCH /v1/projects/{projectId}/branches/{branchId}/alchemy-state/lease``: like :meth:`ProjectBranchAlchemyStateLeaseResource.renew`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
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


class ProjectBranchAlchemyStateLeaseResource(SyncAPIResource):
    """``client.projects.branches.alchemy_state.lease``: ``/v1/projects/{projectId}/branches/{branchId}/alchemy-state/lease``"""

    @cached_property
    def with_raw_response(self) -> ProjectBranchAlchemyStateLeaseResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return ProjectBranchAlchemyStateLeaseResourceWithRawResponse(self._client)

    def acquire(
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
            self.with_raw_response.acquire(
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

    def release(
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
            self.with_raw_response.release(
                project_id, branch_id, lease_id=lease_id, extra_headers=extra_headers, timeout=timeout
            )
        )

    def renew(
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
            self.with_raw_response.renew(
                project_id,
                branch_id,
                lease_id=lease_id,
                ttl_seconds=ttl_seconds,
                extra_headers=extra_headers,
                timeout=timeout,
                idempotent=idempotent,
            )
        )


class ProjectBranchAlchemyStateVersionResourceWithRawResponse(SyncAPIResource):
    """``client.projects.branches.alchemy_state.version.with_raw_response``: every method returns the ApiResult."""

    def retrieve(
        self,
        project_id: str,
        branch_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[GetAlchemyStateVersionResponse, ErrorResponse]:
        """``GET /v1/projects/{projectId}/branches/{branchId}/alchemy-state/version``: like :meth:`ProjectBranchAlchemyStateVersionResource.retrieve`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "GET",
            "/v1/projects/{projectId}/branches/{branchId}/alchemy-state/version",
            params={"path": {"projectId": project_id, "branchId": branch_id}},
            headers=extra_headers,
            timeout=timeout,
        )


class ProjectBranchAlchemyStateVersionResource(SyncAPIResource):
    """``client.projects.branches.alchemy_state.version``: ``/v1/projects/{projectId}/branches/{branchId}/alchemy-state/version``"""

    @cached_property
    def with_raw_response(self) -> ProjectBranchAlchemyStateVersionResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return ProjectBranchAlchemyStateVersionResourceWithRawResponse(self._client)

    def retrieve(
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
            self.with_raw_response.retrieve(
                project_id, branch_id, extra_headers=extra_headers, timeout=timeout
            )
        )


class ProjectBranchAlchemyStateStacksResourceWithRawResponse(SyncAPIResource):
    """``client.projects.branches.alchemy_state.stacks.with_raw_response``: every method returns the ApiResult."""

    def list(
        self,
        project_id: str,
        branch_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[builtins.list[str], ErrorResponse]:
        """``GET /v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks``: like :meth:`ProjectBranchAlchemyStateStacksResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "GET",
            "/v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks",
            params={"path": {"projectId": project_id, "branchId": branch_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    def delete(
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
        """``DELETE /v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}``: like :meth:`ProjectBranchAlchemyStateStacksResource.delete`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
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


class ProjectBranchAlchemyStateStacksResource(SyncAPIResource):
    """``client.projects.branches.alchemy_state.stacks``: ``/v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks``, ``/v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}``"""

    @cached_property
    def with_raw_response(self) -> ProjectBranchAlchemyStateStacksResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return ProjectBranchAlchemyStateStacksResourceWithRawResponse(self._client)

    @cached_property
    def stages(self) -> ProjectBranchAlchemyStateStackStagesResource:
        """``client.projects.branches.alchemy_state.stacks.stages``"""
        return ProjectBranchAlchemyStateStackStagesResource(self._client)

    def list(
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
            self.with_raw_response.list(project_id, branch_id, extra_headers=extra_headers, timeout=timeout)
        )

    def delete(
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
            self.with_raw_response.delete(
                project_id,
                branch_id,
                stack,
                lease_id=lease_id,
                stage=stage,
                extra_headers=extra_headers,
                timeout=timeout,
            )
        )


class ProjectBranchAlchemyStateStackStagesResourceWithRawResponse(SyncAPIResource):
    """``client.projects.branches.alchemy_state.stacks.stages.with_raw_response``: every method returns the ApiResult."""

    def list(
        self,
        project_id: str,
        branch_id: str,
        stack: str,
        *,
        lease_id: str,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[builtins.list[str], ErrorResponse]:
        """``GET /v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages``: like :meth:`ProjectBranchAlchemyStateStackStagesResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "GET",
            "/v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages",
            params={
                "path": {"projectId": project_id, "branchId": branch_id, "stack": stack},
                "header": {"alchemy-state-lease-id": lease_id},
            },
            headers=extra_headers,
            timeout=timeout,
        )


class ProjectBranchAlchemyStateStackStagesResource(SyncAPIResource):
    """``client.projects.branches.alchemy_state.stacks.stages``: ``/v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages``"""

    @cached_property
    def with_raw_response(self) -> ProjectBranchAlchemyStateStackStagesResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return ProjectBranchAlchemyStateStackStagesResourceWithRawResponse(self._client)

    @cached_property
    def resources(self) -> ProjectBranchAlchemyStateStackStageResourcesResource:
        """``client.projects.branches.alchemy_state.stacks.stages.resources``"""
        return ProjectBranchAlchemyStateStackStageResourcesResource(self._client)

    @cached_property
    def replaced_resources(self) -> ProjectBranchAlchemyStateStackStageReplacedResourcesResource:
        """``client.projects.branches.alchemy_state.stacks.stages.replaced_resources``"""
        return ProjectBranchAlchemyStateStackStageReplacedResourcesResource(self._client)

    @cached_property
    def output(self) -> ProjectBranchAlchemyStateStackStageOutputResource:
        """``client.projects.branches.alchemy_state.stacks.stages.output``"""
        return ProjectBranchAlchemyStateStackStageOutputResource(self._client)

    def list(
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
            self.with_raw_response.list(
                project_id, branch_id, stack, lease_id=lease_id, extra_headers=extra_headers, timeout=timeout
            )
        )


class ProjectBranchAlchemyStateStackStageResourcesResourceWithRawResponse(SyncAPIResource):
    """``client.projects.branches.alchemy_state.stacks.stages.resources.with_raw_response``: every method returns the ApiResult."""

    def list(
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
        """``GET /v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/resources``: like :meth:`ProjectBranchAlchemyStateStackStageResourcesResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "GET",
            "/v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/resources",
            params={
                "path": {"projectId": project_id, "branchId": branch_id, "stack": stack, "stage": stage},
                "header": {"alchemy-state-lease-id": lease_id},
            },
            headers=extra_headers,
            timeout=timeout,
        )

    def retrieve(
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
        """``GET /v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/resources/{fqn}``: like :meth:`ProjectBranchAlchemyStateStackStageResourcesResource.retrieve`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
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

    def update(
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
        """``PUT /v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/resources/{fqn}``: like :meth:`ProjectBranchAlchemyStateStackStageResourcesResource.update`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
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

    def delete(
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
        """``DELETE /v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/resources/{fqn}``: like :meth:`ProjectBranchAlchemyStateStackStageResourcesResource.delete`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
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


class ProjectBranchAlchemyStateStackStageResourcesResource(SyncAPIResource):
    """``client.projects.branches.alchemy_state.stacks.stages.resources``: ``/v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/resources``, ``/v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/resources/{fqn}``"""

    @cached_property
    def with_raw_response(self) -> ProjectBranchAlchemyStateStackStageResourcesResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return ProjectBranchAlchemyStateStackStageResourcesResourceWithRawResponse(self._client)

    def list(
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
            self.with_raw_response.list(
                project_id,
                branch_id,
                stack,
                stage,
                lease_id=lease_id,
                extra_headers=extra_headers,
                timeout=timeout,
            )
        )

    def retrieve(
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
            self.with_raw_response.retrieve(
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

    def update(
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
            self.with_raw_response.update(
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

    def delete(
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
            self.with_raw_response.delete(
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


class ProjectBranchAlchemyStateStackStageReplacedResourcesResourceWithRawResponse(SyncAPIResource):
    """``client.projects.branches.alchemy_state.stacks.stages.replaced_resources.with_raw_response``: every method returns the ApiResult."""

    def list(
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
        """``GET /v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/replaced-resources``: like :meth:`ProjectBranchAlchemyStateStackStageReplacedResourcesResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "GET",
            "/v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/replaced-resources",
            params={
                "path": {"projectId": project_id, "branchId": branch_id, "stack": stack, "stage": stage},
                "header": {"alchemy-state-lease-id": lease_id},
            },
            headers=extra_headers,
            timeout=timeout,
        )


class ProjectBranchAlchemyStateStackStageReplacedResourcesResource(SyncAPIResource):
    """``client.projects.branches.alchemy_state.stacks.stages.replaced_resources``: ``/v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/replaced-resources``"""

    @cached_property
    def with_raw_response(
        self,
    ) -> ProjectBranchAlchemyStateStackStageReplacedResourcesResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return ProjectBranchAlchemyStateStackStageReplacedResourcesResourceWithRawResponse(self._client)

    def list(
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
            self.with_raw_response.list(
                project_id,
                branch_id,
                stack,
                stage,
                lease_id=lease_id,
                extra_headers=extra_headers,
                timeout=timeout,
            )
        )


class ProjectBranchAlchemyStateStackStageOutputResourceWithRawResponse(SyncAPIResource):
    """``client.projects.branches.alchemy_state.stacks.stages.output.with_raw_response``: every method returns the ApiResult."""

    def retrieve(
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
        """``GET /v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/output``: like :meth:`ProjectBranchAlchemyStateStackStageOutputResource.retrieve`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "GET",
            "/v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/output",
            params={
                "path": {"projectId": project_id, "branchId": branch_id, "stack": stack, "stage": stage},
                "header": {"alchemy-state-lease-id": lease_id},
            },
            headers=extra_headers,
            timeout=timeout,
        )

    def update(
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
        """``PUT /v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/output``: like :meth:`ProjectBranchAlchemyStateStackStageOutputResource.update`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
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


class ProjectBranchAlchemyStateStackStageOutputResource(SyncAPIResource):
    """``client.projects.branches.alchemy_state.stacks.stages.output``: ``/v1/projects/{projectId}/branches/{branchId}/alchemy-state/state/stacks/{stack}/stages/{stage}/output``"""

    @cached_property
    def with_raw_response(self) -> ProjectBranchAlchemyStateStackStageOutputResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return ProjectBranchAlchemyStateStackStageOutputResourceWithRawResponse(self._client)

    def retrieve(
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
            self.with_raw_response.retrieve(
                project_id,
                branch_id,
                stack,
                stage,
                lease_id=lease_id,
                extra_headers=extra_headers,
                timeout=timeout,
            )
        )

    def update(
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
            self.with_raw_response.update(
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


class ProjectBranchApplicationTopologyResourceWithRawResponse(SyncAPIResource):
    """``client.projects.branches.application_topology.with_raw_response``: every method returns the ApiResult."""

    def retrieve(
        self,
        project_id: str,
        branch_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[GetBranchApplicationTopologyResponse, ErrorResponse]:
        """``GET /v1/projects/{projectId}/branches/{branchId}/application-topology``: like :meth:`ProjectBranchApplicationTopologyResource.retrieve`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "GET",
            "/v1/projects/{projectId}/branches/{branchId}/application-topology",
            params={"path": {"projectId": project_id, "branchId": branch_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    def update(
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
        """``PUT /v1/projects/{projectId}/branches/{branchId}/application-topology``: like :meth:`ProjectBranchApplicationTopologyResource.update`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "PUT",
            "/v1/projects/{projectId}/branches/{branchId}/application-topology",
            params={"path": {"projectId": project_id, "branchId": branch_id}},
            body=body_of({"nodes": nodes, "ports": ports, "edges": edges, "contentHash": content_hash}),
            headers=extra_headers,
            timeout=timeout,
        )


class ProjectBranchApplicationTopologyResource(SyncAPIResource):
    """``client.projects.branches.application_topology``: ``/v1/projects/{projectId}/branches/{branchId}/application-topology``"""

    @cached_property
    def with_raw_response(self) -> ProjectBranchApplicationTopologyResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return ProjectBranchApplicationTopologyResourceWithRawResponse(self._client)

    def retrieve(
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
            self.with_raw_response.retrieve(
                project_id, branch_id, extra_headers=extra_headers, timeout=timeout
            )
        )

    def update(
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
            self.with_raw_response.update(
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


class ProjectDatabasesResourceWithRawResponse(SyncAPIResource):
    """``client.projects.databases.with_raw_response``: every method returns the ApiResult."""

    def list(
        self,
        project_id: str,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListDatabasesResponse, ErrorResponse]:
        """``GET /v1/projects/{projectId}/databases``: like :meth:`ProjectDatabasesResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "GET",
            "/v1/projects/{projectId}/databases",
            params={"path": {"projectId": project_id}, "query": {"cursor": cursor, "limit": limit}},
            headers=extra_headers,
            timeout=timeout,
        )

    def create(
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
        """``POST /v1/projects/{projectId}/databases``: like :meth:`ProjectDatabasesResource.create`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
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


class ProjectDatabasesResource(SyncAPIResource):
    """``client.projects.databases``: ``/v1/projects/{projectId}/databases``"""

    @cached_property
    def with_raw_response(self) -> ProjectDatabasesResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return ProjectDatabasesResourceWithRawResponse(self._client)

    def list(
        self,
        project_id: str,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> SyncPager[Database, ListDatabasesResponse]:
        """Get list of databases

        Returns databases for the given project.

        ``GET /v1/projects/{projectId}/databases``

        Args:
            cursor: Cursor for pagination
            limit: Limit for pagination

        Returns a pager: iterate it for the items of every page, fetched as needed; ``.iter_pages()`` for whole pages."""
        return SyncPager(
            lambda next_cursor: self.with_raw_response.list(
                project_id, cursor=next_cursor, limit=limit, extra_headers=extra_headers, timeout=timeout
            ),
            cursor=cursor,
            follows=True,
        )

    def create(
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
            self.with_raw_response.create(
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


__all__ = [
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
    "ProjectBranchAlchemyStateLeaseResource",
    "ProjectBranchAlchemyStateLeaseResourceWithRawResponse",
    "ProjectBranchAlchemyStateResource",
    "ProjectBranchAlchemyStateStackStageOutputResource",
    "ProjectBranchAlchemyStateStackStageOutputResourceWithRawResponse",
    "ProjectBranchAlchemyStateStackStageReplacedResourcesResource",
    "ProjectBranchAlchemyStateStackStageReplacedResourcesResourceWithRawResponse",
    "ProjectBranchAlchemyStateStackStageResourcesResource",
    "ProjectBranchAlchemyStateStackStageResourcesResourceWithRawResponse",
    "ProjectBranchAlchemyStateStackStagesResource",
    "ProjectBranchAlchemyStateStackStagesResourceWithRawResponse",
    "ProjectBranchAlchemyStateStacksResource",
    "ProjectBranchAlchemyStateStacksResourceWithRawResponse",
    "ProjectBranchAlchemyStateVersionResource",
    "ProjectBranchAlchemyStateVersionResourceWithRawResponse",
    "ProjectBranchApplicationTopologyResource",
    "ProjectBranchApplicationTopologyResourceWithRawResponse",
    "ProjectBranchesResource",
    "ProjectBranchesResourceWithRawResponse",
    "ProjectDatabasesResource",
    "ProjectDatabasesResourceWithRawResponse",
    "ProjectsResource",
    "ProjectsResourceWithRawResponse",
]
