"""The NDJSON log streams of deployments and builds: windows, cursors, terminal records, follow."""

from __future__ import annotations

import threading
import time
from typing import Any

import urllib3

from prisma_management_api import create_management_api_client
from prisma_management_api.testing import FakePrismaPlatform

from .fixtures_fake import Api, api, fake, fake_http, fake_openapi, fake_spec

__all__ = ["api", "fake", "fake_openapi", "fake_spec", "fake_http"]

LOGS = "GET /v1/deployments/{deploymentId}/logs"


def running_deployment(api: Api, fake: FakePrismaPlatform, fake_http: urllib3.PoolManager) -> str:
    project = api("POST /v1/projects", body={"name": "p", "createDatabase": False}).data["id"]
    service = api("POST /v1/services", body={"projectId": project, "displayName": "web"}).data["id"]
    deployment = api("POST /v1/services/{serviceId}/deployments", serviceId=service, body={}).data
    not_uploaded = api("POST /v1/deployments/{deploymentId}/start", deploymentId=deployment["id"])
    assert not_uploaded.status == 409
    assert fake_http.request("PUT", deployment["uploadUrl"], body=b"zip").status == 200
    forged = deployment["uploadUrl"].replace("signature=", "signature=x")
    assert fake_http.request("PUT", forged, body=b"zip").status == 403
    assert api("POST /v1/deployments/{deploymentId}/start", deploymentId=deployment["id"]).status == 200
    return str(deployment["id"])


def test_deployment_logs_are_windows_that_end_with_a_resumable_terminal(
    api: Api, fake: FakePrismaPlatform, fake_http: urllib3.PoolManager
) -> None:
    deployment = running_deployment(api, fake, fake_http)
    records = api(LOGS, deploymentId=deployment, query={"from_start": "true"}).records
    *lines, terminal = records
    assert len(lines) == 3
    assert all(r["type"] == "log" for r in lines)
    assert [r["byteStart"] for r in lines[1:]] == [r["byteEnd"] for r in lines[:-1]]
    assert terminal["type"] == "terminal"
    assert terminal["kind"] == "end"
    assert terminal["cursor"] == str(lines[-1]["byteEnd"])

    assert api(LOGS, deploymentId=deployment, query={"tail": 1}).records[0]["text"] == lines[-1]["text"]
    caught_up = api(LOGS, deploymentId=deployment, query={"cursor": terminal["cursor"]}).records
    assert [r["type"] for r in caught_up] == ["terminal"]

    api("POST /v1/deployments/{deploymentId}/stop", deploymentId=deployment)
    resumed = api(LOGS, deploymentId=deployment, query={"cursor": terminal["cursor"]}).records
    assert [r["text"] for r in resumed[:-1]] == ["Deployment stopped"]

    bad = api(LOGS, deploymentId=deployment, query={"cursor": "nope"}).records
    assert bad == [
        {
            "type": "terminal",
            "kind": "error",
            "code": "invalid_cursor",
            "message": bad[0]["message"],
            "retryable": False,
            "cursor": None,
        }
    ]


def test_build_logs_dump_then_resume_from_a_cursor(api: Api) -> None:
    build = api("POST /v1/builds", body={"source": "cli", "commitSha": "abc123", "branchName": "main"}).data[
        "id"
    ]
    api("PATCH /v1/builds/{buildId}", buildId=build, body={"state": "running", "phase": "build"})
    first = api("GET /v1/builds/{buildId}/logs", buildId=build).records
    assert first[-1]["type"] == "terminal"
    assert [r["cursor"] for r in first[:-1]] == [str(i) for i in range(1, len(first))]
    api("PATCH /v1/builds/{buildId}", buildId=build, body={"state": "failed", "errorMessage": "tests failed"})
    rest = api("GET /v1/builds/{buildId}/logs", buildId=build, query={"cursor": first[-1]["cursor"]}).records
    assert [(r["text"], r["level"]) for r in rest[:-1]] == [
        ("tests failed", "error"),
        ("Build failed", "error"),
    ]


def test_following_a_build_streams_until_it_finishes(fake: FakePrismaPlatform) -> None:
    with create_management_api_client(token=fake.service_token, base_url=fake.api_url) as client:
        build = client.POST("/v1/builds", body={"source": "ci", "commitSha": "abc", "branchName": "main"})
        assert build.data is not None
        build_id = build.data.data.id

        def progress() -> None:
            with create_management_api_client(token=fake.service_token, base_url=fake.api_url) as other:
                for state in ("running", "succeeded"):
                    time.sleep(0.2)
                    other.PATCH(
                        "/v1/builds/{buildId}", params={"path": {"buildId": build_id}}, body={"state": state}
                    )

        worker = threading.Thread(target=progress)
        started = time.monotonic()
        worker.start()
        followed = client.GET(
            "/v1/builds/{buildId}/logs", params={"path": {"buildId": build_id}, "query": {"follow": "true"}}
        )
        assert followed.data is not None, followed.error
        records: list[Any] = [record.model_dump(by_alias=True) for record in followed.data]
        worker.join()
    assert time.monotonic() - started >= 0.4  # it waited for the build rather than dumping at once
    texts = [r["text"] for r in records if r["type"] == "log"]
    assert texts[-2:] == ["Build running", "Build succeeded"]
    assert records[-1]["type"] == "terminal"
    assert records[-1]["kind"] == "end"
