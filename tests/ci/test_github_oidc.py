"""GitHub Actions OIDC: the fake's GitHub-style issuer, the API's exchange, and the credentials
source both clients use (renewed before expiry and after a 401)."""

from __future__ import annotations

import datetime
import time

import jwt
import pytest
import urllib3

from prisma_management_api import (
    AuthError,
    GitHubActionsOIDC,
    create_async_management_api_client,
    create_management_api_client,
)
from prisma_management_api.testing import FakePrismaPlatform

GENERIC = "The OIDC token is invalid or no repository link allows it."


def _exchange(fake: FakePrismaPlatform, body: dict[str, object]) -> tuple[int, dict[str, object]]:
    with create_management_api_client(base_url=fake.api_url) as client:
        result = client.request("POST", "/v1/auth/github-actions/token", body=body)
    return result.response.status, result.response.json()


def _oidc_token(
    fake: FakePrismaPlatform, audience: str = "prisma-cloud", repository: str = "octo-org/app"
) -> str:
    job = fake.github_actions_job(repository)
    answer = urllib3.request(
        "GET",
        f"{job.request_url}&audience={audience}",
        headers={"Authorization": f"bearer {job.request_token}"},
    )
    assert answer.status == 200
    value: str = answer.json()["value"]
    return value


def test_the_issuer_mints_rs256_jwts_verifiable_from_its_published_keys(fake: FakePrismaPlatform) -> None:
    token = _oidc_token(fake, repository="octo-org/service")
    discovery = urllib3.request("GET", f"{fake.github_oidc_url}/.well-known/openid-configuration").json()
    assert discovery["issuer"] == fake.github_oidc_url
    keys = jwt.PyJWKClient(discovery["jwks_uri"]).get_signing_key_from_jwt(token)
    claims = jwt.decode(
        token, keys.key, algorithms=["RS256"], audience="prisma-cloud", issuer=fake.github_oidc_url
    )
    assert claims["repository"] == "octo-org/service"
    assert claims["sub"] == "repo:octo-org/service:ref:refs/heads/main"
    assert claims["repository_id"].isdigit()
    assert claims["exp"] - claims["iat"] == 300


def test_the_issuer_refuses_an_unknown_request_token(fake: FakePrismaPlatform) -> None:
    job = fake.github_actions_job()
    answer = urllib3.request(
        "GET", f"{job.request_url}&audience=prisma-cloud", headers={"Authorization": "bearer ghrt_nope"}
    )
    assert answer.status == 401


def test_exchange_mints_a_service_token_of_the_linked_workspace(fake: FakePrismaPlatform) -> None:
    status, body = _exchange(fake, {"token": _oidc_token(fake)})
    assert status == 201
    data = body["data"]
    assert isinstance(data, dict)
    assert data["type"] == "serviceToken" and data["workspaceId"] == fake.workspace.id
    expires = datetime.datetime.fromisoformat(str(data["expiresAt"]).replace("Z", "+00:00")).timestamp()
    assert 1790 <= expires - fake.state.wall() <= 1800  # 30 minutes by default
    with create_management_api_client(token=str(data["value"]), base_url=fake.api_url) as client:
        assert client.GET("/v1/me").response.status == 200


def test_exchange_caps_the_lifetime_at_an_hour(fake: FakePrismaPlatform) -> None:
    status, body = _exchange(fake, {"token": _oidc_token(fake), "expiresInSeconds": 7200})
    assert status == 201
    data = body["data"]
    assert isinstance(data, dict)
    expires = datetime.datetime.fromisoformat(str(data["expiresAt"]).replace("Z", "+00:00")).timestamp()
    assert 3590 <= expires - fake.state.wall() <= 3600


def _tampered(token: str) -> str:
    header, payload, signature = token.split(".")
    flipped = "A" if signature[5] != "A" else "B"
    return f"{header}.{payload}.{signature[:5]}{flipped}{signature[6:]}"


