"""``client.environment_variables`` and its sub-namespaces, sync and async. See ``resources/__init__.py``.

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


class EnvironmentVariablesResourceWithRawResponse(SyncAPIResource):
    """``client.environment_variables.with_raw_response``: every method returns the ApiResult."""

    def list(
        self,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        project_id: str | None = None,
        class_: Literal["production", "preview"] | None = None,
        key: str | None = None,
        branch_id: str | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListEnvironmentVariablesResponse, ErrorResponse]:
        """``GET /v1/environment-variables``: like :meth:`EnvironmentVariablesResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "GET",
            "/v1/environment-variables",
            params={
                "query": {
                    "cursor": cursor,
                    "limit": limit,
                    "projectId": project_id,
                    "class": class_,
                    "key": key,
                    "branchId": branch_id,
                }
            },
            headers=extra_headers,
            timeout=timeout,
        )

    def create(
        self,
        *,
        project_id: str,
        class_: Literal["production", "preview"],
        key: str,
        value: str,
        branch_id: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[GetEnvironmentVariableResponse, ErrorResponse]:
        """``POST /v1/environment-variables``: like :meth:`EnvironmentVariablesResource.create`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "POST",
            "/v1/environment-variables",
            body=body_of(
                {"projectId": project_id, "class": class_, "key": key, "value": value, "branchId": branch_id}
            ),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )

    def retrieve(
        self,
        env_var_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[GetEnvironmentVariableResponse, ErrorResponse]:
        """``GET /v1/environment-variables/{envVarId}``: like :meth:`EnvironmentVariablesResource.retrieve`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "GET",
            "/v1/environment-variables/{envVarId}",
            params={"path": {"envVarId": env_var_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    def delete(
        self,
        env_var_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[None, ErrorResponse]:
        """``DELETE /v1/environment-variables/{envVarId}``: like :meth:`EnvironmentVariablesResource.delete`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "DELETE",
            "/v1/environment-variables/{envVarId}",
            params={"path": {"envVarId": env_var_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    def update(
        self,
        env_var_id: str,
        *,
        value: str,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[GetEnvironmentVariableResponse, ErrorResponse]:
        """``PATCH /v1/environment-variables/{envVarId}``: like :meth:`EnvironmentVariablesResource.update`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "PATCH",
            "/v1/environment-variables/{envVarId}",
            params={"path": {"envVarId": env_var_id}},
            body=body_of({"value": value}),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )


class EnvironmentVariablesResource(SyncAPIResource):
    """``client.environment_variables``: ``/v1/environment-variables``, ``/v1/environment-variables/{envVarId}``"""

    @cached_property
    def with_raw_response(self) -> EnvironmentVariablesResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return EnvironmentVariablesResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        project_id: str | None = None,
        class_: Literal["production", "preview"] | None = None,
        key: str | None = None,
        branch_id: str | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> SyncPager[EnvironmentVariable, ListEnvironmentVariablesResponse]:
        """List environment variables

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Returns a paginated list of environment variables. All filters are optional; combine `projectId`, `class`, and `key` to look up a specific variable by name.

        ``GET /v1/environment-variables``

        Returns a pager: iterate it for the items of every page, fetched as needed; ``.iter_pages()`` for whole pages."""
        return SyncPager(
            lambda next_cursor: self.with_raw_response.list(
                cursor=next_cursor,
                limit=limit,
                project_id=project_id,
                class_=class_,
                key=key,
                branch_id=branch_id,
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
        class_: Literal["production", "preview"],
        key: str,
        value: str,
        branch_id: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> EnvironmentVariable:
        """Create an environment variable

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Creates a new environment variable in a project's `production` or `preview` environment, or a preview branch override when `branchId` is supplied. Returns 409 if a variable with the same key already exists in that scope — use PATCH to replace its value. Values are stored encrypted and are not returned by subsequent reads.

        ``POST /v1/environment-variables``"""
        return unwrap_data(
            self.with_raw_response.create(
                project_id=project_id,
                class_=class_,
                key=key,
                value=value,
                branch_id=branch_id,
                extra_headers=extra_headers,
                timeout=timeout,
                idempotent=idempotent,
            )
        )

    def retrieve(
        self,
        env_var_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> EnvironmentVariable:
        """Get an environment variable

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Returns a single environment variable's metadata. The value is not returned.

        ``GET /v1/environment-variables/{envVarId}``"""
        return unwrap_data(
            self.with_raw_response.retrieve(env_var_id, extra_headers=extra_headers, timeout=timeout)
        )

    def delete(
        self,
        env_var_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> None:
        """Delete an environment variable

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Removes an environment variable. A second delete of the same variable returns 404.

        ``DELETE /v1/environment-variables/{envVarId}``"""
        raise_for_status(
            self.with_raw_response.delete(env_var_id, extra_headers=extra_headers, timeout=timeout)
        )

    def update(
        self,
        env_var_id: str,
        *,
        value: str,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> EnvironmentVariable:
        """Update an environment variable's value

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Replaces the value of an existing environment variable. Only the value is mutable — the project, environment, key, and branch are fixed at create-time.

        ``PATCH /v1/environment-variables/{envVarId}``"""
        return unwrap_data(
            self.with_raw_response.update(
                env_var_id, value=value, extra_headers=extra_headers, timeout=timeout, idempotent=idempotent
            )
        )


class AsyncEnvironmentVariablesResourceWithRawResponse(AsyncAPIResource):
    """``client.environment_variables.with_raw_response``: every method returns the ApiResult."""

    async def list(
        self,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        project_id: str | None = None,
        class_: Literal["production", "preview"] | None = None,
        key: str | None = None,
        branch_id: str | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[ListEnvironmentVariablesResponse, ErrorResponse]:
        """``GET /v1/environment-variables``: like :meth:`AsyncEnvironmentVariablesResource.list`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "GET",
            "/v1/environment-variables",
            params={
                "query": {
                    "cursor": cursor,
                    "limit": limit,
                    "projectId": project_id,
                    "class": class_,
                    "key": key,
                    "branchId": branch_id,
                }
            },
            headers=extra_headers,
            timeout=timeout,
        )

    async def create(
        self,
        *,
        project_id: str,
        class_: Literal["production", "preview"],
        key: str,
        value: str,
        branch_id: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[GetEnvironmentVariableResponse, ErrorResponse]:
        """``POST /v1/environment-variables``: like :meth:`AsyncEnvironmentVariablesResource.create`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "POST",
            "/v1/environment-variables",
            body=body_of(
                {"projectId": project_id, "class": class_, "key": key, "value": value, "branchId": branch_id}
            ),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )

    async def retrieve(
        self,
        env_var_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[GetEnvironmentVariableResponse, ErrorResponse]:
        """``GET /v1/environment-variables/{envVarId}``: like :meth:`AsyncEnvironmentVariablesResource.retrieve`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "GET",
            "/v1/environment-variables/{envVarId}",
            params={"path": {"envVarId": env_var_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    async def delete(
        self,
        env_var_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> ApiResult[None, ErrorResponse]:
        """``DELETE /v1/environment-variables/{envVarId}``: like :meth:`AsyncEnvironmentVariablesResource.delete`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "DELETE",
            "/v1/environment-variables/{envVarId}",
            params={"path": {"envVarId": env_var_id}},
            headers=extra_headers,
            timeout=timeout,
        )

    async def update(
        self,
        env_var_id: str,
        *,
        value: str,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[GetEnvironmentVariableResponse, ErrorResponse]:
        """``PATCH /v1/environment-variables/{envVarId}``: like :meth:`AsyncEnvironmentVariablesResource.update`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "PATCH",
            "/v1/environment-variables/{envVarId}",
            params={"path": {"envVarId": env_var_id}},
            body=body_of({"value": value}),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )


class AsyncEnvironmentVariablesResource(AsyncAPIResource):
    """``client.environment_variables``: ``/v1/environment-variables``, ``/v1/environment-variables/{envVarId}``"""

    @cached_property
    def with_raw_response(self) -> AsyncEnvironmentVariablesResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return AsyncEnvironmentVariablesResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        project_id: str | None = None,
        class_: Literal["production", "preview"] | None = None,
        key: str | None = None,
        branch_id: str | None = None,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> AsyncPager[EnvironmentVariable, ListEnvironmentVariablesResponse]:
        """List environment variables

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Returns a paginated list of environment variables. All filters are optional; combine `projectId`, `class`, and `key` to look up a specific variable by name.

        ``GET /v1/environment-variables``

        Returns a pager: iterate it for the items of every page, fetched as needed; ``.iter_pages()`` for whole pages."""
        return AsyncPager(
            lambda next_cursor: self.with_raw_response.list(
                cursor=next_cursor,
                limit=limit,
                project_id=project_id,
                class_=class_,
                key=key,
                branch_id=branch_id,
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
        class_: Literal["production", "preview"],
        key: str,
        value: str,
        branch_id: str | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> EnvironmentVariable:
        """Create an environment variable

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Creates a new environment variable in a project's `production` or `preview` environment, or a preview branch override when `branchId` is supplied. Returns 409 if a variable with the same key already exists in that scope — use PATCH to replace its value. Values are stored encrypted and are not returned by subsequent reads.

        ``POST /v1/environment-variables``"""
        return unwrap_data(
            await self.with_raw_response.create(
                project_id=project_id,
                class_=class_,
                key=key,
                value=value,
                branch_id=branch_id,
                extra_headers=extra_headers,
                timeout=timeout,
                idempotent=idempotent,
            )
        )

    async def retrieve(
        self,
        env_var_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> EnvironmentVariable:
        """Get an environment variable

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Returns a single environment variable's metadata. The value is not returned.

        ``GET /v1/environment-variables/{envVarId}``"""
        return unwrap_data(
            await self.with_raw_response.retrieve(env_var_id, extra_headers=extra_headers, timeout=timeout)
        )

    async def delete(
        self,
        env_var_id: str,
        *,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
    ) -> None:
        """Delete an environment variable

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Removes an environment variable. A second delete of the same variable returns 404.

        ``DELETE /v1/environment-variables/{envVarId}``"""
        raise_for_status(
            await self.with_raw_response.delete(env_var_id, extra_headers=extra_headers, timeout=timeout)
        )

    async def update(
        self,
        env_var_id: str,
        *,
        value: str,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> EnvironmentVariable:
        """Update an environment variable's value

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Replaces the value of an existing environment variable. Only the value is mutable — the project, environment, key, and branch are fixed at create-time.

        ``PATCH /v1/environment-variables/{envVarId}``"""
        return unwrap_data(
            await self.with_raw_response.update(
                env_var_id, value=value, extra_headers=extra_headers, timeout=timeout, idempotent=idempotent
            )
        )


__all__ = [
    "AsyncEnvironmentVariablesResource",
    "AsyncEnvironmentVariablesResourceWithRawResponse",
    "EnvironmentVariablesResource",
    "EnvironmentVariablesResourceWithRawResponse",
]
