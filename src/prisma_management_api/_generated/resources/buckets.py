"""``client.buckets`` and its sub-namespaces, sync and async. See ``resources/__init__.py``.

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


class BucketsResourceWithRawResponse(SyncAPIResource):
    """``client.buckets.with_raw_response``: every method returns the ApiResult."""

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
    ) -> ApiResult[ListBucketsResponse, ErrorResponse]:
        """``GET /v1/buckets``: like :meth:`BucketsResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
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

    def create(
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
        """``POST /v1/buckets``: like :meth:`BucketsResource.create`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
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

    def retrieve(
        self,
        bucket_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[GetBucketResponse, ErrorResponse]:
        """``GET /v1/buckets/{bucketId}``: like :meth:`BucketsResource.retrieve`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "GET",
            "/v1/buckets/{bucketId}",
            params={"path": {"bucketId": bucket_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    def delete(
        self,
        bucket_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[None, ErrorResponse]:
        """``DELETE /v1/buckets/{bucketId}``: like :meth:`BucketsResource.delete`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "DELETE",
            "/v1/buckets/{bucketId}",
            params={"path": {"bucketId": bucket_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    def update(
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
        """``PATCH /v1/buckets/{bucketId}``: like :meth:`BucketsResource.update`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
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


class BucketsResource(SyncAPIResource):
    """``client.buckets``: ``/v1/buckets``, ``/v1/buckets/{bucketId}``"""

    @cached_property
    def with_raw_response(self) -> BucketsResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return BucketsResourceWithRawResponse(self._client)

    @cached_property
    def keys(self) -> BucketKeysResource:
        """``client.buckets.keys``"""
        return BucketKeysResource(self._client)

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
    ) -> SyncPager[Bucket, ListBucketsResponse]:
        """List buckets

        Returns all object-store buckets the token has access to. Optionally filter by project ID.

        ``GET /v1/buckets``

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
            self.with_raw_response.create(
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

    def retrieve(
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
            self.with_raw_response.retrieve(bucket_id, extra_headers=extra_headers, timeout=timeout)
        )

    def delete(
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
            self.with_raw_response.delete(bucket_id, extra_headers=extra_headers, timeout=timeout)
        )

    def update(
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
            self.with_raw_response.update(
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


class BucketKeysResourceWithRawResponse(SyncAPIResource):
    """``client.buckets.keys.with_raw_response``: every method returns the ApiResult."""

    def list(
        self,
        bucket_id: str,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListBucketKeysResponse, ErrorResponse]:
        """``GET /v1/buckets/{bucketId}/keys``: like :meth:`BucketKeysResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "GET",
            "/v1/buckets/{bucketId}/keys",
            params={"path": {"bucketId": bucket_id}, "query": {"cursor": cursor, "limit": limit}},
            headers=extra_headers,
            timeout=timeout,
        )

    def create(
        self,
        bucket_id: str,
        *,
        role: Literal["read", "read_write"],
        name: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[CreateBucketKeyResponse, ErrorResponse]:
        """``POST /v1/buckets/{bucketId}/keys``: like :meth:`BucketKeysResource.create`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "POST",
            "/v1/buckets/{bucketId}/keys",
            params={"path": {"bucketId": bucket_id}},
            body=body_of({"role": role, "name": name}),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )

    def delete(
        self,
        bucket_id: str,
        key_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[None, ErrorResponse]:
        """``DELETE /v1/buckets/{bucketId}/keys/{keyId}``: like :meth:`BucketKeysResource.delete`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "DELETE",
            "/v1/buckets/{bucketId}/keys/{keyId}",
            params={"path": {"bucketId": bucket_id, "keyId": key_id}},
            headers=extra_headers,
            timeout=timeout,
        )


class BucketKeysResource(SyncAPIResource):
    """``client.buckets.keys``: ``/v1/buckets/{bucketId}/keys``, ``/v1/buckets/{bucketId}/keys/{keyId}``"""

    @cached_property
    def with_raw_response(self) -> BucketKeysResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return BucketKeysResourceWithRawResponse(self._client)

    def list(
        self,
        bucket_id: str,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> SyncPager[BucketKey, ListBucketKeysResponse]:
        """List bucket keys

        Returns all access keys for the given bucket.

        ``GET /v1/buckets/{bucketId}/keys``

        Returns a pager: iterate it for the items of every page, fetched as needed; ``.iter_pages()`` for whole pages."""
        return SyncPager(
            lambda next_cursor: self.with_raw_response.list(
                bucket_id, cursor=next_cursor, limit=limit, extra_headers=extra_headers, timeout=timeout
            ),
            cursor=cursor,
            follows=True,
        )

    def create(
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
            self.with_raw_response.create(
                bucket_id,
                role=role,
                name=name,
                extra_headers=extra_headers,
                timeout=timeout,
                idempotent=idempotent,
            )
        )

    def delete(
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
            self.with_raw_response.delete(bucket_id, key_id, extra_headers=extra_headers, timeout=timeout)
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


__all__ = [
    "AsyncBucketKeysResource",
    "AsyncBucketKeysResourceWithRawResponse",
    "AsyncBucketsResource",
    "AsyncBucketsResourceWithRawResponse",
    "BucketKeysResource",
    "BucketKeysResourceWithRawResponse",
    "BucketsResource",
    "BucketsResourceWithRawResponse",
]
