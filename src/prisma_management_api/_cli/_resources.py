"""Commands over the resource methods: workspaces, projects, branches, connections, regions,
service tokens. Each is a few lines over one SDK call."""

from __future__ import annotations

from typing import Any

import click

from ._app import common_options, settings
from ._errors import usage
from ._output import confirm, emit_json, emit_list, emit_object, emit_outcome, note

PROJECT_COLUMNS = [("ID", "id"), ("NAME", "name"), ("CREATED", "createdAt")]
BRANCH_COLUMNS = [("ID", "id"), ("GIT NAME", "gitName"), ("DEFAULT", "isDefault"), ("CREATED", "createdAt")]
CONNECTION_COLUMNS = [
    ("ID", "id"),
    ("NAME", "name"),
    ("KIND", "kind"),
    ("DATABASE", "database.id"),
    ("CREATED", "createdAt"),
]
TOKEN_COLUMNS = [
    ("ID", "id"),
    ("NAME", "name"),
    ("HINT", "valueHint"),
    ("EXPIRES", "expiresAt"),
    ("CREATED", "createdAt"),
]
REGIONS = ("us-east-1", "us-west-1", "eu-west-3", "eu-central-1", "ap-northeast-1", "ap-southeast-1")
yes_option = click.option("--yes", "-y", is_flag=True, help="Do not ask for confirmation.")


# -- workspaces -----------------------------------------------------------------------------------


@click.group()
def workspaces() -> None:
    """Workspaces the credentials reach."""


@workspaces.command("list")
@common_options
def workspaces_list() -> None:
    """List workspaces."""
    emit_list(
        settings().client().workspaces.list(), [("ID", "id"), ("NAME", "name"), ("CREATED", "createdAt")]
    )


# -- projects -------------------------------------------------------------------------------------


@click.group()
def projects() -> None:
    """Projects of the workspace."""


@projects.command("list")
@common_options
def projects_list() -> None:
    """List projects."""
    emit_list(settings().client().projects.list(), PROJECT_COLUMNS)


@projects.command("get")
@click.argument("project_id")
@common_options
def projects_get(project_id: str) -> None:
    """Show a project."""
    emit_object(settings().client().projects.retrieve(project_id))


@projects.command("create")
@click.option("--name", required=True, help="Project name.")
@click.option("--region", type=click.Choice(REGIONS), help="Region of its default database.")
@click.option("--no-database", is_flag=True, help="Do not create a default database.")
@common_options
def projects_create(name: str, region: str | None, no_database: bool) -> None:
    """Create a project (with a default database unless --no-database)."""
    from prisma_management_api import NOT_GIVEN

    client = settings().client()
    chosen: Any = region or NOT_GIVEN  # one of REGIONS: click.Choice checked it
    project = client.projects.create(name=name, region=chosen, create_database=not no_database)
    emit_object(project, [("id", "id"), ("name", "name"), ("createdAt", "createdAt")])
    if not settings().json and project.database is not None:
        note("A default database was created; `prisma-management databases list` shows it.")


@projects.command("delete")
@click.argument("project_id")
@yes_option
@common_options
def projects_delete(project_id: str, yes: bool) -> None:
    """Delete a project and all its databases."""
    confirm(f"delete project {project_id} and all its databases", yes)
    settings().client().projects.delete(project_id)
    emit_outcome({"id": project_id, "deleted": True}, f"Deleted project {project_id}.")


@projects.command("transfer")
@click.argument("project_id")
@click.option(
    "--recipient-token",
    required=True,
    envvar="PRISMA_RECIPIENT_TOKEN",
    help="An access token of the receiving workspace [env: PRISMA_RECIPIENT_TOKEN].",
)
@yes_option
@common_options
def projects_transfer(project_id: str, recipient_token: str, yes: bool) -> None:
    """Transfer a project to another workspace."""
    confirm(f"transfer project {project_id} to another workspace", yes)
    settings().client().projects.transfer(project_id, recipient_access_token=recipient_token)
    emit_outcome({"id": project_id, "transferred": True}, f"Transferred project {project_id}.")


# -- branches -------------------------------------------------------------------------------------


@click.group()
def branches() -> None:
    """Branches of a project."""


@branches.command("list")
@click.option("--project", "project_id", required=True, help="Project id.")
@common_options
def branches_list(project_id: str) -> None:
    """List a project's branches."""
    emit_list(settings().client().projects.branches.list(project_id), BRANCH_COLUMNS)


@branches.command("create")
@click.option("--project", "project_id", required=True, help="Project id.")
@click.option("--git-name", required=True, help="Git branch name.")
@common_options
def branches_create(project_id: str, git_name: str) -> None:
    """Create a branch."""
    emit_object(settings().client().projects.branches.create(project_id, git_name=git_name))


