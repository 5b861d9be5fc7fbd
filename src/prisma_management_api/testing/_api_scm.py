"""SCM (GitHub App) installations of a workspace and source repositories linked to projects.

The fake has no GitHub: installations are seeded with ``Store.add_scm_installation``.
"""

from __future__ import annotations

from typing import Any

from ._api_common import (
    ApiError,
    Ctx,
    Handler,
    Reply,
    data,
    no_content,
    not_found,
    paginate,
    text_field,
    with_prefix,
)
from ._api_workspaces import own_workspace
from ._store import ScmInstallation, ScmRepository, SourceRepository, iso, new_id, new_secret

INSTALL_URL = "https://github.com/apps/prisma-platform/installations/new"


def render_installation(ctx: Ctx, installation: ScmInstallation) -> dict[str, Any]:
    return {
        "id": installation.id,
        "type": "scm-installation",
        "url": ctx.url("scm-installations", installation.id),
        "provider": "github",
        "installationId": installation.installation_id,
        "accountId": installation.account_id,
        "accountLogin": installation.account_login,
        "accountType": installation.account_type,
        "suspended": installation.suspended,
        "createdAt": iso(installation.created_at),
        "updatedAt": iso(installation.updated_at),
    }


def render_source_repository(ctx: Ctx, link: SourceRepository) -> dict[str, Any]:
    return {
        "id": link.id,
        "type": "source-repository",
        "url": ctx.url("source-repositories", link.id),
        "repoId": link.repo.id,
        "provider": "github",
        "repoFullName": link.repo.full_name,
        "defaultBranch": link.repo.default_branch,
        "isPrivate": link.repo.is_private,
        "status": "active",
        "projectId": link.project_id,
        "installationId": link.installation,
        "createdAt": iso(link.created_at),
        "updatedAt": iso(link.updated_at),
    }


def _installations(ctx: Ctx) -> list[ScmInstallation]:
    return [i for i in ctx.store.scm_installations.values() if i.workspace_id == ctx.workspace_id]


def _covering(installations: list[ScmInstallation], full_name: str) -> list[ScmInstallation]:
    wanted = full_name.lower()
    return [i for i in installations if any(r.full_name.lower() == wanted for r in i.repositories)]


def find_installation(ctx: Ctx, raw_id: str) -> ScmInstallation:
    """By the fake's id or by GitHub's numeric installation id."""
    for installation in _installations(ctx):
        if raw_id in (installation.id, str(installation.installation_id)):
            return installation
    raise not_found("SCM installation", raw_id)


def list_installations(ctx: Ctx) -> Reply:
    workspace_id = with_prefix("wksp_", str(ctx.query["workspaceId"]))
    # Only 200 is documented: another workspace lists as empty.
    records = _installations(ctx) if workspace_id == ctx.workspace_id else []
    records = [i for i in records if not i.suspended]
    repository = ctx.query.get("repository")
    hint = None
    if repository is not None:
        records = _covering(records, str(repository))
        if not records:
            hint = f"No installation covers {repository}; create an install intent to add one."
    body = paginate(ctx, records, lambda i: render_installation(ctx, i))
    if hint is not None:
        body["hint"] = hint
    return Reply(200, body)


def create_install_intent(ctx: Ctx) -> Reply:
    body = ctx.json_body()
    workspace = own_workspace(ctx, str(body["workspaceId"]))
    if ctx.principal.credential == "service_token":
        raise ApiError(
            403,
            "Workspace integration tokens cannot create install intents; "
            "a user-authenticated request is required.",
        )
    intent: dict[str, Any] = {
        "type": "install-intent",
        "provider": "github",
        "workspaceId": workspace.id,
        "installUrl": f"{INSTALL_URL}?state={new_secret(16)}",
    }
    repository = text_field(body, "repository")
    if repository is not None:
        covering = _covering(_installations(ctx), repository)
        if covering:
            intent.update(alreadyLinked=True, accountLogin=covering[0].account_login)
    return data(intent, 201)


def list_installation_repositories(ctx: Ctx) -> Reply:
    installation = find_installation(ctx, str(ctx.path["installationId"]))

    def render(repo: ScmRepository) -> dict[str, Any]:
        return {
            "id": repo.id,
            "type": "scm-repository",
            "fullName": repo.full_name,
            "defaultBranch": repo.default_branch,
            "isPrivate": repo.is_private,
        }

    return Reply(200, paginate(ctx, installation.repositories, render))


def find_link(ctx: Ctx, raw_id: str) -> SourceRepository:
    link = ctx.store.source_repositories.get(with_prefix("repo_", raw_id))
    if link is None or ctx.store.project_of(ctx.workspace_id, link.project_id) is None:
        raise not_found("Source repository", raw_id)
    return link


def list_source_repositories(ctx: Ctx) -> Reply:
    project = ctx.project(str(ctx.query["projectId"]))
    records = [r for r in ctx.store.source_repositories.values() if r.project_id == project.id]
    return Reply(200, paginate(ctx, records, lambda r: render_source_repository(ctx, r)))


def link_source_repository(ctx: Ctx) -> Reply:
    body = ctx.json_body()
    project = ctx.project(str(body["projectId"]))
    repository_id = int(body["providerRepositoryId"])
    named = text_field(body, "installationId")
    if named is not None:
        installation = find_installation(ctx, named)
    else:
        candidates = [i for i in _installations(ctx) if any(r.id == repository_id for r in i.repositories)]
        if not candidates:
            raise not_found("SCM installation covering repository", str(repository_id))
        installation = candidates[0]
    if installation.suspended:
        raise ApiError(403, "The SCM installation is suspended.")
    repo = next((r for r in installation.repositories if r.id == repository_id), None)
    if repo is None:
        raise ApiError(422, "The repository is not accessible to the installation.")
    for existing in ctx.store.source_repositories.values():
        if existing.repo.id == repository_id or existing.project_id == project.id:
            raise ApiError(409, "The repository or the project is already linked.")
    now = ctx.store.wall()
    link = SourceRepository(
        id=new_id("repo_"),
        seq=ctx.store.next_seq(),
        project_id=project.id,
        installation=installation.id,
        repo=repo,
        created_at=now,
        updated_at=now,
    )
    ctx.store.source_repositories[link.id] = link
    return data(render_source_repository(ctx, link), 201)


def get_source_repository(ctx: Ctx) -> Reply:
    return data(render_source_repository(ctx, find_link(ctx, ctx.path["id"])))


def unlink_source_repository(ctx: Ctx) -> Reply:
    link = find_link(ctx, ctx.path["id"])
    del ctx.store.source_repositories[link.id]
    return no_content()


ROUTES: dict[str, Handler] = {
    "GET /v1/scm-installations": list_installations,
    "POST /v1/scm-installations/install-intents": create_install_intent,
    "GET /v1/scm-installations/{installationId}/repositories": list_installation_repositories,
    "GET /v1/source-repositories": list_source_repositories,
    "POST /v1/source-repositories": link_source_repository,
    "GET /v1/source-repositories/{id}": get_source_repository,
    "DELETE /v1/source-repositories/{id}": unlink_source_repository,
}
