"""Fault injection and counters of the shared engine, applied to the Management API's routes."""

from __future__ import annotations

import time

import pytest
import urllib3

from prisma_management_api.testing import FakePrismaPlatform

from .fixtures_fake import Api, api, fake, fake_http, fake_openapi, fake_spec

__all__ = ["api", "fake", "fake_openapi", "fake_spec", "fake_http"]


def test_an_injected_status_answers_in_the_api_error_shape(api: Api, fake: FakePrismaPlatform) -> None:
    fake.faults.inject_status(429, "GET /v1/services", retry_after=2)
    limited = api("GET /v1/services")
    assert limited.status == 429
    assert limited.headers["Retry-After"] == "2"
    assert limited.error["code"] == "rate-limit-exceeded"
    assert api("GET /v1/services").status == 200  # times=1 by default


def test_faults_match_a_route_whatever_its_parameter_names(api: Api, fake: FakePrismaPlatform) -> None:
    # The engine registers this route as /v1/projects/{id}/databases (one name per position).
    project = api("POST /v1/projects", body={"name": "p"}).data["id"]
    fake.faults.inject_status(503, "GET /v1/projects/{projectId}/databases", times=2)
    assert api("GET /v1/projects/{projectId}/databases", projectId=project, check=False).status == 503
    assert api("GET /v1/projects/{projectId}/databases", projectId=project, check=False).status == 503
    assert api("GET /v1/projects/{projectId}/databases", projectId=project).status == 200
    assert fake.counters.hits("GET /v1/projects/{projectId}/databases") == 3
    assert fake.counters.hits("GET /v1/projects/{id}/databases") == 3
    assert fake.counters.hits("POST /v1/projects") == 1


def test_a_connection_reset_and_latency_hit_api_routes(
    fake: FakePrismaPlatform, fake_http: urllib3.PoolManager
) -> None:
    headers = {"Authorization": f"Bearer {fake.service_token}"}
    fake.faults.inject_reset("GET /v1/me")
    with pytest.raises(urllib3.exceptions.ProtocolError):
        fake_http.request("GET", fake.api_url + "/v1/me", headers=headers)
    fake.faults.inject_latency(0.3, "GET /v1/me")
    started = time.monotonic()
    assert fake_http.request("GET", fake.api_url + "/v1/me", headers=headers).status == 200
    assert time.monotonic() - started >= 0.3
    assert fake.counters.hits("GET /v1/me") == 2


def test_an_unauthenticated_request_is_counted_too(api: Api, fake: FakePrismaPlatform) -> None:
    api("GET /v1/regions", token=None)
    assert fake.counters.hits("GET /v1/regions") == 1
