"""Secrets the fake shows once (service tokens, connection strings, bucket keys) or never (values
of environment variables)."""

from __future__ import annotations

from prisma_management_api.testing import FakePrismaPlatform

from .fixtures_fake import Api, api, fake, fake_http, fake_openapi, fake_spec

__all__ = ["api", "fake", "fake_openapi", "fake_spec", "fake_http"]


def test_a_created_service_token_works_as_a_bearer_until_deleted(api: Api, fake: FakePrismaPlatform) -> None:
    workspace = fake.workspace.id
    created = api(
        "POST /v1/workspaces/{workspaceId}/service-tokens", workspaceId=workspace, body={"name": "ci"}
    )
    assert created.status == 201
    value = created.data["value"]
    assert created.data["valueHint"] == f"...{value[-4:]}"

    me = api("GET /v1/me", token=value).data
    assert me["workspace"]["id"] == workspace
    assert me["credential"] == {"type": "service_token", "id": created.data["id"], "name": "ci"}
    listed = api("GET /v1/workspaces/{workspaceId}/service-tokens", workspaceId=workspace)
    assert value.encode() not in listed.content

    api(
        "DELETE /v1/workspaces/{workspaceId}/service-tokens/{serviceTokenId}",
        workspaceId=workspace,
        serviceTokenId=created.data["id"],
    )
    assert api("GET /v1/me", token=value).status == 401


def test_environment_variable_values_are_never_returned(api: Api, fake: FakePrismaPlatform) -> None:
    project = api("POST /v1/projects", body={"name": "p"}).data["id"]
    body = {"projectId": project, "class": "production", "key": "SECRET", "value": "first-s3cret-value"}
    created = api("POST /v1/environment-variables", body=body)
    env_id = created.data["id"]
    patched = api(
        "PATCH /v1/environment-variables/{envVarId}", envVarId=env_id, body={"value": "second-s3cret"}
    )
    answers = [
        created,
        patched,
        api("GET /v1/environment-variables/{envVarId}", envVarId=env_id),
        api("GET /v1/environment-variables", query={"projectId": project}),
    ]
    for answer in answers:
        assert b"s3cret" not in answer.content
        assert "value" not in (answer.data if isinstance(answer.data, dict) else answer.data[0])
    assert fake.state.env_var_value(env_id) == "second-s3cret"  # stored, only never answered

    duplicate = api("POST /v1/environment-variables", body=body)
    assert duplicate.status == 409
    assert b"s3cret" not in duplicate.content


def test_connection_secrets_appear_only_on_create_and_rotate(api: Api) -> None:
    created = api("POST /v1/projects", body={"name": "p"}).data
    database = created["database"]
    default_secret = database["directConnection"]["pass"]
    assert default_secret in database["connectionString"]

    connection = api("POST /v1/connections", body={"databaseId": database["id"], "name": "app"}).data
    secret = connection["pass"]
    assert secret in connection["endpoints"]["direct"]["connectionString"]
    reads = [
        api("GET /v1/connections/{id}", id=connection["id"]),
        api("GET /v1/connections", query={"databaseId": database["id"]}),
        api("GET /v1/databases/{databaseId}/connections", databaseId=database["id"]),
        api("GET /v1/databases/{databaseId}", databaseId=database["id"]),
        api("GET /v1/databases"),
        api("GET /v1/projects/{projectId}/databases", projectId=created["id"]),
    ]
    for read in reads:
        assert secret.encode() not in read.content
        assert default_secret.encode() not in read.content
        assert b"connectionString" not in read.content

    rotated = api("POST /v1/connections/{id}/rotate", id=connection["id"]).data
    assert rotated["pass"] != secret
    assert (
        rotated["endpoints"]["direct"]["connectionString"]
        != connection["endpoints"]["direct"]["connectionString"]
    )
    assert rotated["endpoints"]["pooled"]["connectionString"].startswith("postgres://")


def test_a_bucket_key_secret_is_shown_once(api: Api) -> None:
    project = api("POST /v1/projects", body={"name": "p"}).data["id"]
    bucket = api("POST /v1/buckets", body={"projectId": project}).data["id"]
    key = api(
        "POST /v1/buckets/{bucketId}/keys", bucketId=bucket, body={"role": "read_write", "name": "k"}
    ).data
    assert key["valueHint"] == f"...{key['secretAccessKey'][-4:]}"
    listed = api("GET /v1/buckets/{bucketId}/keys", bucketId=bucket)
    assert key["secretAccessKey"].encode() not in listed.content


def test_reprs_of_the_state_show_no_secret(api: Api, fake: FakePrismaPlatform) -> None:
    created = api("POST /v1/projects", body={"name": "p"}).data
    password = created["database"]["directConnection"]["pass"]
    body = {"projectId": created["id"], "class": "preview", "key": "K", "value": "hidden-value"}
    api("POST /v1/environment-variables", body=body)
    shown = repr(list(fake.state.connections.values())) + repr(list(fake.state.env_vars.values()))
    shown += repr(fake) + repr(list(fake.state.service_tokens.values()))
    assert password not in shown
    assert "hidden-value" not in shown
    assert fake.service_token not in shown
