"""PRISMA_SERVICE_TOKEN, PRISMA_MANAGEMENT_API_URL, PRISMA_AUTH_BASE_URL: used when the argument
is left out, never over an explicit argument."""

from __future__ import annotations

import pytest

from prisma_management_api import (
    MemoryTokenStorage,
    create_async_management_api_client,
    create_management_api_client,
    create_management_api_sdk,
)
from prisma_management_api.testing import FakePrismaPlatform

CLOSED_PORT_URL = "http://127.0.0.1:9"  # discard port: nothing listens there


def test_token_and_url_come_from_the_environment(
    fake: FakePrismaPlatform, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PRISMA_SERVICE_TOKEN", fake.service_token)
    monkeypatch.setenv("PRISMA_MANAGEMENT_API_URL", fake.api_url)
    with create_management_api_client() as client:
        assert client.base_url == fake.api_url
        result = client.GET("/v1/me")
    assert result.response.status == 200
    assert fake.counters.hits("GET /v1/me") == 1


async def test_async_client_reads_the_environment_too(
    fake: FakePrismaPlatform, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PRISMA_SERVICE_TOKEN", fake.service_token)
    monkeypatch.setenv("PRISMA_MANAGEMENT_API_URL", fake.api_url)
    async with create_async_management_api_client() as client:
        result = await client.GET("/v1/me")
    assert result.response.status == 200


def test_explicit_arguments_win_over_the_environment(
    fake: FakePrismaPlatform, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PRISMA_SERVICE_TOKEN", fake.service_token)
    monkeypatch.setenv("PRISMA_MANAGEMENT_API_URL", CLOSED_PORT_URL)
    with create_management_api_client(token="not-a-valid-token", base_url=fake.api_url) as client:
        result = client.GET("/v1/me")
    assert result.response.status == 401  # the explicit (bad) token was sent, not the env one


def test_an_authorization_header_wins_over_the_environment_token(
    fake: FakePrismaPlatform, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PRISMA_SERVICE_TOKEN", "sk_from_env_not_valid")
    headers = {"Authorization": f"Bearer {fake.service_token}"}
    with create_management_api_client(base_url=fake.api_url, headers=headers) as client:
        assert client.GET("/v1/me").response.status == 200


def test_blank_variables_count_as_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRISMA_MANAGEMENT_API_URL", "  ")
    with create_management_api_client(token="t") as client:
        assert client.base_url == "https://api.prisma.io"


def test_a_malformed_url_from_the_environment_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRISMA_MANAGEMENT_API_URL", "api.prisma.io")
    with pytest.raises(ValueError, match="base_url must be an http"):
        create_management_api_client(token="t")


def test_sdk_auth_url_comes_from_the_environment(
    fake: FakePrismaPlatform, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PRISMA_AUTH_BASE_URL", fake.auth_url)
    monkeypatch.setenv("PRISMA_MANAGEMENT_API_URL", fake.api_url)
    sdk = create_management_api_sdk(fake.client_id, "http://127.0.0.1:8765/callback", MemoryTokenStorage())
    try:
        assert sdk.get_login_url("workspace:admin").url.startswith(fake.auth_url + "/authorize?")
        assert sdk.client.base_url == fake.api_url
    finally:
        sdk.close()


def test_sdk_explicit_auth_url_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRISMA_AUTH_BASE_URL", "https://auth.example.test")
    sdk = create_management_api_sdk(
        "client", "http://127.0.0.1:1/cb", MemoryTokenStorage(), auth_base_url="https://auth.prisma.io"
    )
    try:
        assert sdk.get_login_url("workspace:admin").url.startswith("https://auth.prisma.io/authorize?")
    finally:
        sdk.close()


def test_the_environment_token_is_not_read_by_an_sdk(
    fake: FakePrismaPlatform, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An SDK authenticates with its stored OAuth tokens only: with none, it fails as "not
    # logged in" instead of quietly using a service token of the environment.
    from prisma_management_api import AuthError

    monkeypatch.setenv("PRISMA_SERVICE_TOKEN", fake.service_token)
    sdk = create_management_api_sdk(
        fake.client_id, "http://127.0.0.1:1/cb", MemoryTokenStorage(), api_base_url=fake.api_url
    )
    try:
        with pytest.raises(AuthError):
            sdk.client.GET("/v1/me")
    finally:
        sdk.close()
