"""``databases list|get|create|delete|prune``: a database per pull request, and the cleanup."""

from __future__ import annotations

import datetime
import os
import re
import shlex
from typing import TYPE_CHECKING, Any

import click

from ._app import common_options, settings
from ._errors import usage
from ._output import confirm, emit_json, emit_list, emit_object, emit_outcome, note, spinner
from ._resources import REGIONS, yes_option

if TYPE_CHECKING:
    from prisma_management_api import DatabaseCredentials

DATABASE_COLUMNS = [
    ("ID", "id"),
    ("NAME", "name"),
    ("STATUS", "status"),
    ("PROJECT", "project.id"),
    ("REGION", "region.id"),
    ("DEFAULT", "isDefault"),
    ("CREATED", "createdAt"),
]
OUTPUTS = ("table", "json", "env", "dotenv", "github")
_DURATION = re.compile(r"^(\d+)([smhdw])$")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


@click.group()
def databases() -> None:
    """Postgres databases of projects."""


@databases.command("list")
@click.option("--project", "project_id", help="Only this project's databases.")
@click.option("--branch-git-name", help="Only databases of this git branch.")
@common_options
def databases_list(project_id: str | None, branch_git_name: str | None) -> None:
    """List databases."""
    found = settings().client().databases.list(project_id=project_id, branch_git_name=branch_git_name)
    emit_list(found, DATABASE_COLUMNS)


@databases.command("get")
@click.argument("database_id")
@common_options
def databases_get(database_id: str) -> None:
    """Show a database."""
    emit_object(settings().client().databases.retrieve(database_id))


@databases.command("create")
@click.option("--project", "project_id", required=True, help="Project id.")
@click.option("--name", required=True, help="Database name (e.g. pr-123).")
@click.option("--branch-git-name", help="Git branch the database belongs to.")
@click.option("--region", type=click.Choice(REGIONS), help="Region (default: the project's).")
@click.option("--wait/--no-wait", default=True, show_default=True, help="Wait until it is ready.")
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=300.0,
    show_default=True,
    help="Seconds to wait before giving up (exit 4).",
)
@click.option(
    "--if-not-exists",
    is_flag=True,
    help="Reuse a database of that name (its strings: our connection, rotated).",
)
@click.option(
    "--output",
    "-o",
    "output",
    type=click.Choice(OUTPUTS),
    default=None,
    help="table (default), json, env (shell exports), dotenv, github ($GITHUB_OUTPUT, masked).",
)
@common_options
def databases_create(
    project_id: str,
    name: str,
    branch_git_name: str | None,
    region: str | None,
    wait: bool,
    timeout: float,
    if_not_exists: bool,
    output: str | None,
) -> None:
    """Create a database and print its connection strings (DATABASE_URL pooled, DIRECT_URL)."""
    from prisma_management_api import (
        DatabaseCreatedError,
        create_database_with_credentials,
        get_or_create_database,
    )

    output = output or ("json" if settings().json else "table")
    github_output = os.environ.get("GITHUB_OUTPUT", "")
    if output == "github" and not github_output:
        raise usage("--output github needs $GITHUB_OUTPUT (set by GitHub Actions)")
    client = settings().client()
    make = get_or_create_database if if_not_exists else create_database_with_credentials
    handed: list[DatabaseCredentials] = []  # on_created: the strings, before any waiting
    try:
        with spinner(f"Creating database {name}...") as status:
            credentials = make(
                client,
                project_id=project_id,
                name=name,
                region=region,
                branch_git_name=branch_git_name,
                wait=wait,
                timeout=timeout,
                on_progress=lambda p: status.update(f"Database {name}: {p.stage} ({p.elapsed:.0f} s)"),
                on_created=handed.append,
            )
    except BaseException as exc:
        # Created, then the wait failed (timeout, API or network error, Ctrl-C): the API will never
        # show these strings again, so they are emitted as on success before the error (and its
        # exit code) is reported. The error's credentials have the database as last read.
        kept = exc.credentials if isinstance(exc, DatabaseCreatedError) else (handed[0] if handed else None)
        if kept is None:
            raise
        where = _emit_credentials(kept, output, github_output)
        database = kept.database
        note(
            f"Database {database.id} was created but is not ready ({database.status}): its connection "
            f"strings are {where}; they are shown only this once: store them now."
        )
        raise
    where = _emit_credentials(credentials, output, github_output)
    database = credentials.database
    if output == "github":
        note(
            f"Database {database.name} ({database.id}) is {database.status}: DATABASE_URL, DIRECT_URL and "
            "DATABASE_ID written to $GITHUB_OUTPUT (masked)."
        )
        return
    verb = "Created" if credentials.created else "Reused"
    note(f"{verb} database {database.id}. The connection strings are shown only this once: store them now.")


def _emit_credentials(credentials: DatabaseCredentials, output: str, github_output: str) -> str:
    """The database and its connection strings in the chosen output; says where they went."""
    database = credentials.database
    env = credentials.env()
    if output == "github":
        for value in env.values():
            click.echo(f"::add-mask::{value}")
        with open(github_output, "a", encoding="utf-8") as file:
            for key, value in {**env, "DATABASE_ID": database.id}.items():
                file.write(f"{key}={value}\n")
        return "in $GITHUB_OUTPUT (masked)"
    if output == "json":
        record = _plain_database(database)
        record.update(created=credentials.created, connectionId=credentials.connection_id, **_env_json(env))
        emit_json(record)
    elif output == "env":
        for key, value in env.items():
            click.echo(f"export {key}={shlex.quote(value)}")
    elif output == "dotenv":
        for key, value in env.items():
            click.echo(f"{key}={dotenv_quote(value)}")
    else:
        emit_object(
            database, [("id", "id"), ("name", "name"), ("status", "status"), ("project", "project.id")]
        )
        for key, value in env.items():
            click.echo(f"{key}  {value}")
    return "above, on stdout"


