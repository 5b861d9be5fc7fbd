"""``client.builds`` and its sub-namespaces, sync and async. See ``resources/__init__.py``.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from ..._ndjson import AsyncNdjsonStream, NdjsonStream
from ..._pagination import AsyncPager, SyncPager
from ..._polling import DEFAULT_POLL_INTERVAL, DEFAULT_WAIT_TIMEOUT, WaitSpec, wait_async, wait_sync
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


class BuildsResourceWithRawResponse(SyncAPIResource):
    """``client.builds.with_raw_response``: every method returns the ApiResult."""

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
    ) -> ApiResult[ListBuildsResponse, ErrorResponse]:
        """``GET /v1/builds``: like :meth:`BuildsResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
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

    def create(
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
        """``POST /v1/builds``: like :meth:`BuildsResource.create`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
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

    def retrieve(
        self,
        build_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[GetBuildResponse, ErrorResponse]:
        """``GET /v1/builds/{buildId}``: like :meth:`BuildsResource.retrieve`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "GET",
            "/v1/builds/{buildId}",
            params={"path": {"buildId": build_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    def update(
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
        """``PATCH /v1/builds/{buildId}``: like :meth:`BuildsResource.update`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
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

    def logs(
        self,
        build_id: str,
        *,
        follow: Literal["true", "false"] | None = None,
        cursor: str | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[NdjsonStream[GetBuildLogsEvent], ErrorResponse]:
        """``GET /v1/builds/{buildId}/logs``: like :meth:`BuildsResource.logs`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "GET",
            "/v1/builds/{buildId}/logs",
            params={"path": {"buildId": build_id}, "query": {"follow": follow, "cursor": cursor}},
            headers=extra_headers,
            timeout=timeout,
        )


class BuildsResource(SyncAPIResource):
    """``client.builds``: ``/v1/builds``, ``/v1/builds/{buildId}``, ``/v1/builds/{buildId}/logs``"""

    @cached_property
    def with_raw_response(self) -> BuildsResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return BuildsResourceWithRawResponse(self._client)

    @cached_property
    def resources(self) -> BuildResourcesResource:
        """``client.builds.resources``"""
        return BuildResourcesResource(self._client)

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
    ) -> SyncPager[ListBuildsResult, ListBuildsResponse]:
        """List builds

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Lists the builds of the caller's workspace, newest first, filtered by project, branch, or state. `cursor` is opaque: pass back the `nextCursor` the previous page returned.

        ``GET /v1/builds``

        Returns a pager: iterate it for the items of every page, fetched as needed; ``.iter_pages()`` for whole pages."""
        return SyncPager(
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

    def create(
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
            self.with_raw_response.create(
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

    def retrieve(
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
            self.with_raw_response.retrieve(build_id, extra_headers=extra_headers, timeout=timeout)
        )

    def update(
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
            self.with_raw_response.update(
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

    def logs(
        self,
        build_id: str,
        *,
        follow: Literal["true", "false"] | None = None,
        cursor: str | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> NdjsonStream[GetBuildLogsEvent]:
        """Stream build logs

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Streams the full build log for a build as newline-delimited JSON (`application/x-ndjson`). Each line is a JSON object discriminated by `type`: `log` (a build output line) or `terminal` (end-of-stream marker with a `cursor` for resumption). The default is a finite dump that ends once the stream is drained; pass `follow=true` to keep the connection open for an in-flight build, and `cursor` to resume from a prior terminal cursor.

        ``GET /v1/builds/{buildId}/logs``"""
        return unwrap(
            self.with_raw_response.logs(
                build_id, follow=follow, cursor=cursor, extra_headers=extra_headers, timeout=timeout
            )
        )

    def wait_until_succeeded(
        self,
        build_id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_progress: Callable[[Build], object] | None = None,
    ) -> Build:
        """Poll ``GET /v1/builds/{buildId}`` until the build's ``state`` is 'succeeded'; return it.

        Reads at once, then after pauses of ``poll_interval`` seconds growing 1.5x (at most 10 s).
        ``on_progress`` is called with each read.

        Raises:
            ResourceFailedError: the state became 'failed', 'cancelled' (terminal).
            WaitTimeoutError: still not 'succeeded' after ``timeout`` seconds.
            APIStatusError: a read failed (after the client's retries)."""
        return wait_sync(
            lambda: self.retrieve(build_id),
            WaitSpec("build", "state", ("succeeded",), ("failed", "cancelled")),
            build_id,
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
        )


class BuildResourcesResourceWithRawResponse(SyncAPIResource):
    """``client.builds.resources.with_raw_response``: every method returns the ApiResult."""

    def update(
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
        """``PUT /v1/builds/{buildId}/resources/{resourceType}/{resourceId}``: like :meth:`BuildResourcesResource.update`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "PUT",
            "/v1/builds/{buildId}/resources/{resourceType}/{resourceId}",
            params={"path": {"buildId": build_id, "resourceType": resource_type, "resourceId": resource_id}},
            body=body_of({"action": action}),
            headers=extra_headers,
            timeout=timeout,
        )


class BuildResourcesResource(SyncAPIResource):
    """``client.builds.resources``: ``/v1/builds/{buildId}/resources/{resourceType}/{resourceId}``"""

    @cached_property
    def with_raw_response(self) -> BuildResourcesResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return BuildResourcesResourceWithRawResponse(self._client)

    def update(
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
            self.with_raw_response.update(
                build_id,
                resource_type,
                resource_id,
                action=action,
                extra_headers=extra_headers,
                timeout=timeout,
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


__all__ = [
    "AsyncBuildResourcesResource",
    "AsyncBuildResourcesResourceWithRawResponse",
    "AsyncBuildsResource",
    "AsyncBuildsResourceWithRawResponse",
    "BuildResourcesResource",
    "BuildResourcesResourceWithRawResponse",
    "BuildsResource",
    "BuildsResourceWithRawResponse",
]