@branches.command("delete")
@click.argument("branch_id")
@yes_option
@common_options
def branches_delete(branch_id: str, yes: bool) -> None:
    """Delete a branch."""
    confirm(f"delete branch {branch_id}", yes)
    settings().client().branches.delete(branch_id)
    emit_outcome({"id": branch_id, "deleted": True}, f"Deleted branch {branch_id}.")


# -- connections ----------------------------------------------------------------------------------


@click.group()
def connections() -> None:
    """Connections (credentials) of databases."""


@connections.command("list")
@click.option("--database", "database_id", help="Only this database's connections.")
@common_options
def connections_list(database_id: str | None) -> None:
    """List connections."""
    emit_list(settings().client().connections.list(database_id=database_id), CONNECTION_COLUMNS)


def _emit_secret_connection(connection: object) -> None:
    from prisma_management_api import connection_urls

    pooled, direct = connection_urls(connection)  # type: ignore[arg-type]
    if settings().json:
        emit_json(connection)
    else:
        click.echo(f"DATABASE_URL={pooled}")
        click.echo(f"DIRECT_URL={direct}")
    note("The connection strings are shown only this once: store them now.")


@connections.command("create")
@click.option("--database", "database_id", required=True, help="Database id.")
@click.option("--name", required=True, help="Connection name.")
@common_options
def connections_create(database_id: str, name: str) -> None:
    """Create a connection; prints its connection strings (once)."""
    _emit_secret_connection(settings().client().connections.create(database_id=database_id, name=name))


@connections.command("rotate")
@click.argument("connection_id")
@yes_option
@common_options
def connections_rotate(connection_id: str, yes: bool) -> None:
    """Rotate a connection's credentials; the old ones stop working."""
    confirm(f"rotate connection {connection_id} (its current credentials stop working)", yes)
    _emit_secret_connection(settings().client().connections.rotate(connection_id))


@connections.command("delete")
@click.argument("connection_id")
@yes_option
@common_options
def connections_delete(connection_id: str, yes: bool) -> None:
    """Delete a connection."""
    confirm(f"delete connection {connection_id}", yes)
    settings().client().connections.delete(connection_id)
    emit_outcome({"id": connection_id, "deleted": True}, f"Deleted connection {connection_id}.")


# -- regions --------------------------------------------------------------------------------------


@click.group()
def regions() -> None:
    """Regions databases can live in."""


@regions.command("list")
@click.option("--product", type=click.Choice(["postgres", "accelerate"]), help="Only this product's regions.")
@common_options
def regions_list(product: str | None) -> None:
    """List regions."""
    found = settings().client().regions.list(product=product)  # type: ignore[arg-type]
    emit_list(found, [("ID", "id"), ("NAME", "name"), ("STATUS", "status")])


# -- service tokens -------------------------------------------------------------------------------


@click.group("service-tokens")
def service_tokens() -> None:
    """Service tokens of a workspace."""


def _workspace(workspace_id: str | None) -> str:
    if workspace_id:
        return workspace_id
    workspace = settings().client().GET("/v1/me").unwrap().data.workspace
    if workspace is None:
        raise usage("the credentials name no workspace: pass --workspace")
    return workspace.id


@service_tokens.command("list")
@click.option("--workspace", "workspace_id", help="Workspace id (default: the credentials' own).")
@common_options
def service_tokens_list(workspace_id: str | None) -> None:
    """List service tokens (their values are never shown again)."""
    client = settings().client()
    emit_list(client.workspaces.service_tokens.list(_workspace(workspace_id)), TOKEN_COLUMNS)


@service_tokens.command("create")
@click.option("--name", required=True, help="Token name.")
@click.option("--workspace", "workspace_id", help="Workspace id (default: the credentials' own).")
@common_options
def service_tokens_create(name: str, workspace_id: str | None) -> None:
    """Create a service token; prints its value (once)."""
    token = settings().client().workspaces.service_tokens.create(_workspace(workspace_id), name=name)
    if settings().json:
        emit_json(token)
    else:
        click.echo(token.value)
    note(f"Created service token {token.id}; its value is shown only this once.")


@service_tokens.command("delete")
@click.argument("service_token_id")
@click.option("--workspace", "workspace_id", help="Workspace id (default: the credentials' own).")
@yes_option
@common_options
def service_tokens_delete(service_token_id: str, workspace_id: str | None, yes: bool) -> None:
    """Delete (revoke) a service token."""
    confirm(f"delete service token {service_token_id}", yes)
    settings().client().workspaces.service_tokens.delete(_workspace(workspace_id), service_token_id)
    emit_outcome({"id": service_token_id, "deleted": True}, f"Deleted service token {service_token_id}.")


COMMANDS = [workspaces, projects, branches, connections, regions, service_tokens]
