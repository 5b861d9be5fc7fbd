"""``login`` (OAuth + PKCE through a loopback redirect, or GitHub Actions OIDC), ``logout``,
``whoami``; and the stored login the other commands fall back on.

The login is kept as the SDK keeps it (``~/.prisma/credentials.json``, 0600, or the system
keyring with ``--storage keyring``); ``~/.prisma/cli.json`` remembers the storage, the OAuth
client and the URLs it was made with, so later commands refresh against the same server.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ._app import Settings, common_options, settings
from ._errors import LOGIN_REQUIRED, TIMED_OUT, CliError, usage
from ._output import emit_object, note, spinner

if TYPE_CHECKING:
    from prisma_management_api import ManagementApiClient, ManagementApiSdk, TokenStorage

DEFAULT_CLIENT_ID = "prisma-management-cli"
DEFAULT_SCOPE = "workspace:admin offline_access"
CLI_CONFIG = "~/.prisma/cli.json"


def _config_path() -> Path:
    return Path(CLI_CONFIG).expanduser()


def _saved() -> dict[str, Any]:
    try:
        data: Any = json.loads(_config_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}  # pyright: ignore[reportUnknownVariableType]


def _storage(kind: str) -> TokenStorage:
    import prisma_management_api as sdk

    if kind == "keyring":
        try:
            return sdk.KeyringTokenStorage()
        except ImportError as exc:
            raise usage(f"--storage keyring needs the keyring extra: {exc}") from None
    return sdk.FileTokenStorage()


def _first(*values: str | None) -> str | None:
    return next((value for value in values if value), None)


def _sdk(config: Settings, storage: TokenStorage, client_id: str, redirect_uri: str) -> ManagementApiSdk:
    import prisma_management_api as sdk

    saved = _saved()
    return sdk.create_management_api_sdk(
        client_id,
        redirect_uri,
        storage,
        api_base_url=_first(config.api_url, os.environ.get("PRISMA_MANAGEMENT_API_URL"), saved.get("apiUrl")),
        auth_base_url=_first(config.auth_url, os.environ.get("PRISMA_AUTH_BASE_URL"), saved.get("authUrl")),
    )


def stored_login_sdk(config: Settings) -> ManagementApiSdk | None:
    """The SDK over the stored login, or None when nobody logged in."""
    saved = _saved()
    storage = _storage(str(saved.get("storage", "file")))
    if storage.get_tokens() is None:
        return None
    client_id = _first(config.client_id, saved.get("clientId")) or DEFAULT_CLIENT_ID
    return _sdk(config, storage, client_id, str(saved.get("redirectUri") or "http://127.0.0.1/callback"))


@click.command()
@click.option("--no-browser", is_flag=True, help="Print the login URL instead of opening a browser.")
@click.option(
    "--storage",
    type=click.Choice(["file", "keyring"]),
    default="file",
    show_default=True,
    help="Where to keep the tokens: ~/.prisma/credentials.json or the system keyring.",
)
@click.option(
    "--client-id",
    envvar="PRISMA_OAUTH_CLIENT_ID",
    default=DEFAULT_CLIENT_ID,
    show_default=True,
    help="OAuth client id [env: PRISMA_OAUTH_CLIENT_ID].",
)
@click.option("--scope", default=DEFAULT_SCOPE, show_default=True, help="OAuth scopes.")
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=300.0,
    show_default=True,
    help="Seconds to wait for the browser (exit 4).",
)
@common_options
def login(no_browser: bool, storage: str, client_id: str, scope: str, timeout: float) -> None:
    """Log in with your Prisma account in a browser (OAuth 2.0 + PKCE), or with --github-oidc."""
    config = settings()
    if config.github_oidc:
        _github_login(config)
        return
    import webbrowser

    from ._loopback import CallbackServer

    server = CallbackServer()
    try:
        sdk = _sdk(config, _storage(storage), client_id, server.redirect_uri)
        request = sdk.get_login_url(scope)
        if no_browser or not webbrowser.open(request.url):
            note(f"Open this URL in a browser to log in:\n\n  {request.url}\n")
        else:
            note(f"Opened a browser to log in. If it did not open, visit:\n\n  {request.url}\n")
        with spinner("Waiting for the login in the browser (Ctrl-C to cancel)..."):
            callback_url = server.wait(timeout)
        if callback_url is None:
            raise CliError(f"no login within {timeout:g} s", TIMED_OUT)
        tokens = sdk.handle_callback(callback_url, request.verifier, request.state)
    finally:
        server.close()
    saved = {
        "storage": storage,
        "clientId": client_id,
        "apiUrl": sdk.client.base_url,
        "authUrl": _first(config.auth_url, os.environ.get("PRISMA_AUTH_BASE_URL"), _saved().get("authUrl")),
        "redirectUri": server.redirect_uri,
    }
    path = _config_path()
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    path.write_text(json.dumps({k: v for k, v in saved.items() if v}, indent=2) + "\n", encoding="utf-8")
    config._client = sdk.client
    user, workspace = _who(sdk.client)
    if config.json:
        emit_object({"user": user, "workspaceId": tokens.workspace_id, "workspace": workspace})
    else:
        note(f"Logged in as {user} to workspace {workspace} ({tokens.workspace_id}).")


def _who(client: ManagementApiClient) -> tuple[str, str]:
    """(user email, workspace name) of the credentials, "-" where the API leaves one out."""
    me = client.GET("/v1/me").unwrap().data
    user = me.user.email if me.user is not None else "-"
    return user or "-", me.workspace.name if me.workspace is not None else "-"


def _github_login(config: Settings) -> None:
    import prisma_management_api as sdk

    try:
        credentials = sdk.GitHubActionsOIDC()
    except ValueError as exc:
        raise CliError(str(exc), LOGIN_REQUIRED) from None
    client = sdk.create_management_api_client(credentials=credentials, base_url=config.api_url)
    config._client = client
    _, workspace = _who(client)
    if config.json:
        emit_object(
            {
                "workspaceId": credentials.workspace_id,
                "workspace": workspace,
                "expiresAt": credentials.expires_at,
            }
        )
    else:
        note(
            f"GitHub Actions OIDC works: workspace {workspace} ({credentials.workspace_id}). "
            "Commands in this job log in this way on their own."
        )


@click.command()
@common_options
def logout() -> None:
    """Forget the stored login."""
    saved = _saved()
    storage = _storage(str(saved.get("storage", "file")))
    had = storage.get_tokens() is not None
    storage.clear_tokens()
    _config_path().unlink(missing_ok=True)
    if settings().json:
        emit_object({"loggedOut": had})
    else:
        note("Logged out." if had else "Not logged in.")


@click.command()
@common_options
def whoami() -> None:
    """Show who the credentials are: user, workspace, kind of credential."""
    me = settings().client().GET("/v1/me").unwrap().data
    emit_object(
        me,
        [
            ("user", "user.email"),
            ("name", "user.name"),
            ("workspace", "workspace.name"),
            ("workspace id", "workspace.id"),
            ("credential", "credential.type"),
            ("credential name", "credential.name"),
        ],
    )


COMMANDS = [login, logout, whoami]
