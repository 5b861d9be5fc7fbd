"""Every operation of the spec, driven to a success answer on the fake, each answer checked against
the OpenAPI document (openapi-core): the fake serves the whole API, statefully."""

from __future__ import annotations

from typing import Any

import urllib3

from prisma_management_api._generated.operations import OPERATIONS
from prisma_management_api.testing import FakePrismaPlatform, OAuthClient

from .fixtures_fake import Api, api, fake, fake_http, fake_openapi, fake_spec, oauth_tokens

__all__ = ["api", "fake", "fake_openapi", "fake_spec", "fake_http"]  # fixtures used by name

LEASE = "alchemy-state-lease-id"
SECOND_CLIENT = "cfakesecondclient01"  # the spec's clientId pattern: a cuid-like id


def tour_workspaces(api: Api, fake: FakePrismaPlatform, user_token: str) -> None:
    workspace = fake.workspace.id
    me = api("GET /v1/me").data
    assert me["workspace"]["id"] == workspace
    assert me["credential"]["type"] == "service_token"
    assert [w["id"] for w in api("GET /v1/workspaces").data] == [workspace]
    assert api("GET /v1/workspaces/{id}", id=workspace).data["id"] == workspace
    assert api("GET /v1/workspaces/{id}/subscription", id=workspace).data["usageBlocked"] is False
    created = api("POST /v1/workspaces", body={"displayName": "Second"}, token=user_token)
    assert created.status == 201
    assert created.data["name"] == "Second"

    token = api(
        "POST /v1/workspaces/{workspaceId}/service-tokens", workspaceId=workspace, body={"name": "ci"}
    )
    assert token.status == 201
    assert token.data["value"]
    listed = api("GET /v1/workspaces/{workspaceId}/service-tokens", workspaceId=workspace).data
    assert token.data["id"] in [t["id"] for t in listed]
    assert all("value" not in t for t in listed)
    gone = api(
        "DELETE /v1/workspaces/{workspaceId}/service-tokens/{serviceTokenId}",
        workspaceId=workspace,
        serviceTokenId=token.data["id"],
    )
    assert gone.status == 204

    for region_route in ("GET /v1/regions", "GET /v1/regions/postgres", "GET /v1/regions/accelerate"):
        assert api(region_route).data
    approval = fake.state.add_agent_approval(status="approved")
    assert api("GET /v1/agent-approvals/{approvalId}", approvalId=approval.id).json["status"] == "approved"


def tour_integrations(api: Api, fake: FakePrismaPlatform, fake_http: urllib3.PoolManager) -> None:
    workspace = fake.workspace.id
    fake.oauth.register_client(OAuthClient(SECOND_CLIENT))
    first = oauth_tokens(fake, fake_http)["access_token"]
    second = oauth_tokens(fake, fake_http, client_id=SECOND_CLIENT)["access_token"]
    for token in (first, second):  # an integration appears once its client uses the API
        assert api("GET /v1/me", token=token).data["credential"]["type"] == "oauth"
    listed = api("GET /v1/integrations", query={"workspaceId": workspace}).data
    assert {i["client"]["id"] for i in listed} == {fake.client_id, SECOND_CLIENT}
    by_workspace = api("GET /v1/workspaces/{workspaceId}/integrations", workspaceId=workspace).data
    assert len(by_workspace) == 2
    first_integration = next(i for i in listed if i["client"]["id"] == fake.client_id)
    assert api("GET /v1/integrations/{id}", id=first_integration["id"]).data["scopes"]
    assert api("DELETE /v1/integrations/{id}", id=first_integration["id"]).status == 204
    revoked = api(
        "DELETE /v1/workspaces/{workspaceId}/integrations/{clientId}",
        workspaceId=workspace,
        clientId=SECOND_CLIENT,
    )
    assert revoked.status == 204
    assert api("GET /v1/me", token=first).status == 401


