"""The README's demo: what the TypeScript SDK's README shows, in Python, against the built-in fake.

It starts the fake Prisma platform on loopback (no account, no network), then:

1. with a service token: lists workspaces, creates a project and a database, waits until the
   database is ready, prints where it lives (never its password), and deletes it all again;
2. through the whole OAuth 2.0 + PKCE login, playing the browser itself by following the
   authorize redirect, then calls the API with the tokens it got.

Run it with ``python3 scripts/dev.py demo``, or ``python examples/demo.py`` in an environment with
``prisma-management-api[testing]`` installed.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import urllib3

from prisma_management_api import (
    MemoryTokenStorage,
    create_management_api_client,
    create_management_api_sdk,
)
from prisma_management_api.testing import FakePrismaPlatform

SCOPE = "workspace:admin offline_access"


def step(text: str) -> None:
    print(f"\n== {text}")


def with_a_service_token(fake: FakePrismaPlatform) -> None:
    step("1. Authenticate with a service token")
    with create_management_api_client(token=fake.service_token, base_url=fake.api_url) as client:
        # The typed, path-literal call of the TypeScript SDK: data, error and response.
        result = client.GET("/v1/workspaces")
        if result.data is None:
            raise SystemExit(f"listing workspaces failed: {result.error}")
        for workspace in result.data.data:
            print(f"workspace  {workspace.id}  {workspace.name!r}")

        # The Pythonic layer: methods that return the payload and raise on errors.
        project = client.projects.create(name="demo-project", region="eu-central-1")
        print(f"project    {project.id}  {project.name!r}")

        database = client.databases.create(project_id=project.id, name="demo-db", region="eu-central-1")
        print(f"database   {database.id}  status={database.status}")
        # The connection string comes back once, at creation: keep it somewhere safe. This demo
        # only shows where the database lives, never the credentials.
        for connection in database.connections:
            endpoint = connection.endpoints.direct
            if endpoint is not None:
                print(f"connect to {endpoint.host}:{int(endpoint.port)} (connection {connection.id})")

        ready = client.databases.wait_until_ready(
            database.id,
            poll_interval=0.2,
            on_progress=lambda db: print(f"           ... {db.status}"),
        )
        region = ready.region.id if ready.region is not None else "unknown"
        print(f"database   {ready.id} is {ready.status} in {region}")

        client.databases.delete(database.id)
        client.projects.delete(project.id)
        print("cleaned up: database and project deleted")


def through_oauth(fake: FakePrismaPlatform) -> None:
    step("2. Log in with OAuth 2.0 + PKCE (the demo plays the browser)")
    storage = MemoryTokenStorage()
    with create_management_api_sdk(
        client_id=fake.client_id,
        redirect_uri="http://127.0.0.1:8765/callback",
        token_storage=storage,
        api_base_url=fake.api_url,
        auth_base_url=fake.auth_url,
    ) as sdk:
        login = sdk.get_login_url(SCOPE)
        where = urlsplit(login.url)
        print(f"login URL  {where.netloc}{where.path}?... (with state and PKCE challenge)")

        # A browser would show the consent page; the fake consents at once and redirects.
        answer = urllib3.request("GET", login.url, redirect=False)
        callback_url = answer.headers["Location"]
        print(f"redirected {answer.status} to {urlsplit(callback_url).path}?code=...&state=...")

        tokens = sdk.handle_callback(callback_url, login.verifier, login.state)
        print(f"logged in  workspace {tokens.workspace_id} (tokens stored: {tokens!r})")

        me = sdk.client.GET("/v1/me")
        if me.data is not None:
            print(f"/v1/me     {me.data.data.user.email}")
        for workspace in sdk.client.workspaces.list():
            print(f"workspace  {workspace.id}  {workspace.name!r}")

        sdk.logout()
        print(f"logged out (storage now holds {storage.get_tokens()!r})")


def main() -> None:
    with FakePrismaPlatform(provisioning_delay=1.0) as fake:
        print(f"fake Prisma platform: API {fake.api_url}, OAuth {fake.auth_url}")
        with_a_service_token(fake)
        through_oauth(fake)
    print("\ndone.")


if __name__ == "__main__":
    main()
