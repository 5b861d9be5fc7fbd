"""``client.regions`` and its sub-namespaces, sync and async. See ``resources/__init__.py``.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from ..._resource import AsyncAPIResource, SyncAPIResource, unwrap_data
from ..._result import ApiResult
from ..._types import HeadersArg, TimeoutArg

if TYPE_CHECKING:
    from ..params import *
    from ..types import *


class RegionsResourceWithRawResponse(SyncAPIResource):
    """``client.regions.with_raw_response``: every method returns the ApiResult."""

    def list(
        self,
        *,
        product: Literal["postgres", "accelerate"] | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListRegionsResponse, ErrorResponse]:
        """``GET /v1/regions``: like :meth:`RegionsResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "GET",
            "/v1/regions",
            params={"query": {"product": product}},
            headers=extra_headers,
            timeout=timeout,
        )


class RegionsResource(SyncAPIResource):
    """``client.regions``: ``/v1/regions``"""

    @cached_property
    def with_raw_response(self) -> RegionsResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return RegionsResourceWithRawResponse(self._client)

    @cached_property
    def postgres(self) -> RegionPostgresResource:
        """``client.regions.postgres``"""
        return RegionPostgresResource(self._client)

    @cached_property
    def accelerate(self) -> RegionAccelerateResource:
        """``client.regions.accelerate``"""
        return RegionAccelerateResource(self._client)

    def list(
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
            self.with_raw_response.list(product=product, extra_headers=extra_headers, timeout=timeout)
        )


class RegionPostgresResourceWithRawResponse(SyncAPIResource):
    """``client.regions.postgres.with_raw_response``: every method returns the ApiResult."""

    def list(
        self,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListPostgresRegionsResponse, ErrorResponse]:
        """``GET /v1/regions/postgres``: like :meth:`RegionPostgresResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request("GET", "/v1/regions/postgres", headers=extra_headers, timeout=timeout)


class RegionPostgresResource(SyncAPIResource):
    """``client.regions.postgres``: ``/v1/regions/postgres``"""

    @cached_property
    def with_raw_response(self) -> RegionPostgresResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return RegionPostgresResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> builtins.list[PostgresRegion]:
        """Get Prisma Postgres regions

        Returns all available regions for Prisma Postgres.

        ``GET /v1/regions/postgres``"""
        return unwrap_data(self.with_raw_response.list(extra_headers=extra_headers, timeout=timeout))


class RegionAccelerateResourceWithRawResponse(SyncAPIResource):
    """``client.regions.accelerate.with_raw_response``: every method returns the ApiResult."""

    def list(
        self,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListAccelerateRegionsResponse, ErrorResponse]:
        """``GET /v1/regions/accelerate``: like :meth:`RegionAccelerateResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request("GET", "/v1/regions/accelerate", headers=extra_headers, timeout=timeout)


class RegionAccelerateResource(SyncAPIResource):
    """``client.regions.accelerate``: ``/v1/regions/accelerate``"""

    @cached_property
    def with_raw_response(self) -> RegionAccelerateResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return RegionAccelerateResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> builtins.list[AccelerateRegion]:
        """Get Prisma Accelerate regions

        Returns all available regions for Prisma Accelerate.

        ``GET /v1/regions/accelerate``"""
        return unwrap_data(self.with_raw_response.list(extra_headers=extra_headers, timeout=timeout))


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


__all__ = [
    "AsyncRegionAccelerateResource",
    "AsyncRegionAccelerateResourceWithRawResponse",
    "AsyncRegionPostgresResource",
    "AsyncRegionPostgresResourceWithRawResponse",
    "AsyncRegionsResource",
    "AsyncRegionsResourceWithRawResponse",
    "RegionAccelerateResource",
    "RegionAccelerateResourceWithRawResponse",
    "RegionPostgresResource",
    "RegionPostgresResourceWithRawResponse",
    "RegionsResource",
    "RegionsResourceWithRawResponse",
]
