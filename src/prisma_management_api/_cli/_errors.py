"""Exit codes and the one-line messages of failures: never a traceback for a known failure."""

from __future__ import annotations

import sys
from types import TracebackType

import click

OK = 0
API_ERROR = 1
USAGE = 2
LOGIN_REQUIRED = 3
TIMED_OUT = 4
INTERNAL = 70  # sysexits' EX_SOFTWARE: a bug, not the user's input
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
    """The CLI's error for an SDK exception, or None for anything else (a bug: see
    :func:`internal_error`)."""
    import prisma_management_api as sdk

    if isinstance(exc, sdk.APIStatusError):
        text = f"[{exc.code}] {exc.message}" + (f" ({exc.hint})" if exc.hint else "")
        if exc.status_code == 401:
            return login_required(text)
        return CliError(text, API_ERROR)
    if isinstance(exc, sdk.WaitTimeoutError):
        return CliError(_text(exc), TIMED_OUT)
    if isinstance(exc, sdk.AuthError):
        return CliError(exc.message, LOGIN_REQUIRED)
    if isinstance(exc, sdk.FetchError):
        return CliError(exc.message, API_ERROR)
    if isinstance(exc, sdk.ResourceFailedError | sdk.ResponseParseError):
        return CliError(_text(exc), API_ERROR)
    if isinstance(exc, ValueError) and _refused_by_the_sdk(exc.__traceback__):
        return CliError(str(exc).splitlines()[0], USAGE)  # the SDK's checks of arguments (ids, URLs...)
    return None


def _text(exc: Exception) -> str:
    """The error's message, without the sentence a ``DatabaseCreatedError`` adds about its
    ``credentials`` (the CLI has printed the strings and said where)."""
    import prisma_management_api as sdk

    if isinstance(exc, sdk.DatabaseCreatedError) and exc.args:
        return str(exc.args[0])
    return str(exc)


def _refused_by_the_sdk(trace: TracebackType | None) -> bool:
    """True when the innermost frame of this package in ``trace`` is the SDK's, not the CLI's: the
    SDK was handed a value it refused (what the user typed, passed on). A ``ValueError`` from
    the CLI's own code (or from none of ours) is a bug, not a usage error."""
    innermost = ""
    while trace is not None:
        module = str(trace.tb_frame.f_globals.get("__name__", ""))
        if module.startswith("prisma_management_api."):
            innermost = module
        trace = trace.tb_next
    return bool(innermost) and not innermost.startswith("prisma_management_api._cli")


def internal_error(exc: BaseException) -> CliError:
    """A failure nobody foresaw: said to be a bug, with the exception's type and where it was
    raised, never its text (it may hold a token or a connection string)."""
    where = ""
    trace = exc.__traceback__
    while trace is not None and trace.tb_next is not None:
        trace = trace.tb_next
    if trace is not None:
        where = f" at {trace.tb_frame.f_globals.get('__name__', '?')}:{trace.tb_lineno}"
    python = f"Python {sys.version_info.major}.{sys.version_info.minor}"
    return CliError(
        f"internal error: {type(exc).__name__}{where} ({python}). This is a bug of prisma-management: "
        "please report it with the command you ran (its message is left out: it may hold secrets)",
        INTERNAL,
    )
