"""Every operation of the document, called through its resource method against the fake platform.

One scenario builds what the later calls need (a project, its database, a service and its
deployment, ...) and calls each generated method with the arguments a user would pass. The fake
validates every request against the spec and counts hits per route, so the test proves both that
each method sends a spec-valid request and that every operation of the spec has a method.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from typing import Any

import pytest
import urllib3

from prisma_management_api import (
    AsyncManagementApiClient,
    ManagementApiClient,
    ManagementApiSdk,
    MemoryTokenStorage,
    NotFoundError,
    create_management_api_sdk,
)
from prisma_management_api._generated.operations import OPERATIONS
from prisma_management_api.testing import FakePrismaPlatform
from prisma_management_api.types import (
    Build,
    Connection,
    CreateConnectionResult,
    CreateProjectResult,
    Database,
    Deployment,
    Domain,
    Project,
    Workspace,
)

REDIRECT_URI = "http://127.0.0.1:8765/callback"


def _normalized(route: str) -> str:
    method, _, path = route.partition(" ")
    parts = ["{}" if p.startswith("{") else p for p in path.split("/")]
    return f"{method} {'/'.join(parts)}"


def _hit_routes(fake: FakePrismaPlatform) -> set[str]:
    return {_normalized(route) for route, count in fake.counters.snapshot()["hits"].items() if count}


@pytest.fixture
def user_client(fake: FakePrismaPlatform) -> Iterator[ManagementApiClient]:
    """A client with a user's OAuth token (some operations refuse service tokens)."""
    sdk: ManagementApiSdk = create_management_api_sdk(
        fake.client_id,
        REDIRECT_URI,
        MemoryTokenStorage(),
        api_base_url=fake.api_url,
        auth_base_url=fake.auth_url,
    )
    login = sdk.get_login_url("workspace:admin offline_access")
    http = urllib3.PoolManager()
    callback = http.request("GET", login.url, redirect=False).headers["Location"]
    sdk.handle_callback(callback, login.verifier, login.state)
    yield sdk.client
    sdk.close()
    http.clear()


def _upload(url: str | None) -> None:
    assert url is not None
    assert urllib3.request("PUT", url, body=b"artifact").status == 200