def tour_projects_and_branches(api: Api, fake: FakePrismaPlatform) -> dict[str, Any]:
    project = api("POST /v1/projects", body={"name": "tour", "region": "eu-central-1", "logicalId": "tour"})
    assert project.status == 201
    project_id = project.data["id"]
    assert project.data["database"]["connectionString"].startswith("postgres://")
    assert api("GET /v1/projects", query={"logicalId": "tour"}).data[0]["id"] == project_id
    assert api("GET /v1/projects/{id}", id=project_id).data["defaultRegion"] == "eu-central-1"
    assert api("PATCH /v1/projects/{id}", id=project_id, body={"name": "renamed"}).data["name"] == "renamed"

    # A project starts with its default, production branch; a feature branch is a preview one,
    # and stays one when it becomes the default.
    main = api("GET /v1/projects/{projectId}/branches", projectId=project_id, query={"gitName": "main"})
    assert (main.data[0]["isDefault"], main.data[0]["role"]) == (True, "production")
    feature = api("POST /v1/projects/{projectId}/branches", projectId=project_id, body={"gitName": "feat/x"})
    assert feature.data["role"] == "preview"
    branches = api("GET /v1/projects/{projectId}/branches", projectId=project_id).data
    assert [b["gitName"] for b in branches] == ["main", "feat/x"]
    assert api("GET /v1/branches/{branchId}", branchId=feature.data["id"]).data["gitName"] == "feat/x"
    assert (
        api("PATCH /v1/branches/{branchId}", branchId=main.data[0]["id"], body={"isDefault": True}).status
        == 200
    )
    assert api("DELETE /v1/branches/{branchId}", branchId=feature.data["id"]).status == 204

    topology = {
        "nodes": [
            {"logicalId": "web", "parentLogicalId": None, "kind": "service"},
            {"logicalId": "db", "parentLogicalId": None, "kind": "resource", "type": "postgres"},
        ],
        "ports": [
            {"logicalId": "web", "direction": "out", "name": "db"},
            {"logicalId": "db", "direction": "in", "name": "sql"},
        ],
        "edges": [
            {
                "from": {"logicalId": "web", "direction": "out", "name": "db"},
                "to": {"logicalId": "db", "direction": "in", "name": "sql"},
                "family": "data",
            }
        ],
    }
    topology_route = "/v1/projects/{projectId}/branches/{branchId}/application-topology"
    ids = {"projectId": project_id, "branchId": main.data[0]["id"]}
    assert api(f"PUT {topology_route}", body=topology, **ids).data["contentHash"]
    assert [n["logicalId"] for n in api(f"GET {topology_route}", **ids).data["nodes"]] == ["db", "web"]
    return {"project": project_id, "branch": main.data[0]["id"], "database": project.data["database"]["id"]}


def tour_alchemy(api: Api, project: str, branch: str) -> None:
    base = "/v1/projects/{projectId}/branches/{branchId}/alchemy-state"
    stage_base = base + "/state/stacks/{stack}/stages/{stage}"
    ids = {"projectId": project, "branchId": branch}
    lease = api(
        f"POST {base}/lease", body={"stack": "app", "stage": "prod", "holderDescription": "ci"}, **ids
    )
    assert lease.status == 201
    held = {LEASE: lease.data["leaseId"]}
    assert api(f"PATCH {base}/lease", body={"ttlSeconds": 120}, headers=held, **ids).status == 200
    assert api(f"GET {base}/version", token=None, **ids).json == {"version": 1}
    stage = {**ids, "stack": "app", "stage": "prod"}
    resource = {"kind": "db", "status": "replaced"}
    assert (
        api(f"PUT {stage_base}/resources/{{fqn}}", body=resource, headers=held, fqn="db", **stage).json
        == resource
    )
    assert api(f"GET {stage_base}/resources/{{fqn}}", headers=held, fqn="db", **stage).json == resource
    assert api(f"GET {stage_base}/resources", headers=held, **stage).json == ["db"]
    assert api(f"GET {stage_base}/replaced-resources", headers=held, **stage).json == [resource]
    assert api(f"PUT {stage_base}/output", body={"url": "x"}, headers=held, **stage).json == {"url": "x"}
    assert api(f"GET {stage_base}/output", headers=held, **stage).json == {"url": "x"}
    assert api(f"GET {base}/state/stacks", **ids).json == ["app"]
    assert api(f"GET {base}/state/stacks/{{stack}}/stages", headers=held, stack="app", **ids).json == ["prod"]
    assert api(f"DELETE {stage_base}/resources/{{fqn}}", headers=held, fqn="db", **stage).status == 204
    assert api(f"DELETE {base}/state/stacks/{{stack}}", headers=held, stack="app", **ids).status == 204
    assert api(f"DELETE {base}/lease", headers=held, **ids).status == 204


