"""The platform's rules as the fake enforces them: refusals, their status and error shape."""

from __future__ import annotations

import re

import pytest

from prisma_management_api.testing import FakePrismaPlatform

from .fixtures_fake import Api, api, fake, fake_http, fake_openapi, fake_spec

__all__ = ["api", "fake", "fake_openapi", "fake_spec", "fake_http"]

CUID_BODY = r"c[a-z0-9]{24}"


def new_project(api: Api, **body: object) -> dict[str, object]:
    answer = api("POST /v1/projects", body={"name": "p", **body})
    assert answer.status == 201, answer.content
    project: dict[str, object] = answer.data
    return project


def test_deleting_the_default_database_is_forbidden(api: Api) -> None:
    database = new_project(api)["database"]
    assert isinstance(database, dict)
    refused = api("DELETE /v1/databases/{databaseId}", databaseId=database["id"])
    assert refused.status == 403
    assert refused.error["code"] == "permission-denied"
    assert api("GET /v1/databases/{databaseId}", databaseId=database["id"]).status == 200


def test_a_project_with_dependencies_cannot_be_deleted(api: Api) -> None:
    project = new_project(api)
    extra = api("POST /v1/databases", body={"projectId": project["id"], "name": "extra"}).data
    refused = api("DELETE /v1/projects/{id}", id=project["id"])
    assert refused.status == 400
    assert refused.error["code"] == "client-error"
    assert "database" in refused.error["message"]
    assert api("DELETE /v1/databases/{databaseId}", databaseId=extra["id"]).status == 204
    # Its default database goes with it.
    assert api("DELETE /v1/projects/{id}", id=project["id"]).status == 204
    assert api("GET /v1/databases/{databaseId}", databaseId=project["database"]["id"]).status == 404  # type: ignore[index]


def test_a_duplicate_logical_id_conflicts(api: Api) -> None:
    project = new_project(api, logicalId="shop")
    again = api("POST /v1/projects", body={"name": "other", "logicalId": "shop"})
    assert again.status == 409
    assert again.error["code"] == "conflict"

    first = api("POST /v1/databases", body={"projectId": project["id"], "logicalId": "orders"})
    assert first.status == 201
    clash = api("POST /v1/databases", body={"projectId": project["id"], "logicalId": "orders"})
    assert clash.status == 409
    assert clash.error["code"] == "conflict"


def test_a_second_default_database_conflicts(api: Api) -> None:
    project = new_project(api)
    second = api("POST /v1/databases", body={"projectId": project["id"], "isDefault": True})
    assert second.status == 409
    assert second.error["code"] == "conflict"
    databases = api("GET /v1/projects/{projectId}/databases", projectId=project["id"]).data
    assert [d["isDefault"] for d in databases] == [True]


@pytest.mark.parametrize(
    "operation",
    [
        "GET /v1/projects/{id}",
        "GET /v1/databases/{databaseId}",
        "GET /v1/connections/{id}",
        "GET /v1/services/{serviceId}",
        "GET /v1/buckets/{bucketId}",
        "GET /v1/builds/{buildId}",
        "GET /v1/environment-variables/{envVarId}",
        "GET /v1/branches/{branchId}",
        "GET /v1/workspaces/{id}",
    ],
)
def test_an_unknown_id_is_not_found(api: Api, operation: str) -> None:
    name = re.findall(r"\{(\w+)\}", operation)[0]
    missing = api(operation, **{name: "c" + "0" * 24})
    assert missing.status == 404
    assert missing.error["code"] == "resource-not-found"


def test_ids_carry_type_prefixes_and_work_without_them(api: Api, fake: FakePrismaPlatform) -> None:
    project = new_project(api)
    database = project["database"]
    assert isinstance(database, dict)
    assert re.fullmatch(f"proj_{CUID_BODY}", str(project["id"]))
    assert re.fullmatch(f"db_{CUID_BODY}", database["id"])
    assert re.fullmatch(f"con_{CUID_BODY}", database["defaultConnectionId"])
    assert re.fullmatch(f"wksp_{CUID_BODY}", fake.workspace.id)
    assert re.fullmatch(f"usr_{CUID_BODY}", fake.state.user.id)
    branch = api("POST /v1/projects/{projectId}/branches", projectId=project["id"], body={"gitName": "feat"})
    assert re.fullmatch(f"br_{CUID_BODY}", branch.data["id"])
    bare = str(project["id"]).removeprefix("proj_")
    assert api("GET /v1/projects/{id}", id=bare).data["id"] == project["id"]


