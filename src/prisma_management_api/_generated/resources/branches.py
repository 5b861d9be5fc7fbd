"""``client.branches`` and its sub-namespaces, sync and async. See ``resources/__init__.py``.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

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


class BranchesResourceWithRawResponse(SyncAPIResource):
    """``client.branches.with_raw_response``: every method returns the ApiResult."""

    def retrieve(
        self,
        branch_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[GetBranchResponse, ErrorResponse]:
        """``GET /v1/branches/{branchId}``: like :meth:`BranchesResource.retrieve`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "GET",
            "/v1/branches/{branchId}",
            params={"path": {"branchId": branch_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    def delete(
        self,
        branch_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[None, ErrorResponse]:
        """``DELETE /v1/branches/{branchId}``: like :meth:`BranchesResource.delete`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "DELETE",
            "/v1/branches/{branchId}",
            params={"path": {"branchId": branch_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    def update(
        self,
        branch_id: str,
        *,
        is_default: bool | NotGiven | None = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[GetBranchResponse, ErrorResponse]:
        """``PATCH /v1/branches/{branchId}``: like :meth:`BranchesResource.update`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "PATCH",
            "/v1/branches/{branchId}",
            params={"path": {"branchId": branch_id}},
            body=body_of({"isDefault": is_default}),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )


class BranchesResource(SyncAPIResource):
    """``client.branches``: ``/v1/branches/{branchId}``"""

    @cached_property
    def with_raw_response(self) -> BranchesResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return BranchesResourceWithRawResponse(self._client)

    def retrieve(
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
            self.with_raw_response.retrieve(branch_id, extra_headers=extra_headers, timeout=timeout)
        )

    def delete(
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
            self.with_raw_response.delete(branch_id, extra_headers=extra_headers, timeout=timeout)
        )

    def update(
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
            self.with_raw_response.update(
                branch_id,
                is_default=is_default,
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


__all__ = [
    "AsyncBranchesResource",
    "AsyncBranchesResourceWithRawResponse",
    "BranchesResource",
    "BranchesResourceWithRawResponse",
]
