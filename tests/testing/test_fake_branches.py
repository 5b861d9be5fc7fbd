"""Branch semantics as the spec describes them, and the public seeding helpers.

A project has a default (production) branch from creation; every database belongs to a branch;
``branchGitName`` creates the branch it names when missing; a feature branch never becomes
production; a new project's connection strings are in the fields the spec does not deprecate.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

import pytest

from prisma_management_api import create_management_api_client
from prisma_management_api.testing import FakePrismaPlatform

from .fixtures_fake import Api, api, fake_http, fake_openapi, fake_spec

__all__ = ["api", "fake_http", "fake_openapi", "fake_spec"]

BRANCHES = "GET /v1/projects/{projectId}/branches"


@pytest.fixture
def fake() -> Iterator[FakePrismaPlatform]:
    with FakePrismaPlatform(provisioning_delay=0) as platform:
        yield platform


def _branches(api: Api, project_id: str) -> dict[str, dict[str, object]]:
    return {b["gitName"]: b for b in api(BRANCHES, projectId=project_id).data}


def test_a_new_project_has_its_default_branch_and_its_database_on_it(api: Api) -> None:
    created = api("POST /v1/projects", body={"name": "p"}).data
    branches = _branches(api, created["id"])
    assert list(branches) == ["main"]
    main = branches["main"]
    assert (main["isDefault"], main["role"]) == (True, "production")
    database = created["database"]
    assert database["branchId"] == main["id"]
    # The strings are in the non-deprecated fields, and agree with the deprecated ones.
    (connection,) = database["connections"]
    direct = connection["endpoints"]["direct"]["connectionString"]
    pooled = connection["endpoints"]["pooled"]["connectionString"]
    assert direct.startswith("postgres://") and pooled.startswith("postgres://") and direct != pooled
    assert database["connectionString"] == direct


def test_a_project_without_a_database_still_has_its_branch(api: Api) -> None:
    created = api("POST /v1/projects", body={"name": "p", "createDatabase": False}).data
    assert created["database"] is None
    assert list(_branches(api, created["id"])) == ["main"]


def test_every_database_belongs_to_a_branch(api: Api) -> None:
    project = api("POST /v1/projects", body={"name": "p", "createDatabase": False}).data["id"]
    main = _branches(api, project)["main"]["id"]
    plain = api("POST /v1/databases", body={"projectId": project, "name": "plain"}).data
    assert plain["branchId"] == main  # omitted: the default branch
    legacy = api("POST /v1/projects/{projectId}/databases", projectId=project, body={"name": "old"}).data
    assert legacy["branchId"] == main
    for field in ("branchId", "branchGitName"):
        refused = api("POST /v1/databases", body={"projectId": project, field: None})
        assert refused.status == 400
        assert "every database belongs to a branch" in refused.error["message"]
    moved = api("PATCH /v1/databases/{databaseId}", databaseId=plain["id"], body={"branchId": None})
    assert moved.status == 409  # the route documents no 400/422 (README: spec gaps)
    assert api("GET /v1/databases/{databaseId}", databaseId=plain["id"]).data["branchId"] == main
    assert api("GET /v1/databases", query={"branchId": "unassigned"}).data == []


def test_branch_git_name_creates_the_missing_branch_as_a_preview_branch(api: Api) -> None:
    project = api("POST /v1/projects", body={"name": "p", "createDatabase": False}).data["id"]
    first = api("POST /v1/databases", body={"projectId": project, "branchGitName": "feat/login"}).data
    branches = _branches(api, project)
    feature = branches["feat/login"]
    assert first["branchId"] == feature["id"]
    assert (feature["isDefault"], feature["role"]) == (False, "preview")
    assert (branches["main"]["isDefault"], branches["main"]["role"]) == (True, "production")
    again = api("POST /v1/databases", body={"projectId": project, "branchGitName": "feat/login"}).data
    assert again["branchId"] == feature["id"]  # found, not created twice
    moved = api(
        "PATCH /v1/databases/{databaseId}", databaseId=again["id"], body={"branchGitName": "feat/other"}
    ).data
    assert moved["branchId"] == _branches(api, project)["feat/other"]["id"]


def test_a_refused_create_leaves_no_branch_behind(api: Api) -> None:
    project = api("POST /v1/projects", body={"name": "p"}).data["id"]  # has its default database
    second_default = api(
        "POST /v1/databases", body={"projectId": project, "branchGitName": "feat/x", "isDefault": True}
    )
    assert second_default.status == 409
    both = api("POST /v1/databases", body={"projectId": project, "branchGitName": "b", "branchId": "br_x"})
    assert both.status == 400
    assert list(_branches(api, project)) == ["main"]


def test_a_feature_branch_is_never_made_production(api: Api) -> None:
    project = api("POST /v1/projects", body={"name": "p", "createDatabase": False}).data["id"]
    feature = api(
        BRANCHES.replace("GET", "POST"), projectId=project, body={"gitName": "feat", "isDefault": True}
    )
    assert (feature.data["isDefault"], feature.data["role"]) == (True, "preview")
    branches = _branches(api, project)
    assert (branches["main"]["isDefault"], branches["main"]["role"]) == (False, "production")
    # main stays production, so it still cannot be deleted.
    refused = api("DELETE /v1/branches/{branchId}", branchId=branches["main"]["id"])
    assert refused.status == 422


def test_seeded_records_with_a_given_age_for_cleanup_code(fake: FakePrismaPlatform) -> None:
    long_ago = datetime(2024, 1, 1, tzinfo=timezone.utc)
    project = fake.state.add_project("cleanup", created_at=long_ago)
    stale = fake.state.add_database(project.id, "pr-1", branch_git_name="pr-1", created_at=long_ago)
    fresh = fake.state.add_database(project.id, "pr-2", branch_git_name="pr-2")
    assert fake.state.branches[stale.branch_id or ""].role == "preview"

    # The cleanup code under test, through the public SDK: delete databases older than 30 days.
    client = create_management_api_client(token=fake.service_token, base_url=fake.api_url)
    cutoff = datetime.now(timezone.utc) - timedelta(days=30)
    listed = list(client.databases.list(project_id=project.id))
    assert {d.id for d in listed} == {stale.id, fresh.id}
    for database in listed:
        if database.created_at < cutoff:
            client.databases.delete(database.id)
    assert [d.id for d in client.databases.list(project_id=project.id)] == [fresh.id]
    assert client.projects.retrieve(project.id).created_at == long_ago


def test_seeding_helpers_refuse_bad_input(fake: FakePrismaPlatform) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        fake.state.add_project("p", created_at=datetime(2024, 1, 1))
    with pytest.raises(ValueError, match="no project"):
        fake.state.add_database("proj_missing")
    project = fake.state.add_project("p")
    with pytest.raises(ValueError, match="already exists"):
        fake.state.add_branch(project.id, "main")
    with pytest.raises(ValueError, match="no branch"):
        fake.state.add_database(project.id, branch_id="br_missing")
    assert [b.git_name for b in fake.state.live_branches(project.id)] == ["main"]
