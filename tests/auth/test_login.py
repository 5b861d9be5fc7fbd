"""Logging in against the fake platform's OAuth server, with no browser: sync and async."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import pytest
import urllib3
from support.loopback import LoopbackServer, Reply

from prisma_management_api import (
    APIConnectionError,
    APITimeoutError,
    AuthError,
    FetchError,
    MemoryTokenStorage,
    Tokens,
    create_async_management_api_sdk,
    create_management_api_sdk,
)
from prisma_management_api._auth._oauth_flow import workspace_id_of
from prisma_management_api.testing import FakePrismaPlatform, OAuthClient

from .conftest import (
    REDIRECT_URI,
    SCOPE,
    alog_in,
    expired,
    follow_authorize,
    jwt,
    log_in,
    make_async_sdk,
    make_sdk,
    stale,
)


def test_the_whole_flow_logs_in_stores_the_tokens_and_authorizes_calls(
    platform: FakePrismaPlatform, http: urllib3.PoolManager
) -> None:
    storage = MemoryTokenStorage()
    with make_sdk(platform, storage) as sdk:
        login = sdk.get_login_url(SCOPE)
        callback = follow_authorize(http, login.url)
        assert callback.startswith(REDIRECT_URI + "?")
        tokens = sdk.handle_callback(callback, login.verifier, login.state)
        assert storage.get_tokens() == tokens
        assert tokens.refresh_token and tokens.workspace_id == workspace_id_of(tokens.access_token)
        result = sdk.client.GET("/v1/workspaces")
    assert result.status == 200 and result.data is not None
    assert [w.id for w in result.data.data] == [tokens.workspace_id]
    assert platform.counters.token_requests("authorization_code") == 1
    assert platform.counters.token_requests("refresh_token") == 0


async def test_the_whole_flow_async(platform: FakePrismaPlatform, http: urllib3.PoolManager) -> None:
    storage = MemoryTokenStorage()
    async with make_async_sdk(platform, storage) as sdk:
        tokens = await alog_in(sdk, http)
        assert storage.get_tokens() == tokens
        result = await sdk.client.GET("/v1/workspaces")
        assert result.status == 200
        await sdk.logout()
        assert storage.get_tokens() is None
        with pytest.raises(AuthError, match=r"^No tokens available\. Please log in first\.$"):
            await sdk.client.GET("/v1/workspaces")


def test_logout_clears_the_storage_and_calls_then_need_a_login(
    platform: FakePrismaPlatform, http: urllib3.PoolManager
) -> None:
    storage = MemoryTokenStorage()
    with make_sdk(platform, storage) as sdk:
        log_in(sdk, http)
        sdk.logout()
        assert storage.get_tokens() is None
        with pytest.raises(AuthError) as caught:
            sdk.client.GET("/v1/workspaces")
    assert caught.value.message == "No tokens available. Please log in first."
    assert caught.value.refresh_token_invalid is False


def test_a_login_without_offline_access_stores_no_refresh_token_and_asks_to_log_in_again(
    platform: FakePrismaPlatform, http: urllib3.PoolManager
) -> None:
    # The token answer then has no refresh_token: the login succeeds, the access token works
    # until it expires, and then the user is told to log in again, before any request is sent.
    storage = MemoryTokenStorage()
    with make_sdk(platform, storage) as sdk:
        tokens = log_in(sdk, http, scope="workspace:admin")
        assert tokens.refresh_token is None
        assert storage.get_tokens() == tokens
        assert sdk.client.GET("/v1/workspaces").status == 200
        storage.set_tokens(expired(tokens))
        before = platform.counters.hits("GET /v1/workspaces")
        with pytest.raises(AuthError) as caught:
            sdk.client.GET("/v1/workspaces")
        assert caught.value.message == "No refresh token available. Please log in again."
        assert platform.counters.hits("GET /v1/workspaces") == before  # nothing sent
        # A token the API refuses before its exp (revoked): the 401 gives the same advice.
        storage.set_tokens(stale(tokens))
        with pytest.raises(AuthError, match=r"^No refresh token available\. Please log in again\.$"):
            sdk.client.GET("/v1/workspaces")
    assert platform.counters.token_requests("refresh_token") == 0


async def test_a_login_without_offline_access_async(
    platform: FakePrismaPlatform, http: urllib3.PoolManager
) -> None:
    storage = MemoryTokenStorage()
    async with make_async_sdk(platform, storage) as sdk:
        tokens = await alog_in(sdk, http, scope="workspace:admin")
        assert tokens.refresh_token is None
        assert (await sdk.client.GET("/v1/workspaces")).status == 200
        storage.set_tokens(expired(tokens))
        with pytest.raises(AuthError, match=r"^No refresh token available\. Please log in again\.$"):
            await sdk.client.GET("/v1/workspaces")
        storage.set_tokens(stale(tokens))
        with pytest.raises(AuthError, match=r"^No refresh token available\. Please log in again\.$"):
            await sdk.client.GET("/v1/workspaces")
    assert platform.counters.token_requests("refresh_token") == 0


# --- the callback's own errors --------------------------------------------------------------------


def test_the_user_refusing_consent_is_an_auth_error(
    platform: FakePrismaPlatform, http: urllib3.PoolManager
) -> None:
    platform.oauth.deny(description="the user clicked Cancel")
    storage = MemoryTokenStorage()
    with make_sdk(platform, storage) as sdk:
        login = sdk.get_login_url(SCOPE)
        with pytest.raises(AuthError) as caught:
            sdk.handle_callback(follow_authorize(http, login.url), login.verifier, login.state)
    assert caught.value.message == "access_denied: the user clicked Cancel"
    assert storage.get_tokens() is None
    assert platform.counters.token_requests() == 0


def test_a_callback_with_another_state_is_refused_before_any_exchange(
    platform: FakePrismaPlatform, http: urllib3.PoolManager
) -> None:
    with make_sdk(platform) as sdk:
        first, second = sdk.get_login_url(SCOPE), sdk.get_login_url(SCOPE)
        with pytest.raises(AuthError, match="Invalid state parameter"):
            sdk.handle_callback(follow_authorize(http, first.url), first.verifier, second.state)
    assert platform.counters.token_requests() == 0


def test_a_wrong_verifier_is_refused_by_the_server(
    platform: FakePrismaPlatform, http: urllib3.PoolManager
) -> None:
    storage = MemoryTokenStorage()
    with make_sdk(platform, storage) as sdk:
        first, second = sdk.get_login_url(SCOPE), sdk.get_login_url(SCOPE)
        with pytest.raises(AuthError) as caught:
            sdk.handle_callback(follow_authorize(http, first.url), second.verifier, first.state)
    assert caught.value.message.startswith("invalid_grant")
    # invalid_grant on a code exchange says nothing about a refresh token
    assert caught.value.refresh_token_invalid is False
    assert storage.get_tokens() is None


def test_a_replayed_code_is_refused(platform: FakePrismaPlatform, http: urllib3.PoolManager) -> None:
    with make_sdk(platform) as sdk:
        login = sdk.get_login_url(SCOPE)
        callback = follow_authorize(http, login.url)
        sdk.handle_callback(callback, login.verifier, login.state)
        with pytest.raises(AuthError, match="invalid_grant"):
            sdk.handle_callback(callback, login.verifier, login.state)


# --- the token endpoint failing -------------------------------------------------------------------


@pytest.fixture
def pending_login(platform: FakePrismaPlatform, http: urllib3.PoolManager) -> Iterator[tuple[str, str, str]]:
    """A callback URL the fake redirected to, with its verifier and state, not yet exchanged."""
    with make_sdk(platform) as sdk:
        login = sdk.get_login_url(SCOPE)
        yield follow_authorize(http, login.url), login.verifier, login.state


def test_a_500_from_the_token_endpoint_is_an_auth_error(
    platform: FakePrismaPlatform, pending_login: tuple[str, str, str]
) -> None:
    platform.faults.inject_status(500, "POST /token")
    storage = MemoryTokenStorage()
    with make_sdk(platform, storage) as sdk, pytest.raises(AuthError) as caught:
        sdk.handle_callback(*pending_login)
    assert caught.value.message == "Token request failed with status 500"
    assert storage.get_tokens() is None


def test_a_connection_reset_on_the_token_endpoint_is_a_fetch_error(
    platform: FakePrismaPlatform, pending_login: tuple[str, str, str]
) -> None:
    platform.faults.inject_reset("POST /token")
    storage = MemoryTokenStorage()
    with make_sdk(platform, storage) as sdk, pytest.raises(FetchError) as caught:
        sdk.handle_callback(*pending_login)
    assert isinstance(caught.value, APIConnectionError)
    assert storage.get_tokens() is None


async def test_a_token_endpoint_timeout_is_a_fetch_error_async(
    platform: FakePrismaPlatform, pending_login: tuple[str, str, str]
) -> None:
    platform.faults.inject_latency(2.0, "POST /token")
    storage = MemoryTokenStorage()
    async with make_async_sdk(platform, storage, timeout=0.3) as sdk:
        with pytest.raises(APITimeoutError):
            await sdk.handle_callback(*pending_login)
    assert storage.get_tokens() is None


def test_an_unreachable_token_endpoint_is_a_fetch_error(pending_login: tuple[str, str, str]) -> None:
    from support.loopback import closed_port

    sdk = create_management_api_sdk(
        "c", REDIRECT_URI, MemoryTokenStorage(), auth_base_url=f"http://127.0.0.1:{closed_port()}"
    )
    with sdk, pytest.raises(APIConnectionError) as caught:
        sdk.handle_callback(*pending_login)
    assert caught.value.request_sent is False


# Answers the faithful fake never gives, from a scripted loopback server.
GOOD_ACCESS = jwt({"workspace_id": "wksp_x", "exp": 4_000_000_000})


@pytest.mark.parametrize(
    ("reply", "message"),
    [
        (
            Reply(200, b"<html>maintenance</html>", [("Content-Type", "text/html")]),
            "Failed to parse token response (status 200)",
        ),
        (Reply(502, b"Bad Gateway"), "Failed to parse token response (status 502)"),
        (Reply.json({"refresh_token": "r"}), "Invalid token response format"),
        (Reply.json({"access_token": GOOD_ACCESS, "refresh_token": 1}), "Invalid token response format"),
        (Reply.json(["access_token"]), "Invalid token response format"),
        (
            Reply.json({"access_token": "opaque", "refresh_token": "r"}),
            "workspace_id not found in access token",
        ),
        (
            Reply.json({"error": "invalid_request", "error_description": "bad"}, status=400),
            "invalid_request: bad",
        ),
        (Reply.json({"unexpected": True}, status=403), "Unknown error"),
        (
            Reply.json({"error": "temporarily_unavailable"}, status=503),
            "Token request failed with status 503",
        ),
    ],
)
async def test_malformed_token_answers_are_auth_errors(reply: Reply, message: str) -> None:
    callback = "http://127.0.0.1:8765/callback?code=c0de&state=st4te"
    with LoopbackServer() as server:
        server.answer(reply)
        storage = MemoryTokenStorage()
        sync_sdk = create_management_api_sdk("c", REDIRECT_URI, storage, auth_base_url=server.base_url)
        with sync_sdk, pytest.raises(AuthError) as caught:
            sync_sdk.handle_callback(callback, "v" * 43, "st4te")
        assert caught.value.message == message
        async with create_async_management_api_sdk(
            "c", REDIRECT_URI, storage, auth_base_url=server.base_url
        ) as sdk:
            with pytest.raises(AuthError) as caught_async:
                await sdk.handle_callback(callback, "v" * 43, "st4te")
        assert caught_async.value.message == message
        assert storage.get_tokens() is None
        # the request itself: a form POST to /token with the PKCE verifier
        sent = server.last
        assert (sent.method, sent.path) == ("POST", "/token")
        assert sent.header("Content-Type") == "application/x-www-form-urlencoded"
        assert parse_qs(sent.body.decode())["code_verifier"] == ["v" * 43]


def test_a_good_answer_from_any_server_is_stored() -> None:
    with LoopbackServer() as server:
        server.answer(
            Reply.json({"access_token": GOOD_ACCESS, "refresh_token": "r1", "token_type": "Bearer"})
        )
        storage = MemoryTokenStorage()
        with create_management_api_sdk("c", REDIRECT_URI, storage, auth_base_url=server.base_url) as sdk:
            tokens = sdk.handle_callback("/callback?code=c&state=s", "v" * 43, "s")
    assert tokens == Tokens("wksp_x", GOOD_ACCESS, "r1") == storage.get_tokens()


# --- confidential clients -------------------------------------------------------------------------


def test_a_confidential_client_logs_in_with_its_secret(
    platform: FakePrismaPlatform, http: urllib3.PoolManager
) -> None:
    platform.oauth.register_client(OAuthClient("confidential-app", (REDIRECT_URI,), secret="s3cr3t-value"))
    sdk = create_management_api_sdk(
        "confidential-app",
        REDIRECT_URI,
        MemoryTokenStorage(),
        api_base_url=platform.api_url,
        auth_base_url=platform.auth_url,
        client_secret="s3cr3t-value",
    )
    with sdk:
        log_in(sdk, http)
        assert sdk.client.GET("/v1/workspaces").status == 200
        assert "s3cr3t-value" not in repr(sdk)
    wrong = create_management_api_sdk(
        "confidential-app",
        REDIRECT_URI,
        MemoryTokenStorage(),
        auth_base_url=platform.auth_url,
        client_secret="nope",
    )
    with wrong:
        login = wrong.get_login_url(SCOPE)
        with pytest.raises(AuthError, match="invalid_client"):
            wrong.handle_callback(follow_authorize(http, login.url), login.verifier, login.state)


def test_additional_params_reach_the_authorize_endpoint(
    platform: FakePrismaPlatform, http: urllib3.PoolManager
) -> None:
    with make_sdk(platform) as sdk:
        login = sdk.get_login_url(["workspace:admin", "offline_access"], {"utm_medium": "tests"})
        query = parse_qs(urlsplit(login.url).query)
        assert query["utm_medium"] == ["tests"]
        sdk.handle_callback(follow_authorize(http, login.url), login.verifier, login.state)
