"""Static type tests of the CI-facing API (credentials, database credentials): mypy --strict and
pyright (strict) check this module through ``test_typecheck.py``; nothing here runs."""

# pyright: reportUnnecessaryTypeIgnoreComment=error

from __future__ import annotations

from typing_extensions import assert_type

from prisma_management_api import (
    AsyncManagementApiClient,
    Credentials,
    GitHubActionsOIDC,
    ManagementApiClient,
    create_async_management_api_client,
    create_management_api_client,
)


def check_oidc_credentials() -> None:
    credentials = GitHubActionsOIDC(lifetime=900)
    assert_type(credentials.workspace_id, "str | None")
    assert_type(credentials.expires_at, "float | None")
    assert_type(GitHubActionsOIDC.available(), bool)
    as_protocol: Credentials = credentials
    assert_type(create_management_api_client(credentials=as_protocol), ManagementApiClient)
    assert_type(create_async_management_api_client(credentials=credentials), AsyncManagementApiClient)
    GitHubActionsOIDC(lifetime="1800")  # type: ignore[arg-type]
    create_management_api_client(credentials="token")  # type: ignore[arg-type]
