"""Exit codes and the one-line messages of failures: never a traceback for a known failure."""

from __future__ import annotations

import click

OK = 0
API_ERROR = 1
USAGE = 2
LOGIN_REQUIRED = 3
TIMED_OUT = 4
INTERRUPTED = 130


class CliError(click.ClickException):
    """A failure the user can act on: printed as ``error: <message>``, exit ``code``."""

    def __init__(self, message: str, code: int = API_ERROR) -> None:
        super().__init__(message)
        self.exit_code = code  # type: ignore[misc]  # Click's class default, per instance here

    def show(self, file: object = None) -> None:
        click.echo(f"error: {self.format_message()}", err=True)


def usage(message: str) -> CliError:
    return CliError(message, USAGE)


def login_required(message: str = "not logged in") -> CliError:
    return CliError(
        f"{message}: run `prisma-management login`, set PRISMA_SERVICE_TOKEN or pass --token", LOGIN_REQUIRED
    )


def from_sdk_error(exc: Exception) -> CliError | None:
    """The CLI's error for an SDK exception, or None for anything else (a bug: let it show)."""
    import prisma_management_api as sdk

    if isinstance(exc, sdk.APIStatusError):
        text = f"[{exc.code}] {exc.message}" + (f" ({exc.hint})" if exc.hint else "")
        if exc.status_code == 401:
            return login_required(text)
        return CliError(text, API_ERROR)
    if isinstance(exc, sdk.WaitTimeoutError):
        return CliError(str(exc), TIMED_OUT)
    if isinstance(exc, sdk.AuthError):
        return CliError(exc.message, LOGIN_REQUIRED)
    if isinstance(exc, sdk.FetchError):
        return CliError(exc.message, API_ERROR)
    if isinstance(exc, sdk.ResourceFailedError | sdk.ResponseParseError):
        return CliError(str(exc), API_ERROR)
    if isinstance(exc, ValueError):  # the SDK's checks of arguments (ids, URLs...)
        return CliError(str(exc).splitlines()[0], USAGE)
    return None
