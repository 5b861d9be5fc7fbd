"""``client.agent_approvals`` and its sub-namespaces, sync and async. See ``resources/__init__.py``.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING

from ..._polling import DEFAULT_POLL_INTERVAL, DEFAULT_WAIT_TIMEOUT, WaitSpec, wait_async, wait_sync
from ..._resource import AsyncAPIResource, SyncAPIResource, unwrap
from ..._result import ApiResult
from ..._types import HeadersArg, TimeoutArg

if TYPE_CHECKING:
    from ..params import *
    from ..types import *


class AgentApprovalsResourceWithRawResponse(SyncAPIResource):
    """``client.agent_approvals.with_raw_response``: every method returns the ApiResult."""

    def retrieve(
        self,
        approval_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[GetAgentApprovalResponse, ErrorResponse]:
        """``GET /v1/agent-approvals/{approvalId}``: like :meth:`AgentApprovalsResource.retrieve`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "GET",
            "/v1/agent-approvals/{approvalId}",
            params={"path": {"approvalId": approval_id}},
            headers=extra_headers,
            timeout=timeout,
        )


class AgentApprovalsResource(SyncAPIResource):
    """``client.agent_approvals``: ``/v1/agent-approvals/{approvalId}``"""

    @cached_property
    def with_raw_response(self) -> AgentApprovalsResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return AgentApprovalsResourceWithRawResponse(self._client)

    def retrieve(
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
            self.with_raw_response.retrieve(approval_id, extra_headers=extra_headers, timeout=timeout)
        )

    def wait_until_approved(
        self,
        approval_id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_progress: Callable[[GetAgentApprovalResponse], object] | None = None,
    ) -> GetAgentApprovalResponse:
        """Poll ``GET /v1/agent-approvals/{approvalId}`` until the approval's ``status`` is 'approved' or 'approved_window'; return it.

        Reads at once, then after pauses of ``poll_interval`` seconds growing 1.5x (at most 10 s).
        ``on_progress`` is called with each read.

        Raises:
            ResourceFailedError: the status became 'denied', 'expired', 'consumed' (terminal).
            WaitTimeoutError: still not 'approved' or 'approved_window' after ``timeout`` seconds.
            APIStatusError: a read failed (after the client's retries)."""
        return wait_sync(
            lambda: self.retrieve(approval_id),
            WaitSpec(
                "approval", "status", ("approved", "approved_window"), ("denied", "expired", "consumed")
            ),
            approval_id,
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
        )


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


__all__ = [
    "AgentApprovalsResource",
    "AgentApprovalsResourceWithRawResponse",
    "AsyncAgentApprovalsResource",
    "AsyncAgentApprovalsResourceWithRawResponse",
]