def test_every_operation_has_a_working_method(
    fake: FakePrismaPlatform, client: ManagementApiClient, user_client: ManagementApiClient
) -> None:
    me = client.me.retrieve()
    workspace_id = me.workspace.id

    # --- workspaces, regions ---------------------------------------------------------------
    workspaces = list(client.workspaces.list())
    assert [w.id for w in workspaces] == [workspace_id]
    assert isinstance(client.workspaces.retrieve(workspace_id), Workspace)
    assert client.workspaces.subscription.retrieve(workspace_id) is not None
    created_workspace = user_client.workspaces.create(display_name="Second")
    assert created_workspace.id != workspace_id
    assert client.regions.list(product="postgres")
    assert client.regions.postgres.list()
    assert client.regions.accelerate.list()

    # --- projects, databases, connections, backups --------------------------------------------
    project = client.projects.create(name="demo", region="eu-west-3")
    assert isinstance(project, CreateProjectResult)
    project_id = project.id
    assert isinstance(client.projects.retrieve(project_id), Project)
    assert client.projects.update(project_id, name="renamed").name == "renamed"
    assert project_id in [p.id for p in client.projects.list()]

    database = client.databases.create(project_id=project_id, name="second")
    database_id = database.id
    assert isinstance(client.databases.retrieve(database_id), Database)
    assert client.databases.update(database_id, name="main").name == "main"
    assert database_id in [d.id for d in client.databases.list(project_id=project_id)]
    in_project = client.projects.databases.create(project_id, name="third")
    assert in_project.id in [d.id for d in client.projects.databases.list(project_id)]
    assert client.databases.wait_until_ready(database_id).status == "ready"
    assert client.databases.usage.retrieve(database_id).metrics is not None

    connection = client.connections.create(database_id=database_id, name="app")
    assert isinstance(connection, CreateConnectionResult)
    assert isinstance(client.connections.retrieve(connection.id), Connection)
    assert connection.id in [c.id for c in client.connections.list(database_id=database_id)]
    rotated = client.connections.rotate(connection.id)
    assert rotated.id == connection.id
    second = client.databases.connections.create(database_id, name="reporting")
    assert second.id in [c.id for c in client.databases.connections.list(database_id)]
    client.connections.delete(second.id)

    backups = list(client.databases.backups.list(database_id))
    assert backups, "the fake makes a daily backup of each database"
    restored = client.databases.restore(
        database_id, source={"type": "backup", "databaseId": database_id, "backupId": backups[0].id}
    )
    assert restored.id == database_id

    # --- branches, alchemy state, topology ----------------------------------------------------
    branch = client.projects.branches.create(project_id, git_name="feature")
    branch_id = branch.id
    assert branch_id in [b.id for b in client.projects.branches.list(project_id)]
    assert client.branches.retrieve(branch_id).id == branch_id
    assert client.branches.update(branch_id, is_default=True).is_default
    scratch = client.projects.branches.create(project_id, git_name="scratch")
    client.branches.delete(scratch.id)

    alchemy = client.projects.branches.alchemy_state
    assert alchemy.version.retrieve(project_id, branch_id).version >= 1
    lease = alchemy.lease.acquire(project_id, branch_id, stack="app", stage="dev", ttl_seconds=60)
    lease_id = lease.lease_id
    alchemy.lease.renew(project_id, branch_id, lease_id=lease_id, ttl_seconds=120)
    stage = alchemy.stacks.stages
    stage.resources.update(project_id, branch_id, "app", "dev", "res/1", lease_id=lease_id, body={"v": 1})
    assert stage.resources.retrieve(project_id, branch_id, "app", "dev", "res/1", lease_id=lease_id) == {
        "v": 1
    }
    assert alchemy.stacks.list(project_id, branch_id) == ["app"]
    assert stage.list(project_id, branch_id, "app", lease_id=lease_id) == ["dev"]
    assert "res/1" in str(stage.resources.list(project_id, branch_id, "app", "dev", lease_id=lease_id))
    stage.replaced_resources.list(project_id, branch_id, "app", "dev", lease_id=lease_id)
    stage.output.update(project_id, branch_id, "app", "dev", lease_id=lease_id, body={"url": "x"})
    assert stage.output.retrieve(project_id, branch_id, "app", "dev", lease_id=lease_id) == {"url": "x"}
    stage.resources.delete(project_id, branch_id, "app", "dev", "res/1", lease_id=lease_id)
    alchemy.stacks.delete(project_id, branch_id, "app", stage="dev", lease_id=lease_id)
    alchemy.lease.release(project_id, branch_id, lease_id=lease_id)

    topology = client.projects.branches.application_topology
    topology.update(project_id, branch_id, nodes=[], ports=[], edges=[])
    assert topology.retrieve(project_id, branch_id).nodes == []

    # --- services, deployments, domains, logs -------------------------------------------------
    service = client.services.create(display_name="web", project_id=project_id)
    service_id = service.id
    assert client.services.retrieve(service_id).id == service_id
    assert service_id in [s.id for s in client.services.list(project_id=project_id)]
    client.services.update(service_id, display_name="website")
    deployment = client.services.deployments.create(service_id)
    _upload(deployment.upload_url)
    assert deployment.id in [d.id for d in client.services.deployments.list(service_id)]
    assert client.deployments.start(deployment.id).preview_domain
    assert isinstance(client.deployments.wait_until_running(deployment.id), Deployment)
    client.services.promote(service_id, deployment_id=deployment.id)
    client.services.rollback(service_id, deployment_id=deployment.id)
    with client.deployments.logs(deployment.id, tail=5) as events:
        kinds = [event.type for event in events]
    assert kinds[-1] == "terminal"
    domain = client.services.domains.create(service_id, hostname="www.example.com")
    assert domain.id in [d.id for d in client.services.domains.list(service_id)]
    assert isinstance(client.domains.wait_until_active(domain.id), Domain)
    assert client.domains.retrieve(domain.id).hostname == "www.example.com"
    fake.state.domains[domain.id].active_at = float("inf")  # a domain stuck in DNS can be retried
    client.domains.retry(domain.id)
    client.domains.delete(domain.id)
    client.deployments.stop(deployment.id)
    assert client.deployments.wait_until_stopped(deployment.id).status == "stopped"
    client.deployments.delete(deployment.id)
    client.services.delete(service_id)

    # The deprecated /v1/apps twins: the same, with a DeprecationWarning on each call.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        app = client.apps.create(display_name="legacy", project_id=project_id)
        assert client.apps.retrieve(app.id).id == app.id
        assert app.id in [a.id for a in client.apps.list(project_id=project_id)]
        client.apps.update(app.id, display_name="legacy2")
        app_deployment = client.apps.deployments.create(app.id)
        _upload(app_deployment.upload_url)
        assert app_deployment.id in [d.id for d in client.apps.deployments.list(app.id)]
        client.deployments.start(app_deployment.id)
        client.apps.promote(app.id, deployment_id=app_deployment.id)
        client.apps.rollback(app.id, deployment_id=app_deployment.id)
        app_domain = client.apps.domains.create(app.id, hostname="legacy.example.com")
        assert app_domain.id in [d.id for d in client.apps.domains.list(app.id)]
        client.apps.delete(app.id)

    # --- builds ------------------------------------------------------------------------------
    build = client.builds.create(source="ci", commit_sha="a" * 40, branch_name="main", project_id=project_id)
    assert isinstance(client.builds.retrieve(build.id), Build)
    assert build.id in [b.id for b in client.builds.list(project_id=project_id)]
    client.builds.resources.update(build.id, "database", database_id, action="acted_on")
    client.builds.update(build.id, state="succeeded")
    assert client.builds.wait_until_succeeded(build.id).state == "succeeded"
    with client.builds.logs(build.id) as build_events:
        assert [e.type for e in build_events][-1] == "terminal"

    # --- buckets, environment variables -------------------------------------------------------
    bucket = client.buckets.create(project_id=project_id, name="assets")
    assert client.buckets.retrieve(bucket.id).id == bucket.id
    assert bucket.id in [b.id for b in client.buckets.list(project_id=project_id)]
    client.buckets.update(bucket.id, display_name="static")
    key = client.buckets.keys.create(bucket.id, role="read")
    assert key.id in [k.id for k in client.buckets.keys.list(bucket.id)]
    client.buckets.keys.delete(bucket.id, key.id)
    client.buckets.delete(bucket.id)

    variable = client.environment_variables.create(
        project_id=project_id, class_="production", key="API_URL", value="https://x"
    )
    assert client.environment_variables.retrieve(variable.id).key == "API_URL"
    listed = client.environment_variables.list(project_id=project_id, class_="production")
    assert variable.id in [v.id for v in listed]
    client.environment_variables.update(variable.id, value="https://y")
    assert fake.state.env_var_value(variable.id) == "https://y"
    client.environment_variables.delete(variable.id)

    # --- integrations, service tokens, SCM, GitHub Actions ------------------------------------
    integration = fake.state.add_integration(workspace_id, "prismacli", "Prisma CLI")
    assert integration.id in [i.id for i in client.integrations.list(workspace_id=workspace_id)]
    assert client.integrations.retrieve(integration.id).id == integration.id
    assert integration.id in [i.id for i in client.workspaces.integrations.list(workspace_id)]
    client.integrations.delete(integration.id)
    fake.state.add_integration(workspace_id, "othercli", "Other CLI")
    client.workspaces.integrations.delete(workspace_id, "othercli")

    token = client.workspaces.service_tokens.create(workspace_id, name="ci")
    assert token.id in [t.id for t in client.workspaces.service_tokens.list(workspace_id)]
    client.workspaces.service_tokens.delete(workspace_id, token.id)

    installation = fake.state.add_scm_installation(repositories=[(700_000_001, "octo-org/app")])
    assert installation.id in [i.id for i in client.scm_installations.list(workspace_id=workspace_id)]
    repositories = list(client.scm_installations.repositories.list(installation.id))
    assert [r.full_name for r in repositories] == ["octo-org/app"]
    intent = user_client.scm_installations.install_intents.create(
        provider="github", workspace_id=workspace_id
    )
    assert intent.install_url
    link = client.source_repositories.create(
        project_id=project_id, provider="github", provider_repository_id=700_000_001
    )
    assert client.source_repositories.retrieve(link.data.id).data.id == link.data.id
    assert link.data.id in [r.id for r in client.source_repositories.list(project_id=project_id)]
    oidc = fake.state.github_oidc_token(700_000_001)
    exchanged = client.auth.github_actions.token.create(token=oidc, expires_in_seconds=600)
    assert exchanged.value
    client.source_repositories.delete(link.data.id)

    approval = fake.state.add_agent_approval(status="approved")
    assert client.agent_approvals.wait_until_approved(approval.id).status == "approved"

    # --- transfer and deletes -----------------------------------------------------------------
    other = fake.add_workspace("Recipient")
    client.projects.transfer(project_id, recipient_access_token=fake.create_service_token(other.id))
    with pytest.raises(NotFoundError):
        client.projects.retrieve(project_id)  # it now belongs to the other workspace
    recipient = client.with_options(
        headers={"Authorization": f"Bearer {fake.create_service_token(other.id)}"}
    )
    recipient.databases.delete(in_project.id)
    recipient.databases.delete(database_id)
    recipient.projects.delete(project_id)

    missing = {_normalized(key) for key in OPERATIONS} - _hit_routes(fake)
    assert not missing, f"operations no test called: {sorted(missing)}"


