"""Schemathesis against the running fake, with every check it has: every operation of the spec,
requests drawn by Hypothesis both valid (positive) and invalid (negative), and each answer checked
for server errors, a documented status, content type, headers and schema, valid data accepted,
invalid data refused, authentication enforced, methods and headers handled.

Path parameters are drawn either as Schemathesis makes them (ids of nothing: 404s and friends) or
as ids of records seeded in the fake, so success answers get checked too.

The document is read as the API behaves where it contradicts itself (``as_the_api_behaves``; the
README's fake section lists each point), and two kinds of answer are exempted from one check each,
with the reason beside them (``EXEMPT_*``). Everything else must pass as is.
"""

from __future__ import annotations

import copy
import json
import time
from collections.abc import Iterator
from typing import Any

import hypothesis.strategies as st
import pytest
import schemathesis
import urllib3
from hypothesis import HealthCheck, settings
from jsonschema import Draft202012Validator
from schemathesis.specs.openapi.checks import positive_data_acceptance, status_code_conformance
from support.spec import load_spec, spec_location

from prisma_management_api._generated.operations import OPERATIONS
from prisma_management_api._generated.request_schemas import REQUEST_SCHEMAS
from prisma_management_api.testing import FakePrismaPlatform
from prisma_management_api.testing._validation import _ecma_schema

from .fixtures_fake import oauth_tokens

pytestmark = pytest.mark.slow

MAX_EXAMPLES = 50
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def as_the_api_behaves(document: dict[str, Any]) -> dict[str, Any]:
    """The document with its self-contradictions resolved as the API (and the fake) behaves:

    - a request body whose schema has required members is required (the document never sets
      ``requestBody.required``; the generator reads it the same way: ``bodyRequired``);
    - the alchemy-state ``version`` probe needs no token (its description: "Unauthenticated
      contract-version probe"; the document inherits the global security);
    - ``branchId``/``branchGitName`` of a database are never null (their descriptions: "Every
      database belongs to a Branch, so null is rejected"; their schemas allow null).
    """
    fixed = copy.deepcopy(document)
    for path, item in fixed["paths"].items():
        for method, operation in item.items():
            if method not in _METHODS:
                continue
            key = f"{method.upper()} {path}"
            body = operation.get("requestBody")
            if body is not None and REQUEST_SCHEMAS[key]["bodyRequired"]:
                body["required"] = True
            if "Unauthenticated" in operation.get("description", ""):
                operation["security"] = []
            if path.startswith("/v1/databases") and body is not None:
                properties = body["content"]["application/json"]["schema"].get("properties", {})
                for name in ("branchId", "branchGitName"):
                    if name in properties and properties[name].get("type") == ["string", "null"]:
                        properties[name]["type"] = "string"
    return fixed


schema = schemathesis.openapi.from_dict(as_the_api_behaves(load_spec(spec_location())))
schema.config.generation.update(modes=list(schemathesis.GenerationMode))

# Operations that document no refusal at all (only success, 401 and 429): invalid input gets a
# 422 there, which the document does not list (README: where the spec is silent).
NO_DOCUMENTED_REFUSAL = frozenset(
    key for key, operation in OPERATIONS.items() if not {400, 403, 404, 409, 422} & set(operation.responses)
)
# Refusals of rules the spec states in prose, which no schema can express: a schema-valid request
# meets them (both filters at once; the project's default branch, which the run may promote).
EXEMPT_RULE_REFUSALS = {
    # "Supports two mutually exclusive filters: ?gitName= ..., ?gitNameContains= ..."
    ("GET /v1/projects/{projectId}/branches", 422),
    # 422: "Branch is the Project's current default or production Branch"
    ("DELETE /v1/branches/{branchId}", 422),
    # "Promotes a Branch to be the Project's default": isDefault false on the default is refused
    ("PATCH /v1/branches/{branchId}", 422),
}


def _key(case: schemathesis.Case) -> str:
    return f"{case.operation.method.upper()} {case.operation.path}"


