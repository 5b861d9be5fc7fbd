"""``client.domains`` and its sub-namespaces, sync and async. See ``resources/__init__.py``.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING

from ..._polling import DEFAULT_POLL_INTERVAL, DEFAULT_WAIT_TIMEOUT, WaitSpec, wait_async, wait_sync
from ..._resource import AsyncAPIResource, SyncAPIResource, raise_for_status, unwrap_data
from ..._result import ApiResult
from ..._types import HeadersArg, TimeoutArg

if TYPE_CHECKING:
    from ..params import *
    from ..types import *


class DomainsResourceWithRawResponse(SyncAPIResource):
    """``client.domains.with_raw_response``: every method returns the ApiResult."""

    def retrieve(
        self,
        domain_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[GetDomainResponse, ErrorResponse]:
        """``GET /v1/domains/{domainId}``: like :meth:`DomainsResource.retrieve`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "GET",
            "/v1/domains/{domainId}",
            params={"path": {"domainId": domain_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    def delete(
        self,
        domain_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[None, ErrorResponse]:
        """``DELETE /v1/domains/{domainId}``: like :meth:`DomainsResource.delete`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "DELETE",
            "/v1/domains/{domainId}",
            params={"path": {"domainId": domain_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    def retry(
        self,
        domain_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[GetDomainResponse, ErrorResponse]:
        """``POST /v1/domains/{domainId}/retry``: like :meth:`DomainsResource.retry`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "POST",
            "/v1/domains/{domainId}/retry",
            params={"path": {"domainId": domain_id}},
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )


class DomainsResource(SyncAPIResource):
    """``client.domains``: ``/v1/domains/{domainId}``, ``/v1/domains/{domainId}/retry``"""

    @cached_property
    def with_raw_response(self) -> DomainsResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return DomainsResourceWithRawResponse(self._client)

    def retrieve(
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
            self.with_raw_response.retrieve(domain_id, extra_headers=extra_headers, timeout=timeout)
        )

    def delete(
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
            self.with_raw_response.delete(domain_id, extra_headers=extra_headers, timeout=timeout)
        )

    def retry(
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
            self.with_raw_response.retry(
                domain_id, extra_headers=extra_headers, timeout=timeout, idempotent=idempotent
            )
        )

    def wait_until_active(
        self,
        domain_id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_progress: Callable[[Domain], object] | None = None,
    ) -> Domain:
        """Poll ``GET /v1/domains/{domainId}`` until the domain's ``status`` is 'active'; return it.

        Reads at once, then after pauses of ``poll_interval`` seconds growing 1.5x (at most 10 s).
        ``on_progress`` is called with each read.

        Raises:
            ResourceFailedError: the status became 'failed', 'removing' (terminal).
            WaitTimeoutError: still not 'active' after ``timeout`` seconds.
            APIStatusError: a read failed (after the client's retries)."""
        return wait_sync(
            lambda: self.retrieve(domain_id),
            WaitSpec("domain", "status", ("active",), ("failed", "removing")),
            domain_id,
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
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


__all__ = [
    "AsyncDomainsResource",
    "AsyncDomainsResourceWithRawResponse",
    "DomainsResource",
    "DomainsResourceWithRawResponse",
]