def tour_databases(api: Api, fake: FakePrismaPlatform, project: str, default_db: str) -> None:
    created = api("POST /v1/databases", body={"projectId": project, "name": "extra", "logicalId": "extra"})
    assert created.status == 201
    database = created.data["id"]
    assert created.data["status"] == "provisioning"
    assert database in [d["id"] for d in api("GET /v1/databases", query={"projectId": project}).data]
    assert api("GET /v1/databases/{databaseId}", databaseId=database).data["name"] == "extra"
    patched = api("PATCH /v1/databases/{databaseId}", databaseId=database, body={"name": "renamed"})
    assert patched.data["name"] == "renamed"
    legacy = api("POST /v1/projects/{projectId}/databases", projectId=project, body={"name": "legacy"})
    assert legacy.status == 201
    assert legacy.data["apiKeys"][0]["connectionString"]
    assert len(api("GET /v1/projects/{projectId}/databases", projectId=project).data) == 3

    fake.advance(1)  # past the provisioning delay
    backups = api("GET /v1/databases/{databaseId}/backups", databaseId=default_db).json
    assert backups["meta"]["backupRetentionDays"] > 0
    backup = backups["data"][0]["id"]
    source = {"type": "backup", "databaseId": default_db, "backupId": backup}
    restored = api(
        "POST /v1/databases/{targetDatabaseId}/restore", targetDatabaseId=database, body={"source": source}
    )
    assert restored.data["status"] == "recovering"
    usage = api("GET /v1/databases/{databaseId}/usage", databaseId=database).json
    assert usage["metrics"]["storage"]["unit"] == "GiB"

    connections = api("GET /v1/databases/{databaseId}/connections", databaseId=database).data
    assert len(connections) == 1
    made = api("POST /v1/databases/{databaseId}/connections", databaseId=database, body={"name": "app"})
    assert made.data["connectionString"]
    other = api("POST /v1/connections", body={"databaseId": database, "name": "other"})
    assert other.status == 201
    assert len(api("GET /v1/connections", query={"databaseId": database}).data) == 3
    assert "connectionString" not in api("GET /v1/connections/{id}", id=other.data["id"]).data
    rotated = api("POST /v1/connections/{id}/rotate", id=other.data["id"])
    assert rotated.data["connectionString"] != other.data["connectionString"]
    assert api("DELETE /v1/connections/{id}", id=other.data["id"]).status == 204
    for doomed in (database, legacy.data["id"]):
        assert api("DELETE /v1/databases/{databaseId}", databaseId=doomed).status == 204