def status_is_documented(ctx: Any, response: Any, case: schemathesis.Case) -> bool | None:
    """``status_code_conformance``, except invalid input on an operation without refusals."""
    if _key(case) in NO_DOCUMENTED_REFUSAL and response.status_code == 422:
        assert json.loads(response.content)["error"]["code"] == "validation-error"
        return None
    return status_code_conformance(ctx, response, case)


def valid_data_is_accepted(ctx: Any, response: Any, case: schemathesis.Case) -> bool | None:
    """``positive_data_acceptance``, except the refusals of rules the spec states in prose."""
    if (_key(case), response.status_code) in EXEMPT_RULE_REFUSALS:
        return None
    return positive_data_acceptance(ctx, response, case)


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
def seeded_fake() -> Iterator[tuple[FakePrismaPlatform, str]]:
    """The fake, its seeded records, and a token of the run's own, which the run must not lose."""
    with FakePrismaPlatform(provisioning_delay=0.05) as fake:
        SEEDED.clear()
        SEEDED.update(_seed(fake))
        token = fake.create_service_token(name="schemathesis run")
        yield fake, token
        # Every operation was called with this token, deletions included: it must still work.
        answer = urllib3.request(
            "GET", fake.api_url + "/v1/workspaces", headers={"Authorization": f"Bearer {token}"}
        )
        assert answer.status == 200, "the run lost its own service token"
    SEEDED.clear()


@schema.hook("flatmap_path_parameters")
def _some_seeded_ids(context: Any, path_parameters: dict[str, Any] | None) -> Any:
    """Each id parameter may name a seeded record instead of a random string, unless the drawn
    value breaks its schema: that is a negative case, which must stay negative."""
    if not path_parameters:
        return st.just(path_parameters)
    key = f"{context.operation.method.upper()} {context.operation.path}"
    options = {}
    for name, value in path_parameters.items():
        known = SEEDED.get(name, [])
        valid = _path_value_is_valid(key, name, value)
        options[name] = st.sampled_from([value, *known]) if known and valid else st.just(value)
    return st.fixed_dictionaries(options)


def _path_value_is_valid(key: str, name: str, value: Any) -> bool:
    for parameter in REQUEST_SCHEMAS[key]["parameters"]:
        if parameter["in"] == "path" and parameter["name"] == name:
            schema = _ecma_schema(parameter.get("schema") or {})
            return bool(Draft202012Validator(schema).is_valid(value))
    return True


@schema.hook("map_query")
def _no_random_cursor(context: Any, query: dict[str, Any] | None) -> dict[str, Any] | None:
    # A cursor is opaque and only valid as the API returned it: a drawn string, although it fits
    # the schema (any string), is rightly refused.
    if query:
        query.pop("cursor", None)
    return query


# Headers that frame the message itself: HTTP, not the API, owns them. A drawn value there
# (``Transfer-Encoding: JU?``) is refused by the HTTP layer of any server, the API's included,
# before an operation sees the request, with a status no operation documents.
FRAMING_HEADERS = frozenset({"connection", "content-length", "host", "te", "transfer-encoding", "upgrade"})


@schema.hook("map_headers")
def _no_drawn_framing_headers(context: Any, headers: dict[str, Any] | None) -> dict[str, Any] | None:
    if headers:
        for name in [name for name in headers if name.lower() in FRAMING_HEADERS]:
            del headers[name]
    return headers


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
    database=None,
)
def test_fake_conforms_to_the_spec(
    case: schemathesis.Case, seeded_fake: tuple[FakePrismaPlatform, str]
) -> None:
    fake, token = seeded_fake
    started = time.monotonic()
    case.call_and_validate(
        base_url=fake.api_url,
        headers={"Authorization": f"Bearer {token}"},
        # Every check Schemathesis has, two of them with the exemptions above.
        excluded_checks=[status_code_conformance, positive_data_acceptance],
        additional_checks=[status_is_documented, valid_data_is_accepted],
    )
    assert time.monotonic() - started < 30  # a generous bound: no answer may hang
