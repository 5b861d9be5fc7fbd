"""The Alchemy state store and its ``alchemy-state-lease-id`` deploy leases."""

from __future__ import annotations

import pytest

from prisma_management_api.testing import FakePrismaPlatform

from .fixtures_fake import Api, api, fake, fake_http, fake_openapi, fake_spec

__all__ = ["api", "fake", "fake_openapi", "fake_spec", "fake_http"]

BASE = "/v1/projects/{projectId}/branches/{branchId}/alchemy-state"
STAGE = BASE + "/state/stacks/{stack}/stages/{stage}"
HEADER = "alchemy-state-lease-id"


@pytest.fixture
def ids(api: Api) -> dict[str, str]:
    project = api("POST /v1/projects", body={"name": "p", "createDatabase": False}).data["id"]
    branch = api("GET /v1/projects/{projectId}/branches", projectId=project).data[0]["id"]  # its default
    return {"projectId": project, "branchId": branch}


def acquire(api: Api, ids: dict[str, str], stage: str = "prod", ttl: float = 30) -> str:
    answer = api(
        f"POST {BASE}/lease",
        body={"stack": "app", "stage": stage, "ttlSeconds": ttl, "holderDescription": "ci #7"},
        **ids,
    )
    assert answer.status == 201, answer.content
    return str(answer.data["leaseId"])


def test_a_live_lease_cannot_be_taken_and_names_its_holder(api: Api, ids: dict[str, str]) -> None:
    acquire(api, ids)
    taken = api(f"POST {BASE}/lease", body={"stack": "app", "stage": "prod"}, **ids)
    assert taken.status == 409
    assert "ci #7" in taken.error["message"]
    assert acquire(api, ids, stage="dev")  # another stage has its own lease


def test_state_calls_need_the_live_lease_of_their_stage(api: Api, ids: dict[str, str]) -> None:
    lease = acquire(api, ids)
    stage = {**ids, "stack": "app", "stage": "prod"}
    put = f"PUT {STAGE}/resources/{{fqn}}"
    assert api(put, body={"a": 1}, fqn="r1", **stage).status == 409  # no header
    assert api(put, body={"a": 1}, fqn="r1", headers={HEADER: "lease_other"}, **stage).status == 409
    other_stage = {**ids, "stack": "app", "stage": "dev"}
    assert api(put, body={"a": 1}, fqn="r1", headers={HEADER: lease}, **other_stage).status == 409
    assert api(put, body={"a": 1}, fqn="r1", headers={HEADER: lease}, **stage).json == {"a": 1}
    absent = api(f"GET {STAGE}/resources/{{fqn}}", fqn="nothing", headers={HEADER: lease}, **stage)
    assert absent.status == 200
    assert absent.content == b"null"
    # Listing stacks needs no lease at all.
    assert api(f"GET {BASE}/state/stacks", **ids).json == ["app"]


def test_an_expired_lease_is_lost_and_can_be_replaced(
    api: Api, fake: FakePrismaPlatform, ids: dict[str, str]
) -> None:
    lease = acquire(api, ids, ttl=5)
    held = {HEADER: lease}
    assert api(f"PATCH {BASE}/lease", body={"ttlSeconds": 5}, headers=held, **ids).status == 200
    fake.advance(6)
    assert api(f"PATCH {BASE}/lease", body={}, headers=held, **ids).status == 404  # never revived
    state = api(f"GET {STAGE}/output", headers=held, stack="app", stage="prod", **ids)
    assert state.status == 409
    replacement = acquire(api, ids)
    assert replacement != lease
    assert api(f"DELETE {BASE}/lease", headers=held, **ids).status == 404
    assert api(f"DELETE {BASE}/lease", headers={HEADER: replacement}, **ids).status == 204
    assert api(f"DELETE {BASE}/lease", headers={HEADER: replacement}, **ids).status == 404


def test_deleting_a_whole_stack_needs_every_other_stage_free(api: Api, ids: dict[str, str]) -> None:
    prod = acquire(api, ids, stage="prod")
    dev = acquire(api, ids, stage="dev")
    api(f"PUT {STAGE}/output", body={"url": "p"}, headers={HEADER: prod}, stack="app", stage="prod", **ids)
    api(f"PUT {STAGE}/output", body={"url": "d"}, headers={HEADER: dev}, stack="app", stage="dev", **ids)
    whole = f"DELETE {BASE}/state/stacks/{{stack}}"
    assert api(whole, headers={HEADER: prod}, stack="app", **ids).status == 409
    assert api(whole, headers={HEADER: prod}, stack="app", query={"stage": "prod"}, **ids).status == 204
    stages = api(f"GET {BASE}/state/stacks/{{stack}}/stages", headers={HEADER: dev}, stack="app", **ids).json
    assert stages == ["dev"]
    api(f"DELETE {BASE}/lease", headers={HEADER: dev}, **ids)
    assert api(whole, headers={HEADER: prod}, stack="app", **ids).status == 204
    assert api(f"GET {BASE}/state/stacks", **ids).json == []


def test_the_version_probe_needs_no_token(api: Api, ids: dict[str, str]) -> None:
    assert api(f"GET {BASE}/version", token=None, **ids).json == {"version": 1}