def dotenv_quote(value: str) -> str:
    """``value`` in single quotes, which dotenv tools (Node's dotenv-expand, Docker Compose)
    read literally: a ``$`` in a password is not expanded, as it is in double quotes. Inside,
    python-dotenv reads ``\\'`` and ``\\\\`` as escapes, so those two are escaped (a connection
    URL percent-encodes the backslash anyway). python-dotenv expands a braced ``${NAME}`` in any
    quotes; a URL percent-encodes braces, so none occurs in one."""
    escaped = value.replace("\\", "\\\\").replace("'", "\\'")
    return f"'{escaped}'"


def _plain_database(database: Any) -> dict[str, Any]:
    from ._output import plain

    record: dict[str, Any] = plain(database)
    return record


def _env_json(env: dict[str, str]) -> dict[str, str]:
    return {"databaseUrl": env["DATABASE_URL"], "directUrl": env["DIRECT_URL"]}


@databases.command("delete")
@click.argument("database_id", required=False)
@click.option("--project", "project_id", help="With --name: the project of the database.")
@click.option("--name", help="Delete the database of this name (with --project) instead of by id.")
@click.option("--if-exists", is_flag=True, help="No error when there is no such database.")
@yes_option
@common_options
def databases_delete(
    database_id: str | None, project_id: str | None, name: str | None, if_exists: bool, yes: bool
) -> None:
    """Delete a database, by id or by --project and --name."""
    client = settings().client()
    if (database_id is None) == (name is None) or (name is not None and project_id is None):
        raise usage("give a DATABASE_ID, or --project and --name")
    if name is not None:
        matches = [d for d in client.databases.list(project_id=project_id) if d.name == name]
        if len(matches) > 1:
            raise usage(f"{len(matches)} databases are named {name!r}: delete by id")
        if not matches:
            if if_exists:
                _deleted(None, f"No database named {name!r}: nothing to delete.")
                return
            raise usage(f"no database named {name!r} in project {project_id}")
        database_id = matches[0].id
    assert database_id is not None
    confirm(f"delete database {database_id}", yes)
    from prisma_management_api import NotFoundError

    try:
        client.databases.delete(database_id)
    except NotFoundError:
        if not if_exists:
            raise
        _deleted(None, f"No database {database_id}: nothing to delete.")
        return
    _deleted(database_id, f"Deleted database {database_id}.")


def _deleted(database_id: str | None, message: str) -> None:
    emit_outcome({"id": database_id, "deleted": database_id is not None}, message)


def parse_age(text: str) -> datetime.timedelta:
    match = _DURATION.match(text.strip())
    if match is None:
        raise click.BadParameter(f"{text!r} is not a duration like 30m, 12h, 7d or 2w")
    return datetime.timedelta(seconds=int(match.group(1)) * _UNIT_SECONDS[match.group(2)])


@databases.command("prune")
@click.option("--name-prefix", required=True, help="Only databases whose name starts with this (e.g. pr-).")
@click.option(
    "--older-than", required=True, metavar="AGE", help="Only databases older than this: 30m, 12h, 7d, 2w."
)
@click.option("--project", "project_id", help="Only this project's databases.")
@click.option("--dry-run", is_flag=True, help="List what would be deleted; delete nothing.")
@yes_option
@common_options
def databases_prune(
    name_prefix: str, older_than: str, project_id: str | None, dry_run: bool, yes: bool
) -> None:
    """Delete stale databases: name prefix and age. Default databases are never pruned."""
    age = parse_age(older_than)
    if not name_prefix.strip():
        raise usage("--name-prefix must not be empty (it would match every database)")
    client = settings().client()
    cutoff = datetime.datetime.now(datetime.timezone.utc) - age
    stale = [
        d
        for d in client.databases.list(project_id=project_id)
        if d.name.startswith(name_prefix) and not d.is_default and d.created_at < cutoff
    ]
    if dry_run or not stale:
        if settings().json:
            emit_json({"dryRun": dry_run, "matched": [d.id for d in stale], "deleted": [], "alreadyGone": []})
        else:
            emit_list(stale, DATABASE_COLUMNS)
            note(f"{len(stale)} database(s) match{' (dry run: nothing deleted)' if dry_run else ''}.")
        return
    confirm(f"delete {len(stale)} database(s) named {name_prefix}* older than {older_than}", yes)
    from prisma_management_api import NotFoundError

    deleted: list[str] = []
    gone: list[str] = []
    for database in stale:
        try:
            client.databases.delete(database.id)
        except NotFoundError:
            # Deleted since the list by someone else (another prune, the PR's close job): the
            # goal is met; stopping would leave the rest of the stale databases behind.
            gone.append(database.id)
            continue
        deleted.append(database.id)
    if settings().json:
        emit_json(
            {"dryRun": False, "matched": [d.id for d in stale], "deleted": deleted, "alreadyGone": gone}
        )
    else:
        for database_id in deleted:
            click.echo(database_id)
        already = f"; {len(gone)} already gone ({', '.join(gone)})" if gone else ""
        note(f"Deleted {len(deleted)} database(s){already}.")


COMMANDS = [databases]
