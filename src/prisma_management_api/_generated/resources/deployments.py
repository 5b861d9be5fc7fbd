"""``client.deployments`` and its sub-namespaces, sync and async. See ``resources/__init__.py``.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from ..._ndjson import AsyncNdjsonStream, NdjsonStream
from ..._polling import DEFAULT_POLL_INTERVAL, DEFAULT_WAIT_TIMEOUT, WaitSpec, wait_async, wait_sync
from ..._resource import AsyncAPIResource, SyncAPIResource, raise_for_status, unwrap, unwrap_data
from ..._result import ApiResult
from ..._types import HeadersArg, TimeoutArg

if TYPE_CHECKING:
    from ..params import *
    from ..types import *


class DeploymentsResourceWithRawResponse(SyncAPIResource):
    """``client.deployments.with_raw_response``: every method returns the ApiResult."""

    def retrieve(
        self,
        deployment_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[GetDeploymentResponse, ErrorResponse]:
        """``GET /v1/deployments/{deploymentId}``: like :meth:`DeploymentsResource.retrieve`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "GET",
            "/v1/deployments/{deploymentId}",
            params={"path": {"deploymentId": deployment_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    def delete(
        self,
        deployment_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[None, ErrorResponse]:
        """``DELETE /v1/deployments/{deploymentId}``: like :meth:`DeploymentsResource.delete`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "DELETE",
            "/v1/deployments/{deploymentId}",
            params={"path": {"deploymentId": deployment_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    def start(
        self,
        deployment_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[StartDeploymentResponse, ErrorResponse]:
        """``POST /v1/deployments/{deploymentId}/start``: like :meth:`DeploymentsResource.start`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "POST",
            "/v1/deployments/{deploymentId}/start",
            params={"path": {"deploymentId": deployment_id}},
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )

    def stop(
        self,
        deployment_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[None, ErrorResponse]:
        """``POST /v1/deployments/{deploymentId}/stop``: like :meth:`DeploymentsResource.stop`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "POST",
            "/v1/deployments/{deploymentId}/stop",
            params={"path": {"deploymentId": deployment_id}},
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )

    def logs(
        self,
        deployment_id: str,
        *,
        tail: float | None = None,
        from_start: Literal["true", "false"] | None = None,
        cursor: str | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[NdjsonStream[GetDeploymentLogsEvent], ErrorResponse]:
        """``GET /v1/deployments/{deploymentId}/logs``: like :meth:`DeploymentsResource.logs`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "GET",
            "/v1/deployments/{deploymentId}/logs",
            params={
                "path": {"deploymentId": deployment_id},
                "query": {"tail": tail, "from_start": from_start, "cursor": cursor},
            },
            headers=extra_headers,
            timeout=timeout,
        )


class DeploymentsResource(SyncAPIResource):
    """``client.deployments``: ``/v1/deployments/{deploymentId}``, ``/v1/deployments/{deploymentId}/logs``, ``/v1/deployments/{deploymentId}/start``, ``/v1/deployments/{deploymentId}/stop``"""

    @cached_property
    def with_raw_response(self) -> DeploymentsResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return DeploymentsResourceWithRawResponse(self._client)

    def retrieve(
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
            self.with_raw_response.retrieve(deployment_id, extra_headers=extra_headers, timeout=timeout)
        )

    def delete(
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
            self.with_raw_response.delete(deployment_id, extra_headers=extra_headers, timeout=timeout)
        )

    def start(
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
            self.with_raw_response.start(
                deployment_id, extra_headers=extra_headers, timeout=timeout, idempotent=idempotent
            )
        )

    def stop(
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
            self.with_raw_response.stop(
                deployment_id, extra_headers=extra_headers, timeout=timeout, idempotent=idempotent
            )
        )

    def logs(
        self,
        deployment_id: str,
        *,
        tail: float | None = None,
        from_start: Literal["true", "false"] | None = None,
        cursor: str | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> NdjsonStream[GetDeploymentLogsEvent]:
        """Get deployment logs

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Returns log output for the specified deployment. Each record is a JSON object with `type: "log"` (log text + byte metadata) or `type: "terminal"` (end-of-page signal with a resume cursor). A plain GET responds with newline-delimited JSON (`application/x-ndjson`): it drains the requested window (`tail`, `from_start`, or `cursor`), ends with a terminal record carrying the cursor for the next page, and closes. Send an `Upgrade: websocket` header to follow the log live instead; a live segment ends after 10 minutes with the same terminal/cursor mechanism.

        ``GET /v1/deployments/{deploymentId}/logs``"""
        return unwrap(
            self.with_raw_response.logs(
                deployment_id,
                tail=tail,
                from_start=from_start,
                cursor=cursor,
                extra_headers=extra_headers,
                timeout=timeout,
            )
        )

    def wait_until_running(
        self,
        deployment_id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_progress: Callable[[Deployment], object] | None = None,
    ) -> Deployment:
        """Poll ``GET /v1/deployments/{deploymentId}`` until the deployment's ``status`` is 'running'; return it.

        Reads at once, then after pauses of ``poll_interval`` seconds growing 1.5x (at most 10 s).
        ``on_progress`` is called with each read.

        Raises:
            ResourceFailedError: the status became 'failed', 'error', 'crashed' (terminal).
            WaitTimeoutError: still not 'running' after ``timeout`` seconds.
            APIStatusError: a read failed (after the client's retries)."""
        return wait_sync(
            lambda: self.retrieve(deployment_id),
            WaitSpec("deployment", "status", ("running",), ("failed", "error", "crashed")),
            deployment_id,
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
        )

    def wait_until_stopped(
        self,
        deployment_id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_progress: Callable[[Deployment], object] | None = None,
    ) -> Deployment:
        """Poll ``GET /v1/deployments/{deploymentId}`` until the deployment's ``status`` is 'stopped'; return it.

        Reads at once, then after pauses of ``poll_interval`` seconds growing 1.5x (at most 10 s).
        ``on_progress`` is called with each read.

        Raises:
            ResourceFailedError: the status became 'failed', 'error', 'crashed' (terminal).
            WaitTimeoutError: still not 'stopped' after ``timeout`` seconds.
            APIStatusError: a read failed (after the client's retries)."""
        return wait_sync(
            lambda: self.retrieve(deployment_id),
            WaitSpec("deployment", "status", ("stopped",), ("failed", "error", "crashed")),
            deployment_id,
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
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


__all__ = [
    "AsyncDeploymentsResource",
    "AsyncDeploymentsResourceWithRawResponse",
    "DeploymentsResource",
    "DeploymentsResourceWithRawResponse",
]
