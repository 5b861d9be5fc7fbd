"""``client.databases`` and its sub-namespaces, sync and async. See ``resources/__init__.py``.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING, Literal

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


class DatabasesResourceWithRawResponse(SyncAPIResource):
    """``client.databases.with_raw_response``: every method returns the ApiResult."""

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
    ) -> ApiResult[ListDatabasesResponse, ErrorResponse]:
        """``GET /v1/databases``: like :meth:`DatabasesResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
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

    def create(
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
        """``POST /v1/databases``: like :meth:`DatabasesResource.create`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
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

    def retrieve(
        self,
        database_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[GetDatabaseResponse, ErrorResponse]:
        """``GET /v1/databases/{databaseId}``: like :meth:`DatabasesResource.retrieve`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "GET",
            "/v1/databases/{databaseId}",
            params={"path": {"databaseId": database_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    def update(
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
        """``PATCH /v1/databases/{databaseId}``: like :meth:`DatabasesResource.update`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
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

    def delete(
        self,
        database_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[None, ErrorResponse]:
        """``DELETE /v1/databases/{databaseId}``: like :meth:`DatabasesResource.delete`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "DELETE",
            "/v1/databases/{databaseId}",
            params={"path": {"databaseId": database_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    def restore(
        self,
        target_database_id: str,
        *,
        source: CreateDatabaseBodySourceBackup,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[RestoreDatabaseResponse, ErrorResponse]:
        """``POST /v1/databases/{targetDatabaseId}/restore``: like :meth:`DatabasesResource.restore`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "POST",
            "/v1/databases/{targetDatabaseId}/restore",
            params={"path": {"targetDatabaseId": target_database_id}},
            body=body_of({"source": source}),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )


class DatabasesResource(SyncAPIResource):
    """``client.databases``: ``/v1/databases``, ``/v1/databases/{databaseId}``, ``/v1/databases/{targetDatabaseId}/restore``"""

    @cached_property
    def with_raw_response(self) -> DatabasesResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return DatabasesResourceWithRawResponse(self._client)

    @cached_property
    def connections(self) -> DatabaseConnectionsResource:
        """``client.databases.connections``"""
        return DatabaseConnectionsResource(self._client)

    @cached_property
    def backups(self) -> DatabaseBackupsResource:
        """``client.databases.backups``"""
        return DatabaseBackupsResource(self._client)

    @cached_property
    def usage(self) -> DatabaseUsageResource:
        """``client.databases.usage``"""
        return DatabaseUsageResource(self._client)

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
    ) -> SyncPager[Database, ListDatabasesResponse]:
        """List databases

        Returns all databases the token has access to. Optionally filter by project ID.

        ``GET /v1/databases``

        Args:
            cursor: Cursor for pagination
            limit: Limit for pagination
            project_id: Filter databases by project ID

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
            self.with_raw_response.create(
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

    def retrieve(
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
            self.with_raw_response.retrieve(database_id, extra_headers=extra_headers, timeout=timeout)
        )

    def update(
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
            self.with_raw_response.update(
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

    def delete(
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
            self.with_raw_response.delete(database_id, extra_headers=extra_headers, timeout=timeout)
        )

    def restore(
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
            self.with_raw_response.restore(
                target_database_id,
                source=source,
                extra_headers=extra_headers,
                timeout=timeout,
                idempotent=idempotent,
            )
        )

    def wait_until_ready(
        self,
        database_id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_progress: Callable[[Database], object] | None = None,
    ) -> Database:
        """Poll ``GET /v1/databases/{databaseId}`` until the database's ``status`` is 'ready'; return it.

        Reads at once, then after pauses of ``poll_interval`` seconds growing 1.5x (at most 10 s).
        ``on_progress`` is called with each read.

        Raises:
            ResourceFailedError: the status became 'failure' (terminal).
            WaitTimeoutError: still not 'ready' after ``timeout`` seconds.
            APIStatusError: a read failed (after the client's retries)."""
        return wait_sync(
            lambda: self.retrieve(database_id),
            WaitSpec("database", "status", ("ready",), ("failure",)),
            database_id,
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
        )


class DatabaseConnectionsResourceWithRawResponse(SyncAPIResource):
    """``client.databases.connections.with_raw_response``: every method returns the ApiResult."""

    def list(
        self,
        database_id: str,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListConnectionsResponse, ErrorResponse]:
        """``GET /v1/databases/{databaseId}/connections``: like :meth:`DatabaseConnectionsResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "GET",
            "/v1/databases/{databaseId}/connections",
            params={"path": {"databaseId": database_id}, "query": {"cursor": cursor, "limit": limit}},
            headers=extra_headers,
            timeout=timeout,
        )

    def create(
        self,
        database_id: str,
        *,
        name: str,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[CreateConnectionResponse, ErrorResponse]:
        """``POST /v1/databases/{databaseId}/connections``: like :meth:`DatabaseConnectionsResource.create`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "POST",
            "/v1/databases/{databaseId}/connections",
            params={"path": {"databaseId": database_id}},
            body=body_of({"name": name}),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )


class DatabaseConnectionsResource(SyncAPIResource):
    """``client.databases.connections``: ``/v1/databases/{databaseId}/connections``"""

    @cached_property
    def with_raw_response(self) -> DatabaseConnectionsResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return DatabaseConnectionsResourceWithRawResponse(self._client)

    def list(
        self,
        database_id: str,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> SyncPager[Connection, ListConnectionsResponse]:
        """Get list of database connections

        Returns all connections for the given database.

        ``GET /v1/databases/{databaseId}/connections``

        Args:
            cursor: Cursor for pagination
            limit: Limit for pagination

        Returns a pager: iterate it for the items of every page, fetched as needed; ``.iter_pages()`` for whole pages."""
        return SyncPager(
            lambda next_cursor: self.with_raw_response.list(
                database_id, cursor=next_cursor, limit=limit, extra_headers=extra_headers, timeout=timeout
            ),
            cursor=cursor,
            follows=True,
        )

    def create(
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
            self.with_raw_response.create(
                database_id, name=name, extra_headers=extra_headers, timeout=timeout, idempotent=idempotent
            )
        )


class DatabaseBackupsResourceWithRawResponse(SyncAPIResource):
    """``client.databases.backups.with_raw_response``: every method returns the ApiResult."""

    def list(
        self,
        database_id: str,
        *,
        limit: int | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListDatabaseBackupsResponse, ErrorResponse]:
        """``GET /v1/databases/{databaseId}/backups``: like :meth:`DatabaseBackupsResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "GET",
            "/v1/databases/{databaseId}/backups",
            params={"path": {"databaseId": database_id}, "query": {"limit": limit}},
            headers=extra_headers,
            timeout=timeout,
        )


class DatabaseBackupsResource(SyncAPIResource):
    """``client.databases.backups``: ``/v1/databases/{databaseId}/backups``"""

    @cached_property
    def with_raw_response(self) -> DatabaseBackupsResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return DatabaseBackupsResourceWithRawResponse(self._client)

    def list(
        self,
        database_id: str,
        *,
        limit: int | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> SyncPager[DatabaseBackup, ListDatabaseBackupsResponse]:
        """Get list of backups

        Returns backups for the specified database.

        ``GET /v1/databases/{databaseId}/backups``

        Returns a pager over the single page this operation answers with; ``.iter_pages()`` for whole pages."""
        return SyncPager(
            lambda next_cursor: self.with_raw_response.list(
                database_id, limit=limit, extra_headers=extra_headers, timeout=timeout
            ),
            cursor=None,
            follows=False,
        )


class DatabaseUsageResourceWithRawResponse(SyncAPIResource):
    """``client.databases.usage.with_raw_response``: every method returns the ApiResult."""

    def retrieve(
        self,
        database_id: str,
        *,
        start_date: str | None = None,
        end_date: str | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[GetDatabaseUsageResponse, ErrorResponse]:
        """``GET /v1/databases/{databaseId}/usage``: like :meth:`DatabaseUsageResource.retrieve`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "GET",
            "/v1/databases/{databaseId}/usage",
            params={
                "path": {"databaseId": database_id},
                "query": {"startDate": start_date, "endDate": end_date},
            },
            headers=extra_headers,
            timeout=timeout,
        )


class DatabaseUsageResource(SyncAPIResource):
    """``client.databases.usage``: ``/v1/databases/{databaseId}/usage``"""

    @cached_property
    def with_raw_response(self) -> DatabaseUsageResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return DatabaseUsageResourceWithRawResponse(self._client)

    def retrieve(
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
            self.with_raw_response.retrieve(
                database_id,
                start_date=start_date,
                end_date=end_date,
                extra_headers=extra_headers,
                timeout=timeout,
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


__all__ = [
    "AsyncDatabaseBackupsResource",
    "AsyncDatabaseBackupsResourceWithRawResponse",
    "AsyncDatabaseConnectionsResource",
    "AsyncDatabaseConnectionsResourceWithRawResponse",
    "AsyncDatabaseUsageResource",
    "AsyncDatabaseUsageResourceWithRawResponse",
    "AsyncDatabasesResource",
    "AsyncDatabasesResourceWithRawResponse",
    "DatabaseBackupsResource",
    "DatabaseBackupsResourceWithRawResponse",
    "DatabaseConnectionsResource",
    "DatabaseConnectionsResourceWithRawResponse",
    "DatabaseUsageResource",
    "DatabaseUsageResourceWithRawResponse",
    "DatabasesResource",
    "DatabasesResourceWithRawResponse",
]
