"""The root command, the options every command takes, and how a command gets its client.

Credentials, first found wins: ``--token``, ``PRISMA_SERVICE_TOKEN``, GitHub Actions OIDC
(``--github-oidc``, or on its own inside a job that may request OIDC tokens), the login stored
by ``prisma-management login``. None of them: exit 3.
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import click

from ._errors import INTERRUPTED, CliError, from_sdk_error, internal_error, login_required

if TYPE_CHECKING:
    from prisma_management_api import ManagementApiClient

F = TypeVar("F", bound=Callable[..., Any])


@dataclasses.dataclass
class Settings:
    token: str | None = None
    api_url: str | None = None
    auth_url: str | None = None
    json: bool = False
    github_oidc: bool = False
    client_id: str | None = None
    _client: ManagementApiClient | None = None

    def client(self) -> ManagementApiClient:
        """The client of this invocation (made once), authenticated as the module docstring says."""
        if self._client is None:
            self._client = _make_client(self)
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()


def settings() -> Settings:
    return click.get_current_context().find_root().ensure_object(Settings)


def _make_client(config: Settings) -> ManagementApiClient:
    import prisma_management_api as sdk

    from ._login import stored_login_sdk

    token = config.token or sdk_env_token()
    if token is not None:
        return sdk.create_management_api_client(token=token, base_url=config.api_url)
    if config.github_oidc or sdk.GitHubActionsOIDC.available():
        try:
            credentials = sdk.GitHubActionsOIDC()
        except ValueError as exc:
            raise login_required(str(exc)) from None
        return sdk.create_management_api_client(credentials=credentials, base_url=config.api_url)
    stored = stored_login_sdk(config)
    if stored is None:
        raise login_required()
    return stored.client


def sdk_env_token() -> str | None:
    import os

    value = os.environ.get("PRISMA_SERVICE_TOKEN", "").strip()
    return value or None


def _store(name: str) -> Callable[[click.Context, click.Parameter, Any], Any]:
    def callback(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
        # Given at the root or on the command: the last one given wins, a default never overrides.
        if value not in (None, False):
            setattr(ctx.find_root().ensure_object(Settings), name, value)
        return value

    return callback


def common_options(function: F) -> F:
    """``--json``, ``--token``, ``--api-url``, ``--auth-url``, ``--github-oidc`` on a command."""
    options = [
        click.option(
            "--json",
            "json_",
            is_flag=True,
            expose_value=False,
            callback=_store("json"),
            help="Print JSON (machine-readable) instead of a table.",
        ),
        click.option(
            "--token",
            metavar="TOKEN",
            expose_value=False,
            callback=_store("token"),
            help="Service token [env: PRISMA_SERVICE_TOKEN].",
        ),
        click.option(
            "--api-url",
            metavar="URL",
            expose_value=False,
            callback=_store("api_url"),
            help="Management API URL [env: PRISMA_MANAGEMENT_API_URL].",
        ),
        click.option(
            "--auth-url",
            metavar="URL",
            expose_value=False,
            callback=_store("auth_url"),
            help="OAuth server URL [env: PRISMA_AUTH_BASE_URL].",
        ),
        click.option(
            "--github-oidc",
            is_flag=True,
            expose_value=False,
            callback=_store("github_oidc"),
            help="Log in with the GitHub Actions OIDC token of this job.",
        ),
    ]
    for option in reversed(options):
        function = option(function)
    return function


class CliGroup(click.Group):
    """Runs commands in Click's non-standalone mode to map every failure to its exit code."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        try:
            outcome = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.exceptions.Exit as exc:
            sys.exit(exc.exit_code)
        except click.UsageError as exc:
            # One line, not Click's three: what was wrong and where to read more.
            where = f" (see `{exc.ctx.command_path} --help`)" if exc.ctx is not None else ""
            click.echo(f"error: {exc.format_message()}{where}", err=True)
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            exc.show()
            sys.exit(exc.exit_code)
        except (click.Abort, KeyboardInterrupt):
            click.echo("Interrupted.", err=True)
            sys.exit(INTERRUPTED)
        except Exception as exc:
            error = from_sdk_error(exc) or internal_error(exc)
            error.show()
            sys.exit(error.exit_code)
        sys.exit(outcome if isinstance(outcome, int) else 0)


@click.group(
    "prisma-management",
    cls=CliGroup,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.version_option(package_name="prisma-management-api", prog_name="prisma-management")
@common_options
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Manage Prisma workspaces, projects, databases and connections from a terminal or CI.

    Exit codes: 0 ok, 1 API error, 2 usage, 3 login required, 4 timed out waiting, 70 internal
    error (a bug), 130 Ctrl-C.
    """
    ctx.call_on_close(ctx.ensure_object(Settings).close)


def _register() -> None:
    from . import _api, _databases, _login, _resources

    for module in (_login, _resources, _databases, _api):
        for command in module.COMMANDS:
            cli.add_command(command)


_register()


def main() -> None:
    cli.main(prog_name="prisma-management")


__all__ = ["CliError", "Settings", "cli", "common_options", "main", "settings"]