async def test_async_methods_reach_the_same_operations(
    fake: FakePrismaPlatform, aclient: AsyncManagementApiClient
) -> None:
    project = await aclient.projects.create(name="async", region="eu-west-3")
    assert (await aclient.projects.retrieve(project.id)).name == "async"
    ids = [p.id async for p in aclient.projects.list()]
    assert project.id in ids
    assert project.database is not None
    database = await aclient.databases.wait_until_ready(project.database.id)
    connection = await aclient.connections.create(database_id=database.id, name="app")
    assert (await aclient.connections.rotate(connection.id)).id == connection.id
    raw = await aclient.projects.with_raw_response.retrieve(project.id)
    assert raw.response.ok and raw.data is not None and raw.data.data.id == project.id
    service = await aclient.services.create(display_name="web", project_id=project.id)
    deployment = await aclient.services.deployments.create(service.id)
    _upload(deployment.upload_url)
    await aclient.deployments.start(deployment.id)
    await aclient.deployments.wait_until_running(deployment.id)
    stream = await aclient.deployments.logs(deployment.id)
    events: list[Any] = [event async for event in stream]
    assert events[-1].type == "terminal"
    await aclient.projects.update(project.id, name="renamed")
    assert await aclient.services.delete(service.id) is None
    await aclient.projects.delete(project.id)
    with pytest.raises(NotFoundError):
        await aclient.projects.retrieve(project.id)
