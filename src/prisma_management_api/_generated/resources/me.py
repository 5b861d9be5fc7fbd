"""``client.me`` and its sub-namespaces, sync and async. See ``resources/__init__.py``.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ..._resource import AsyncAPIResource, SyncAPIResource, unwrap_data
from ..._result import ApiResult
from ..._types import HeadersArg, TimeoutArg

if TYPE_CHECKING:
    from ..params import *
    from ..types import *


class MeResourceWithRawResponse(SyncAPIResource):
    """``client.me.with_raw_response``: every method returns the ApiResult."""

    def retrieve(
        self,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[GetMeResponse, ErrorResponse]:
        """``GET /v1/me``: like :meth:`MeResource.retrieve`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request("GET", "/v1/me", headers=extra_headers, timeout=timeout)


class MeResource(SyncAPIResource):
    """``client.me``: ``/v1/me``"""

    @cached_property
    def with_raw_response(self) -> MeResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return MeResourceWithRawResponse(self._client)

    def retrieve(
        self,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> CurrentUser:
        """Get current authenticated principal

        Returns the user, workspace, and credential represented by the current token.

        ``GET /v1/me``"""
        return unwrap_data(self.with_raw_response.retrieve(extra_headers=extra_headers, timeout=timeout))


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


__all__ = [
    "AsyncMeResource",
    "AsyncMeResourceWithRawResponse",
    "MeResource",
    "MeResourceWithRawResponse",
]
