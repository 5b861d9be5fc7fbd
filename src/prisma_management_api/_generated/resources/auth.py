"""``client.auth`` and its sub-namespaces, sync and async. See ``resources/__init__.py``.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ..._resource import NOT_GIVEN, AsyncAPIResource, NotGiven, SyncAPIResource, body_of, unwrap_data
from ..._result import ApiResult
from ..._types import HeadersArg, TimeoutArg

if TYPE_CHECKING:
    from ..params import *
    from ..types import *


class AuthResource(SyncAPIResource):
    """``client.auth``"""

    @cached_property
    def github_actions(self) -> AuthGithubActionsResource:
        """``client.auth.github_actions``"""
        return AuthGithubActionsResource(self._client)


class AuthGithubActionsResource(SyncAPIResource):
    """``client.auth.github_actions``"""

    @cached_property
    def token(self) -> AuthGithubActionTokenResource:
        """``client.auth.github_actions.token``"""
        return AuthGithubActionTokenResource(self._client)


class AuthGithubActionTokenResourceWithRawResponse(SyncAPIResource):
    """``client.auth.github_actions.token.with_raw_response``: every method returns the ApiResult."""

    def create(
        self,
        *,
        token: str,
        expires_in_seconds: float | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[CreateGithubActionsTokenResponse, CreateGithubActionsTokenErrorResponse | ErrorResponse]:
        """``POST /v1/auth/github-actions/token``: like :meth:`AuthGithubActionTokenResource.create`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return self._client.request(
            "POST",
            "/v1/auth/github-actions/token",
            body=body_of({"token": token, "expiresInSeconds": expires_in_seconds}),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )


class AuthGithubActionTokenResource(SyncAPIResource):
    """``client.auth.github_actions.token``: ``/v1/auth/github-actions/token``"""

    @cached_property
    def with_raw_response(self) -> AuthGithubActionTokenResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return AuthGithubActionTokenResourceWithRawResponse(self._client)

    def create(
        self,
        *,
        token: str,
        expires_in_seconds: float | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> GithubActionsToken:
        """Exchange a GitHub Actions OIDC token for a workspace service token

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Verifies the GitHub Actions OIDC token and mints a short-lived workspace service token. The caller must request the token with audience `prisma-cloud`. Any verification failure returns a generic 401 — the response never reveals whether a repository is connected.

        ``POST /v1/auth/github-actions/token``

        Args:
            token: The GitHub Actions OIDC token with audience `prisma-cloud`.
            expires_in_seconds: Requested token lifetime in seconds. Defaults to 1800 (30 min); capped at 3600 (60 min)."""
        return unwrap_data(
            self.with_raw_response.create(
                token=token,
                expires_in_seconds=expires_in_seconds,
                extra_headers=extra_headers,
                timeout=timeout,
                idempotent=idempotent,
            )
        )


class AsyncAuthResource(AsyncAPIResource):
    """``client.auth``"""

    @cached_property
    def github_actions(self) -> AsyncAuthGithubActionsResource:
        """``client.auth.github_actions``"""
        return AsyncAuthGithubActionsResource(self._client)


class AsyncAuthGithubActionsResource(AsyncAPIResource):
    """``client.auth.github_actions``"""

    @cached_property
    def token(self) -> AsyncAuthGithubActionTokenResource:
        """``client.auth.github_actions.token``"""
        return AsyncAuthGithubActionTokenResource(self._client)


class AsyncAuthGithubActionTokenResourceWithRawResponse(AsyncAPIResource):
    """``client.auth.github_actions.token.with_raw_response``: every method returns the ApiResult."""

    async def create(
        self,
        *,
        token: str,
        expires_in_seconds: float | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> ApiResult[CreateGithubActionsTokenResponse, CreateGithubActionsTokenErrorResponse | ErrorResponse]:
        """``POST /v1/auth/github-actions/token``: like :meth:`AsyncAuthGithubActionTokenResource.create`, but returns
        the :class:`ApiResult` (``data``, ``error``, ``response``, ``retries``) instead of raising."""
        return await self._client.request(
            "POST",
            "/v1/auth/github-actions/token",
            body=body_of({"token": token, "expiresInSeconds": expires_in_seconds}),
            headers=extra_headers,
            timeout=timeout,
            idempotent=idempotent,
        )


class AsyncAuthGithubActionTokenResource(AsyncAPIResource):
    """``client.auth.github_actions.token``: ``/v1/auth/github-actions/token``"""

    @cached_property
    def with_raw_response(self) -> AsyncAuthGithubActionTokenResourceWithRawResponse:
        """The same methods, returning the :class:`ApiResult` instead of raising."""
        return AsyncAuthGithubActionTokenResourceWithRawResponse(self._client)

    async def create(
        self,
        *,
        token: str,
        expires_in_seconds: float | NotGiven = NOT_GIVEN,
        extra_headers: HeadersArg = None,
        timeout: TimeoutArg = None,
        idempotent: bool = False,
    ) -> GithubActionsToken:
        """Exchange a GitHub Actions OIDC token for a workspace service token

        ⚠️ Experimental endpoint: this API is in active development and may change at any time without notice. ⚠️

        Verifies the GitHub Actions OIDC token and mints a short-lived workspace service token. The caller must request the token with audience `prisma-cloud`. Any verification failure returns a generic 401 — the response never reveals whether a repository is connected.

        ``POST /v1/auth/github-actions/token``

        Args:
            token: The GitHub Actions OIDC token with audience `prisma-cloud`.
            expires_in_seconds: Requested token lifetime in seconds. Defaults to 1800 (30 min); capped at 3600 (60 min)."""
        return unwrap_data(
            await self.with_raw_response.create(
                token=token,
                expires_in_seconds=expires_in_seconds,
                extra_headers=extra_headers,
                timeout=timeout,
                idempotent=idempotent,
            )
        )


__all__ = [
    "AsyncAuthGithubActionTokenResource",
    "AsyncAuthGithubActionTokenResourceWithRawResponse",
    "AsyncAuthGithubActionsResource",
    "AsyncAuthResource",
    "AuthGithubActionTokenResource",
    "AuthGithubActionTokenResourceWithRawResponse",
    "AuthGithubActionsResource",
    "AuthResource",
]