def tour_compute(
    api: Api, fake: FakePrismaPlatform, fake_http: urllib3.PoolManager, project: str, kind: str
) -> None:
    """``kind`` is ``services`` or its deprecated alias ``apps``."""
    param = "serviceId" if kind == "services" else "appId"
    item = f"/v1/{kind}/{{{param}}}"
    created = api(f"POST /v1/{kind}", body={"projectId": project, "displayName": f"web-{kind}"})
    assert created.status == 201
    service = created.data["id"]
    ids = {param: service}
    assert service in [s["id"] for s in api(f"GET /v1/{kind}", query={"projectId": project}).data]
    assert api(f"GET {item}", **ids).data["name"] == f"web-{kind}"
    assert api(f"PATCH {item}", body={"logicalId": f"web-{kind}"}, **ids).data["logicalId"] == f"web-{kind}"

    deployment = api(f"POST {item}/deployments", body={"portMapping": {"fake_http": 8080}}, **ids)
    assert deployment.status == 201
    upload = fake_http.request("PUT", deployment.data["uploadUrl"], body=b"artifact")
    assert upload.status == 200
    deployment_id = deployment.data["id"]
    assert [d["id"] for d in api(f"GET {item}/deployments", **ids).data] == [deployment_id]
    started = api("POST /v1/deployments/{deploymentId}/start", deploymentId=deployment_id)
    assert started.data["previewDomain"]
    fake.advance(1)
    assert api("GET /v1/deployments/{deploymentId}", deploymentId=deployment_id).data["status"] == "running"
    logs = api(
        "GET /v1/deployments/{deploymentId}/logs", deploymentId=deployment_id, query={"from_start": "true"}
    )
    assert logs.records[-1]["type"] == "terminal"
    assert api(f"POST {item}/promote", body={"deploymentId": deployment_id}, **ids).status == 200
    assert api(f"POST {item}/rollback", body={"deploymentId": deployment_id}, **ids).status == 200

    domain = api(f"POST {item}/domains", body={"hostname": f"www.{kind}.example.com"}, **ids)
    assert domain.status == 201
    assert domain.data["status"] == "pending_dns"
    assert api("POST /v1/domains/{domainId}/retry", domainId=domain.data["id"]).status == 200
    assert [d["hostname"] for d in api(f"GET {item}/domains", **ids).data] == [f"www.{kind}.example.com"]
    assert api("GET /v1/domains/{domainId}", domainId=domain.data["id"]).data["appId"] == service
    assert api("DELETE /v1/domains/{domainId}", domainId=domain.data["id"]).status == 204

    assert api("POST /v1/deployments/{deploymentId}/stop", deploymentId=deployment_id).status == 204
    assert api("DELETE /v1/deployments/{deploymentId}", deploymentId=deployment_id).status == 204
    assert api(f"DELETE {item}", **ids).status == 204


def tour_builds(api: Api, project: str, branch: str, database: str) -> None:
    run = {"provider": "github", "repositoryId": "1", "runId": "2", "runAttempt": 1}
    body = {
        "source": "ci",
        "commitSha": "a" * 40,
        "branchName": "main",
        "runIdentity": run,
        "projectId": project,
    }
    build = api("POST /v1/builds", body=body)
    assert build.status == 201
    assert api("POST /v1/builds", body=body).data["id"] == build.data["id"]  # the same run joins
    build_id = build.data["id"]
    assert [b["id"] for b in api("GET /v1/builds", query={"projectId": project}).data] == [build_id]
    running = api("PATCH /v1/builds/{buildId}", buildId=build_id, body={"state": "running", "phase": "build"})
    assert running.data["startedAt"] is not None
    reported = api(
        "PUT /v1/builds/{buildId}/resources/{resourceType}/{resourceId}",
        buildId=build_id,
        resourceType="database",
        resourceId=database,
        body={"action": "acted_on"},
    )
    assert reported.status == 204
    api("PATCH /v1/builds/{buildId}", buildId=build_id, body={"state": "succeeded", "branchId": branch})
    got = api("GET /v1/builds/{buildId}", buildId=build_id).data
    assert got["resources"][0]["resourceId"] == database
    assert got["finishedAt"] is not None
    records = api("GET /v1/builds/{buildId}/logs", buildId=build_id).records
    assert records[-1]["type"] == "terminal"
    assert [r["type"] for r in records[:-1]] == ["log"] * (len(records) - 1)


def tour_buckets(api: Api, project: str) -> None:
    bucket = api("POST /v1/buckets", body={"projectId": project, "name": "assets"})
    assert bucket.status == 201
    bucket_id = bucket.data["id"]
    assert [b["id"] for b in api("GET /v1/buckets", query={"projectId": project}).data] == [bucket_id]
    assert api("GET /v1/buckets/{bucketId}", bucketId=bucket_id).data["name"] == "assets"
    assert (
        api("PATCH /v1/buckets/{bucketId}", bucketId=bucket_id, body={"displayName": "a"}).data["name"] == "a"
    )
    key = api("POST /v1/buckets/{bucketId}/keys", bucketId=bucket_id, body={"role": "read"})
    assert key.data["secretAccessKey"]
    keys = api("GET /v1/buckets/{bucketId}/keys", bucketId=bucket_id).data
    assert "secretAccessKey" not in keys[0]
    deleted = api("DELETE /v1/buckets/{bucketId}/keys/{keyId}", bucketId=bucket_id, keyId=key.data["id"])
    assert deleted.status == 204
    assert api("DELETE /v1/buckets/{bucketId}", bucketId=bucket_id).status == 204


