"""Schemathesis against the running fake: every operation of the spec, spec-valid requests drawn by
Hypothesis, and the answers checked for server errors and for conformance to the document.

Path parameters are drawn either as Schemathesis makes them (ids of nothing: 404s and friends) or
as ids of records seeded in the fake, so success answers get checked too.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import hypothesis.strategies as st
import pytest
import schemathesis
import urllib3
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.core import NOT_SET
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from support.spec import load_spec, spec_location

from prisma_management_api._generated.request_schemas import REQUEST_SCHEMAS
from prisma_management_api.testing import FakePrismaPlatform

from .fixtures_fake import oauth_tokens

_location = spec_location()
if _location is None:  # collection must not crash; the session's spec fixtures report the gap
    pytest.fail("no OpenAPI document: set PRISMA_OPENAPI_SPEC or check out shared/", pytrace=False)
schema = schemathesis.openapi.from_dict(load_spec(_location))
# Spec-valid requests only: the document does not list the 4xx every route sends for invalid input.
schema.config.generation.update(modes=[schemathesis.GenerationMode.POSITIVE])

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
# Ids of seeded records, by path parameter name; filled by the fixture before any case is drawn.
SEEDED: dict[str, list[str]] = {}


def _seed(fake: FakePrismaPlatform) -> dict[str, list[str]]:
    """One of each kind of record, wired together, through the API itself."""
    fake_http = urllib3.PoolManager()
    headers = {"Authorization": f"Bearer {fake.service_token}", "Content-Type": "application/json"}

    def call(method: str, path: str, body: Any = None) -> Any:
        raw = None if body is None else json.dumps(body).encode()
        response = fake_http.request(method, fake.api_url + path, body=raw, headers=headers)
        assert response.status < 300, (method, path, response.status, response.data)
        return response.json().get("data") if response.data and response.status != 204 else None

    project = call("POST", "/v1/projects", {"name": "seeded"})
    branch = call("POST", f"/v1/projects/{project['id']}/branches", {"gitName": "feature"})
    database = call("POST", "/v1/databases", {"projectId": project["id"], "name": "extra"})
    service = call("POST", "/v1/services", {"projectId": project["id"], "displayName": "web"})
    deployment = call("POST", f"/v1/services/{service['id']}/deployments", {})
    assert fake_http.request("PUT", deployment["uploadUrl"], body=b"x").status == 200
    call("POST", f"/v1/deployments/{deployment['id']}/start")
    fake.advance(1)
    call("POST", f"/v1/services/{service['id']}/promote", {"deploymentId": deployment["id"]})
    domain = call("POST", f"/v1/services/{service['id']}/domains", {"hostname": "www.example.com"})
    build = call("POST", "/v1/builds", {"source": "ci", "commitSha": "abc", "branchName": "main"})
    # Finished, so that `follow=true` on its logs ends instead of waiting for more output.
    call("PATCH", f"/v1/builds/{build['id']}", {"state": "succeeded"})
    bucket = call("POST", "/v1/buckets", {"projectId": project["id"]})
    key = call("POST", f"/v1/buckets/{bucket['id']}/keys", {"role": "read"})
    env = call(
        "POST",
        "/v1/environment-variables",
        {"projectId": project["id"], "class": "production", "key": "K", "value": "v"},
    )
    installation = fake.state.add_scm_installation(repositories=[(99, "acme/web")])
    link = call(
        "POST",
        "/v1/source-repositories",
        {"projectId": project["id"], "provider": "github", "providerRepositoryId": 99},
    )
    token = call("POST", f"/v1/workspaces/{fake.workspace.id}/service-tokens", {"name": "t"})
    access = oauth_tokens(fake, fake_http)["access_token"]
    assert (
        fake_http.request(
            "GET", fake.api_url + "/v1/me", headers={"Authorization": f"Bearer {access}"}
        ).status
        == 200
    )
    integration = next(iter(fake.state.integrations.values()))
    approval = fake.state.add_agent_approval()
    fake_http.clear()
    return {
        # `id` is a project's, a connection's, an integration's, a link's or a workspace's.
        "id": [
            project["id"],
            database["connections"][0]["id"],
            integration.id,
            link["id"],
            fake.workspace.id,
        ],
        "projectId": [project["id"]],
        "branchId": [branch["id"]],
        "databaseId": [database["id"]],
        "targetDatabaseId": [database["id"]],
        "serviceId": [service["id"]],
        "appId": [service["id"]],
        "deploymentId": [deployment["id"]],
        "domainId": [domain["id"]],
        "buildId": [build["id"]],
        "bucketId": [bucket["id"]],
        "keyId": [key["id"]],
        "envVarId": [env["id"]],
        "installationId": [installation.id],
        "workspaceId": [fake.workspace.id],
        "serviceTokenId": [token["id"]],
        "clientId": [integration.id],
        "approvalId": [approval.id],
    }


@pytest.fixture(scope="module")
def seeded_fake() -> Iterator[FakePrismaPlatform]:
    with FakePrismaPlatform(provisioning_delay=0.05) as fake:
        SEEDED.clear()
        SEEDED.update(_seed(fake))
        yield fake
    SEEDED.clear()


@schema.hook("flatmap_path_parameters")
def _some_seeded_ids(context: Any, path_parameters: dict[str, Any] | None) -> Any:
    """Each id parameter may name a seeded record instead of a random string."""
    if not path_parameters:
        return st.just(path_parameters)
    options = {}
    for name, value in path_parameters.items():
        known = SEEDED.get(name, [])
        options[name] = st.sampled_from([value, *known]) if known else st.just(value)
    return st.fixed_dictionaries(options)


@schema.hook("filter_case")
def _body_when_required(context: Any, case: schemathesis.Case) -> bool:
    # The document lost `requestBody.required`; the generator (`bodyRequired`) and the fake read a
    # body with required members as required, and refuse a request without one.
    key = f"{case.operation.method.upper()} {case.operation.path}"
    return not (REQUEST_SCHEMAS[key]["bodyRequired"] and case.body is NOT_SET)


@schema.hook("map_query")
def _no_random_cursor(context: Any, query: dict[str, Any] | None) -> dict[str, Any] | None:
    # A cursor is opaque and only valid as the API returned it: a drawn string is rightly refused
    # (query.cursor, 422), and most list routes document no 422.
    if query:
        query.pop("cursor", None)
    return query


@schema.parametrize()
@settings(
    max_examples=8, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True, database=None
)
def test_fake_conforms_to_the_spec(case: schemathesis.Case, seeded_fake: FakePrismaPlatform) -> None:
    started = time.monotonic()
    case.call_and_validate(
        base_url=seeded_fake.api_url,
        headers={"Authorization": f"Bearer {seeded_fake.service_token}"},
        checks=CHECKS,
    )
    assert time.monotonic() - started < 5
