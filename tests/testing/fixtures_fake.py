"""Shared fixtures of the fake platform's API tests: a started fake, and a raw HTTP client that
checks every answer against the OpenAPI document with openapi-core.

Test modules import the fixtures they use by name (``from .fixtures_fake import api, fake``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlencode

import pytest
import urllib3
from openapi_core import OpenAPI
from support.loopback import RecordedRequest
from support.spec import load_spec, spec_location
from support.spec_validation import NDJSON, WireRequest, WireResponse, load_openapi, response_errors

from prisma_management_api.testing import FakePrismaPlatform

_UNSET: Any = object()


@pytest.fixture(scope="session")
def fake_spec() -> dict[str, Any]:
    location = spec_location()
    if location is None:
        pytest.fail("no OpenAPI document: set PRISMA_OPENAPI_SPEC or check out shared/ beside the repo")
    return load_spec(location)


@pytest.fixture(scope="session")
def fake_openapi(fake_spec: dict[str, Any]) -> OpenAPI:
    return load_openapi(fake_spec)


@pytest.fixture(scope="session")
def fake_http() -> Iterator[urllib3.PoolManager]:
    manager = urllib3.PoolManager(maxsize=4, retries=False)
    yield manager
    manager.clear()


@pytest.fixture
def fake() -> Iterator[FakePrismaPlatform]:
    with FakePrismaPlatform(provisioning_delay=0.2) as platform:
        yield platform


@dataclass
class Answer:
    status: int
    headers: urllib3.HTTPHeaderDict
    content: bytes

    @property
    def json(self) -> Any:
        return json.loads(self.content)

    @property
    def data(self) -> Any:
        return self.json["data"]

    @property
    def error(self) -> dict[str, Any]:
        error: dict[str, Any] = self.json["error"]
        return error

    @property
    def records(self) -> list[Any]:
        return [json.loads(line) for line in self.content.splitlines() if line.strip()]


class Api:
    """``api("GET /v1/projects/{id}", id=...)``: sends, checks the answer against the spec
    (unless ``check=False``), and remembers which operations answered 2xx."""

    def __init__(self, fake: FakePrismaPlatform, openapi: OpenAPI, fake_http: urllib3.PoolManager) -> None:
        self.fake = fake
        self.openapi = openapi
        self.http = fake_http
        self.succeeded: set[str] = set()

    def __call__(
        self,
        operation: str,
        *,
        body: Any = _UNSET,
        query: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        token: str | None = _UNSET,
        check: bool = True,
        **path: str,
    ) -> Answer:
        method, template = operation.split(" ", 1)
        target = template.format(**{k: quote(str(v), safe="") for k, v in path.items()})
        if query:
            target += "?" + urlencode({k: v for k, v in query.items() if v is not None})
        sent: dict[str, str] = dict(headers or {})
        bearer = self.fake.service_token if token is _UNSET else token
        if bearer is not None:
            sent["Authorization"] = f"Bearer {bearer}"
        raw = b""
        if body is not _UNSET:
            raw = json.dumps(body).encode()
            sent["Content-Type"] = "application/json"
        response = self.http.request(method, self.fake.api_url + target, body=raw or None, headers=sent)
        answer = Answer(response.status, response.headers, response.data)
        if check:
            self.check(method, target, sent, raw, answer)
        if 200 <= answer.status < 300:
            self.succeeded.add(operation)
        return answer

    def check(self, method: str, target: str, headers: dict[str, str], body: bytes, answer: Answer) -> None:
        recorded = RecordedRequest(method, target, tuple(headers.items()), body)
        request = WireRequest(recorded, self.fake.api_url)
        content_type = answer.headers.get("Content-Type", "")
        bodies = [answer.content or None]
        if content_type.startswith(NDJSON):
            bodies = [line for line in answer.content.splitlines() if line.strip()]
            assert bodies, "an NDJSON answer without records"
        for content in bodies:
            wire = WireResponse(answer.status, list(answer.headers.items()), content)
            errors = response_errors(self.openapi, request, wire)
            assert not errors, f"{method} {target} -> {answer.status} breaks the spec:\n" + "\n".join(errors)


@pytest.fixture
def api(fake: FakePrismaPlatform, fake_openapi: OpenAPI, fake_http: urllib3.PoolManager) -> Api:
    return Api(fake, fake_openapi, fake_http)


def oauth_tokens(
    fake: FakePrismaPlatform,
    fake_http: urllib3.PoolManager,
    *,
    client_id: str | None = None,
    scope: str = "workspace:admin offline_access",
) -> dict[str, Any]:
    """An authorization code + PKCE round trip against the fake's OAuth server: the token answer."""
    import secrets

    from prisma_management_api.testing import pkce_s256

    verifier = secrets.token_urlsafe(48)
    redirect_uri = "http://127.0.0.1/callback"
    client = client_id or fake.client_id
    query = urlencode(
        {
            "response_type": "code",
            "client_id": client,
            "redirect_uri": redirect_uri,
            "scope": scope,
            "state": "s",
            "code_challenge": pkce_s256(verifier),
            "code_challenge_method": "S256",
        }
    )
    response = fake_http.request("GET", f"{fake.auth_url}/authorize?{query}", redirect=False)
    assert response.status == 302, response.data
    location = response.headers["Location"]
    code = dict(part.split("=", 1) for part in location.split("?", 1)[1].split("&"))["code"]
    form = urlencode(
        {
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": redirect_uri,
            "client_id": client,
            "code_verifier": verifier,
        }
    )
    token = fake_http.request(
        "POST",
        f"{fake.auth_url}/token",
        body=form,
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert token.status == 200, token.data
    answer: dict[str, Any] = json.loads(token.data)
    return answer