def tour_env(api: Api, project: str) -> None:
    body = {"projectId": project, "class": "production", "key": "API_KEY", "value": "s3cret"}
    created = api("POST /v1/environment-variables", body=body)
    assert created.status == 201
    env_id = created.data["id"]
    assert [v["key"] for v in api("GET /v1/environment-variables", query={"projectId": project}).data] == [
        "API_KEY"
    ]
    assert api("GET /v1/environment-variables/{envVarId}", envVarId=env_id).data["key"] == "API_KEY"
    assert (
        api("PATCH /v1/environment-variables/{envVarId}", envVarId=env_id, body={"value": "new"}).status
        == 200
    )
    assert api("DELETE /v1/environment-variables/{envVarId}", envVarId=env_id).status == 204


def tour_scm(api: Api, fake: FakePrismaPlatform, project: str, user_token: str) -> None:
    workspace = fake.workspace.id
    installation = fake.state.add_scm_installation(repositories=[(4242, "acme/web")])
    listed = api("GET /v1/scm-installations", query={"workspaceId": workspace}).data
    assert [i["id"] for i in listed] == [installation.id]
    repositories = api(
        "GET /v1/scm-installations/{installationId}/repositories", installationId=installation.id
    )
    assert repositories.data[0]["fullName"] == "acme/web"
    intent = api(
        "POST /v1/scm-installations/install-intents",
        body={"provider": "github", "workspaceId": workspace, "repository": "acme/web"},
        token=user_token,
    )
    assert intent.data["alreadyLinked"] is True
    linked = api(
        "POST /v1/source-repositories",
        body={"projectId": project, "provider": "github", "providerRepositoryId": 4242},
    )
    assert linked.status == 201
    link = linked.data["id"]
    assert [r["id"] for r in api("GET /v1/source-repositories", query={"projectId": project}).data] == [link]
    assert api("GET /v1/source-repositories/{id}", id=link).data["repoFullName"] == "acme/web"

    exchanged = api(
        "POST /v1/auth/github-actions/token", body={"token": fake.state.github_oidc_token(4242)}, token=None
    )
    assert exchanged.status == 201
    assert exchanged.data["workspaceId"] == workspace
    assert api("GET /v1/me", token=exchanged.data["value"]).status == 200
    assert api("DELETE /v1/source-repositories/{id}", id=link).status == 204


def tour_transfer_and_delete(api: Api, fake: FakePrismaPlatform, project: str) -> None:
    other = fake.add_workspace("Recipient")
    recipient = fake.create_service_token(other.id)
    moved = api("POST /v1/projects/{id}/transfer", id=project, body={"recipientAccessToken": recipient})
    assert moved.status == 204
    assert api("GET /v1/projects/{id}", id=project).status == 404
    assert api("GET /v1/projects/{id}", id=project, token=recipient).status == 200
    assert api("DELETE /v1/projects/{id}", id=project, token=recipient).status == 204


def test_every_operation_answers_per_the_spec(
    api: Api, fake: FakePrismaPlatform, fake_http: urllib3.PoolManager
) -> None:
    user_token = oauth_tokens(fake, fake_http)["access_token"]
    tour_workspaces(api, fake, user_token)
    tour_integrations(api, fake, fake_http)
    user_token = oauth_tokens(fake, fake_http)["access_token"]  # the tour of integrations revoked the first
    ids = tour_projects_and_branches(api, fake)
    tour_alchemy(api, ids["project"], ids["branch"])
    tour_databases(api, fake, ids["project"], ids["database"])
    for kind in ("services", "apps"):
        tour_compute(api, fake, fake_http, ids["project"], kind)
    tour_builds(api, ids["project"], ids["branch"], ids["database"])
    tour_buckets(api, ids["project"])
    tour_env(api, ids["project"])
    tour_scm(api, fake, ids["project"], user_token)
    tour_transfer_and_delete(api, fake, ids["project"])

    missing = sorted(OPERATIONS.keys() - api.succeeded)
    assert not missing, f"operations the tour never got a 2xx from: {missing}"