@pytest.mark.parametrize("case", ["audience", "signature", "expired", "unlinked", "garbage", "other-issuer"])
def test_every_refusal_is_the_same_generic_401(fake: FakePrismaPlatform, case: str) -> None:
    if case == "audience":
        token = _oidc_token(fake, audience="sts.amazonaws.com")
    elif case == "signature":
        token = _tampered(_oidc_token(fake))
    elif case == "expired":
        token = _oidc_token(fake)
        fake.advance(301)
    elif case == "unlinked":
        token = fake.state.github_oidc.mint(123456, "someone/else")
    elif case == "garbage":
        token = "not.a.jwt"
    else:  # signed by another key (another fake's issuer)
        with FakePrismaPlatform(provisioning_delay=0) as other:
            token = _oidc_token(other)
    status, body = _exchange(fake, {"token": token})
    assert status == 401
    assert body == {"error": "unauthorized", "errorDescription": GENERIC}


def test_the_audience_is_asked_for_whole_even_with_query_characters(fake: FakePrismaPlatform) -> None:
    # Sent unencoded, "prisma-cloud&x=1" would reach GitHub as audience "prisma-cloud" and pass.
    job = fake.github_actions_job()
    credentials = GitHubActionsOIDC(
        request_url=job.request_url, request_token=job.request_token, audience="prisma-cloud&x=1"
    )
    with (
        create_management_api_client(base_url=fake.api_url, credentials=credentials) as client,
        pytest.raises(AuthError, match="refused the GitHub Actions OIDC token"),
    ):
        client.GET("/v1/me")
    assert credentials.exchanges == 0


def test_sync_client_with_oidc_credentials(fake: FakePrismaPlatform) -> None:
    job = fake.github_actions_job()
    credentials = GitHubActionsOIDC(request_url=job.request_url, request_token=job.request_token)
    with create_management_api_client(base_url=fake.api_url, credentials=credentials) as client:
        assert [p.name for p in client.projects.list()] == ["app"]
        assert client.GET("/v1/me").response.status == 200
    assert credentials.exchanges == 1  # one service token serves every call until renewal
    assert credentials.workspace_id == fake.workspace.id
    assert fake.counters.hits("POST /v1/auth/github-actions/token") == 1


async def test_async_client_with_oidc_credentials_from_the_environment(
    fake: FakePrismaPlatform, monkeypatch: pytest.MonkeyPatch
) -> None:
    job = fake.github_actions_job()
    for name, value in job.env.items():
        monkeypatch.setenv(name, value)
    assert GitHubActionsOIDC.available()
    credentials = GitHubActionsOIDC()
    async with create_async_management_api_client(base_url=fake.api_url, credentials=credentials) as client:
        result = await client.GET("/v1/me")
        assert result.response.status == 200
        await client.GET("/v1/workspaces")
    assert credentials.exchanges == 1


def test_the_token_is_renewed_before_it_expires(fake: FakePrismaPlatform) -> None:
    job = fake.github_actions_job()
    credentials = GitHubActionsOIDC(
        request_url=job.request_url, request_token=job.request_token, lifetime=60, renew_before=59.5
    )
    with create_management_api_client(base_url=fake.api_url, credentials=credentials) as client:
        client.GET("/v1/me")
        first = credentials.expires_at
        assert first is not None
        time.sleep(0.6)  # now within renew_before of the expiry: the next call renews first
        assert client.GET("/v1/me").response.status == 200
    assert credentials.exchanges == 2
    assert fake.counters.hits("GET /v1/me") == 2  # no request was refused on the way


def test_a_revoked_token_is_replaced_after_one_401(fake: FakePrismaPlatform) -> None:
    job = fake.github_actions_job()
    credentials = GitHubActionsOIDC(request_url=job.request_url, request_token=job.request_token)
    with create_management_api_client(base_url=fake.api_url, credentials=credentials) as client:
        client.GET("/v1/me")
        for token in list(fake.state.service_tokens.values()):
            if token.name.startswith("GitHub Actions"):
                fake.state.delete_service_token(token.id)
        assert client.GET("/v1/me").response.status == 200
    assert credentials.exchanges == 2


def test_a_job_without_id_token_permission_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN"):
        GitHubActionsOIDC()
    assert not GitHubActionsOIDC.available()