@pytest.mark.parametrize(
    "authorization",
    [None, "", "Bearer", "Bearer not-a-token", "Basic dXNlcjpwYXNz", "Token pst_x"],
)
def test_a_missing_or_invalid_token_is_refused(api: Api, authorization: str | None) -> None:
    headers = {} if authorization is None else {"Authorization": authorization}
    refused = api("GET /v1/projects", token=None, headers=headers)
    assert refused.status == 401
    assert refused.error["code"] == "authentication-failed"
    assert refused.headers["WWW-Authenticate"].startswith("Bearer")


def test_validation_errors_name_the_field(api: Api) -> None:
    project = new_project(api)
    empty_name = api("PATCH /v1/projects/{id}", id=project["id"], body={"name": ""})
    assert empty_name.status == 422
    assert empty_name.error["code"] == "validation-error"
    assert empty_name.error["message"].startswith("body.name: ")

    missing = api("POST /v1/services", body={"projectId": project["id"]})
    assert missing.status == 422
    assert missing.error["message"].startswith("body.displayName: is required")

    bad_region = api(
        "POST /v1/services", body={"projectId": project["id"], "displayName": "x", "regionId": "mars"}
    )
    assert bad_region.status == 422
    assert bad_region.error["message"].startswith("body.regionId: must be one of")

    wrong_type = api("GET /v1/services", query={"limit": "many"})
    assert wrong_type.status == 422
    assert wrong_type.error["message"].startswith("query.limit: must be of type number")


def test_a_validation_message_never_repeats_the_value_sent(api: Api) -> None:
    project = new_project(api)
    variable = api(
        "POST /v1/environment-variables",
        body={"projectId": project["id"], "class": "production", "key": "K", "value": "v"},
    ).data
    refused = api(
        "PATCH /v1/environment-variables/{envVarId}", envVarId=variable["id"], body={"value": 123456789}
    )
    assert refused.status == 422
    assert refused.error["message"] == "body.value: must be of type string"
    assert b"123456789" not in refused.content


def test_routes_that_document_400_answer_400_for_invalid_input(api: Api) -> None:
    project = new_project(api)
    refused = api("POST /v1/projects/{projectId}/databases", projectId=project["id"], body={"region": "mars"})
    assert refused.status == 400
    assert refused.error["code"] == "client-error"
    assert refused.error["message"].startswith("body.region: ")


def test_another_workspace_is_invisible(api: Api, fake: FakePrismaPlatform) -> None:
    mine = new_project(api)
    other_workspace = fake.add_workspace("Elsewhere")
    other_token = fake.create_service_token(other_workspace.id)
    theirs = api("POST /v1/projects", body={"name": "theirs"}, token=other_token).data

    assert api("GET /v1/projects/{id}", id=theirs["id"]).status == 404
    assert api("GET /v1/projects/{id}", id=mine["id"], token=other_token).status == 404
    assert api("DELETE /v1/databases/{databaseId}", databaseId=theirs["database"]["id"]).status == 404
    assert [p["id"] for p in api("GET /v1/projects").data] == [mine["id"]]
    assert [p["id"] for p in api("GET /v1/projects", token=other_token).data] == [theirs["id"]]
    assert api("GET /v1/workspaces/{id}", id=other_workspace.id).status == 404
    assert api("GET /v1/me", token=other_token).data["workspace"]["id"] == other_workspace.id


def test_provisioning_is_read_lazily_from_the_clock(api: Api, fake: FakePrismaPlatform) -> None:
    database = new_project(api)["database"]
    assert isinstance(database, dict)
    assert database["status"] == "provisioning"
    path = {"databaseId": database["id"]}
    assert api("GET /v1/databases/{databaseId}", **path).data["status"] == "provisioning"
    fake.advance(fake.state.provisioning_delay)
    assert api("GET /v1/databases/{databaseId}", **path).data["status"] == "ready"


def test_a_zero_provisioning_delay_makes_databases_ready_at_once() -> None:
    with FakePrismaPlatform(provisioning_delay=0) as fake:
        import urllib3

        response = urllib3.request(
            "POST",
            fake.api_url + "/v1/projects",
            json={"name": "now"},
            headers={"Authorization": f"Bearer {fake.service_token}"},
        )
        assert response.json()["data"]["database"]["status"] == "ready"


def test_services_and_their_deprecated_apps_alias_are_the_same_records(api: Api) -> None:
    project = new_project(api)
    branch = {"projectId": project["id"]}
    service = api("POST /v1/services", body={**branch, "displayName": "web"}).data
    app = api("GET /v1/apps/{appId}", appId=service["id"]).data
    assert app["id"] == service["id"]
    assert app["name"] == "web"
    duplicate = api("POST /v1/apps", body={**branch, "displayName": "web"})
    assert duplicate.status == 409
    assert duplicate.error["code"] == "app:already_exists"
    assert duplicate.error["existingAppId"] == service["id"]
    assert duplicate.error["conflict"] == "name"
    assert duplicate.error["branchGitName"] == "main"
