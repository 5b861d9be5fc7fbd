"""Invalid input gets a status the operation documents (README: "where the spec is silent"):
422, else 400, else the closest documented refusal with the code ``validation-error``; an
operation that documents no refusal at all gets a 422."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
import urllib3

from prisma_management_api._generated.operations import OPERATIONS
from prisma_management_api.testing import FakePrismaPlatform


@pytest.fixture(scope="module")
def fake() -> Iterator[FakePrismaPlatform]:
    with FakePrismaPlatform(provisioning_delay=0) as platform:
        yield platform


@pytest.mark.parametrize(
    ("key", "path", "body", "status"),
    [
        ("PATCH /v1/projects/{id}", "/v1/projects/{project}", {"name": 5}, 422),  # documents 422
        ("POST /v1/buckets", "/v1/buckets", {"projectId": 5}, 400),  # documents 400, no 422
        ("POST /v1/projects", "/v1/projects", {"name": 5}, 409),  # 201, 401, 409, 413
        ("GET /v1/builds", "/v1/builds?limit=many", None, 404),  # 200, 401, 404, 429
        ("GET /v1/databases", "/v1/databases?limit=many", None, 403),  # 200, 401, 403
        ("GET /v1/projects", "/v1/projects?limit=many", None, 422),  # 200, 401: nothing documented
    ],
)
def test_invalid_input_gets_the_closest_documented_refusal(
    fake: FakePrismaPlatform, key: str, path: str, body: object, status: int
) -> None:
    project = fake.state.add_project("p")
    http = urllib3.PoolManager(retries=False)
    answer = http.request(
        key.split()[0],
        fake.api_url + path.format(project=project.id),
        body=None if body is None else json.dumps(body).encode(),
        headers={"Authorization": f"Bearer {fake.service_token}", "Content-Type": "application/json"},
    )
    assert answer.status == status, answer.data
    documented = OPERATIONS[key].responses
    assert status in documented or not {400, 403, 404, 409, 422} & set(documented)
    error = answer.json()["error"]
    assert error["code"] == ("client-error" if status == 400 and 400 in documented else "validation-error")
    assert "5" not in error["message"]  # names the field, never echoes the value