def test_a_refused_request_token_is_an_auth_error(fake: FakePrismaPlatform) -> None:
    job = fake.github_actions_job()
    credentials = GitHubActionsOIDC(request_url=job.request_url, request_token="ghrt_wrong")
    with (
        create_management_api_client(base_url=fake.api_url, credentials=credentials) as client,
        pytest.raises(AuthError, match="id-token: write"),
    ):
        client.GET("/v1/me")
    assert fake.counters.hits("GET /v1/me") == 0


def test_an_unlinked_repository_is_an_auth_error(fake: FakePrismaPlatform) -> None:
    job = fake.github_actions_job()
    fake.state.source_repositories.clear()
    credentials = GitHubActionsOIDC(request_url=job.request_url, request_token=job.request_token)
    with (
        create_management_api_client(base_url=fake.api_url, credentials=credentials) as client,
        pytest.raises(AuthError, match="refused the GitHub Actions OIDC token"),
    ):
        client.GET("/v1/me")


@pytest.mark.parametrize("lifetime", [0, 59, 3601, 1.5, True])
def test_lifetime_is_checked(lifetime: object) -> None:
    with pytest.raises(ValueError, match="lifetime"):
        GitHubActionsOIDC(request_url="https://x.test/t?a=1", request_token="t", lifetime=lifetime)  # type: ignore[arg-type]


def test_token_and_credentials_are_exclusive() -> None:
    credentials = GitHubActionsOIDC(request_url="https://x.test/t?a=1", request_token="t")
    with pytest.raises(ValueError, match="either token or credentials"):
        create_management_api_client(token="t", credentials=credentials)


def test_repr_hides_the_request_token() -> None:
    credentials = GitHubActionsOIDC(request_url="https://x.test/t?a=1", request_token="ghrt_secret_value")
    assert "ghrt_secret_value" not in repr(credentials)
    assert "x.test" not in repr(credentials)


def test_concurrent_threads_share_one_exchange(fake: FakePrismaPlatform) -> None:
    import threading

    job = fake.github_actions_job()
    credentials = GitHubActionsOIDC(request_url=job.request_url, request_token=job.request_token)
    fake.faults.inject_latency(0.2, "POST /v1/auth/github-actions/token")  # a slow exchange: all pile up
    statuses: list[int] = []
    with create_management_api_client(base_url=fake.api_url, credentials=credentials) as client:
        start = threading.Barrier(8)

        def call() -> None:
            start.wait(timeout=60)
            statuses.append(client.GET("/v1/me").response.status)

        threads = [threading.Thread(target=call) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
    assert statuses == [200] * 8
    assert credentials.exchanges == 1
    assert fake.counters.hits("POST /v1/auth/github-actions/token") == 1


async def test_concurrent_tasks_share_one_exchange(fake: FakePrismaPlatform) -> None:
    import asyncio

    job = fake.github_actions_job()
    credentials = GitHubActionsOIDC(request_url=job.request_url, request_token=job.request_token)
    fake.faults.inject_latency(0.2, "POST /v1/auth/github-actions/token")
    async with create_async_management_api_client(base_url=fake.api_url, credentials=credentials) as client:
        results = await asyncio.gather(*(client.GET("/v1/me") for _ in range(20)))
    assert [r.response.status for r in results] == [200] * 20
    assert fake.counters.hits("POST /v1/auth/github-actions/token") == 1


def test_a_failed_renewal_lets_the_next_call_try_again(fake: FakePrismaPlatform) -> None:
    job = fake.github_actions_job()
    credentials = GitHubActionsOIDC(request_url=job.request_url, request_token=job.request_token)
    fake.faults.inject_status(503, "POST /v1/auth/github-actions/token", times=1)
    with create_management_api_client(base_url=fake.api_url, credentials=credentials) as client:
        with pytest.raises(AuthError, match="status 503"):
            client.GET("/v1/me")
        assert client.GET("/v1/me").response.status == 200  # not stuck behind the failed one
    assert credentials.exchanges == 1
