"""Static type tests of the CI-facing API (credentials, database credentials): mypy --strict and
pyright (strict) check this module through ``test_typecheck.py``; nothing here runs."""

# pyright: reportUnnecessaryTypeIgnoreComment=error

from __future__ import annotations

from typing import Literal

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


def check_database_credentials(client: ManagementApiClient, aclient: AsyncManagementApiClient) -> None:
    from collections.abc import Awaitable

    from prisma_management_api import (
        DatabaseCredentials,
        DatabaseProgress,
        connection_urls,
        create_database_with_credentials,
        get_or_create_database,
    )
    from prisma_management_api.types import Database

    credentials = create_database_with_credentials(client, project_id="proj_1", name="db")
    assert_type(credentials, DatabaseCredentials)
    assert_type(credentials.pooled_url, str)
    assert_type(credentials.direct_url, str)
    assert_type(credentials.database, Database)
    assert_type(credentials.env(), dict[str, str])
    assert_type(
        create_database_with_credentials(aclient, project_id="proj_1", name="db"),
        Awaitable[DatabaseCredentials],
    )
    assert_type(get_or_create_database(client, project_id="p", logical_id="pr-1"), DatabaseCredentials)
    assert_type(get_or_create_database(aclient, project_id="p", name="n"), Awaitable[DatabaseCredentials])

    def report(progress: DatabaseProgress) -> None:
        assert_type(progress.stage, Literal["creating", "provisioning", "ready", "connecting", "found"])

    create_database_with_credentials(client, project_id="p", name="n", on_progress=report)
    created = client.databases.create(project_id="p")
    assert_type(connection_urls(created), tuple[str, str])
    create_database_with_credentials(client, project_id=1, name="n")  # type: ignore[call-overload]


def check_kept_credentials(client: ManagementApiClient, aclient: AsyncManagementApiClient) -> None:
    from collections.abc import Awaitable

    from prisma_management_api import (
        APIConnectionError,
        DatabaseCreatedError,
        DatabaseCredentials,
        NotFoundError,
        WaitTimeoutError,
        create_database_with_credentials,
        get_or_create_database,
    )

    kept: list[DatabaseCredentials] = []
    create_database_with_credentials(client, project_id="p", name="n", on_created=kept.append)

    async def store(credentials: DatabaseCredentials) -> None:
        kept.append(credentials)

    assert_type(
        create_database_with_credentials(aclient, project_id="p", name="n", on_created=store),
        Awaitable[DatabaseCredentials],
    )
    assert_type(
        get_or_create_database(client, project_id="p", name="n", on_created=print), DatabaseCredentials
    )
    try:
        create_database_with_credentials(client, project_id="p", name="n")
    except DatabaseCreatedError as error:  # whatever ended the call after the create
        assert_type(error.credentials, DatabaseCredentials)
        assert_type(error.credentials.env(), dict[str, str])
    try:
        create_database_with_credentials(client, project_id="p", name="n")
    except APIConnectionError as error:  # today's except clauses still catch, and narrow
        assert_type(error.request_sent, bool)
        if isinstance(error, DatabaseCreatedError):
            assert_type(error.credentials, DatabaseCredentials)
            assert_type(error.request_sent, bool)
    except NotFoundError as error:
        assert_type(error.status_code, int)
    except WaitTimeoutError as error:
        assert_type(error.credentials, DatabaseCredentials | None)

    def wrong(credentials: str) -> None: ...

    create_database_with_credentials(client, project_id="p", name="n", on_created=wrong)  # type: ignore[arg-type]
    create_database_with_credentials(client, project_id="p", name="n", on_created=1)  # type: ignore[call-overload]
