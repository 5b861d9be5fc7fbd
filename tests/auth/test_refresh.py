"""Refresh on 401, early refresh before expiry, rotation, and a refresh that fails: sync and async."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import AsyncGenerator, Generator
from urllib.parse import parse_qs

import pytest
import urllib3
from support.loopback import LoopbackServer, RecordedRequest, Reply

from prisma_management_api import (
    APIConnectionError,
    APITimeoutError,
    AuthError,
    MemoryTokenStorage,
    Tokens,
    create_async_management_api_sdk,
    create_management_api_sdk,
)
from prisma_management_api.testing import FakePrismaPlatform

from .conftest import PlainStorage, alog_in, expired, jwt, log_in, make_async_sdk, make_sdk, stale

WORKSPACES = "GET /v1/workspaces"


def refreshes(platform: FakePrismaPlatform) -> int:
    return platform.counters.token_requests("refresh_token")


def test_a_401_refreshes_once_resends_once_and_stores_the_rotated_pair(
    platform: FakePrismaPlatform, http: urllib3.PoolManager
) -> None:
    storage = MemoryTokenStorage()
    with make_sdk(platform, storage) as sdk:
        first = log_in(sdk, http)
        storage.set_tokens(stale(first))
        result = sdk.client.GET("/v1/workspaces")
    assert result.status == 200
    assert refreshes(platform) == 1
    assert platform.counters.hits(WORKSPACES) == 2  # the 401, then the resend
    now = storage.get_tokens()
    assert now is not None and now.workspace_id == first.workspace_id
    assert now.access_token != first.access_token
    assert now.refresh_token is not None and now.refresh_token != first.refresh_token  # rotated


async def test_a_401_refreshes_once_async(platform: FakePrismaPlatform, http: urllib3.PoolManager) -> None:
    storage = MemoryTokenStorage()
    async with make_async_sdk(platform, storage) as sdk:
        first = await alog_in(sdk, http)
        storage.set_tokens(stale(first))
        result = await sdk.client.GET("/v1/workspaces")
    assert result.status == 200
    assert refreshes(platform) == 1
    now = storage.get_tokens()
    assert now is not None and now.refresh_token != first.refresh_token


def test_every_rotated_refresh_token_is_used_once(
    platform: FakePrismaPlatform, http: urllib3.PoolManager
) -> None:
    # The fake revokes the whole grant if a rotated refresh token comes back ("strict" reuse):
    # five refreshes in a row succeed only if the SDK always stores and uses the newest pair.
    storage = MemoryTokenStorage()
    seen: set[str] = set()
    with make_sdk(platform, storage) as sdk:
        log_in(sdk, http)
        for _ in range(5):
            current = storage.get_tokens()
            assert current is not None and current.refresh_token is not None
            seen.add(current.refresh_token)
            storage.set_tokens(stale(current))
            assert sdk.client.GET("/v1/workspaces").status == 200
    assert refreshes(platform) == 5 and len(seen) == 5


def test_a_token_that_expired_on_the_server_is_refreshed_on_401(
    platform: FakePrismaPlatform, http: urllib3.PoolManager
) -> None:
    storage = MemoryTokenStorage()
    with make_sdk(platform, storage) as sdk:
        log_in(sdk, http)
        platform.advance(3700)  # past the access token's hour, on the fake's clock only
        assert sdk.client.GET("/v1/workspaces").status == 200
    assert refreshes(platform) == 1


def test_a_second_401_is_returned_not_looped_on(
    platform: FakePrismaPlatform, http: urllib3.PoolManager
) -> None:
    with make_sdk(platform) as sdk:
        log_in(sdk, http)
        platform.faults.inject_status(401, WORKSPACES, times=5)
        result = sdk.client.GET("/v1/workspaces")
    assert result.status == 401 and result.error is not None
    assert refreshes(platform) == 1
    assert platform.counters.hits(WORKSPACES) == 2


# --- early refresh --------------------------------------------------------------------------------


def test_a_token_close_to_expiry_is_refreshed_before_it_is_sent(http: urllib3.PoolManager) -> None:
    with FakePrismaPlatform(provisioning_delay=0, access_token_ttl=100) as platform:
        storage = MemoryTokenStorage()
        with make_sdk(platform, storage, refresh_leeway=60) as sdk:
            first = log_in(sdk, http)
            assert sdk.client.GET("/v1/workspaces").status == 200  # 100 s left > 60 s leeway
            assert refreshes(platform) == 0
        with make_sdk(platform, storage, refresh_leeway=150) as sdk:
            assert sdk.client.GET("/v1/workspaces").status == 200  # 100 s left < 150 s leeway
        assert refreshes(platform) == 1
        assert platform.counters.hits(WORKSPACES) == 2  # no 401 on the way
        now = storage.get_tokens()
        assert now is not None and now.access_token != first.access_token


async def test_an_expired_token_is_refreshed_before_it_is_sent_async(
    platform: FakePrismaPlatform, http: urllib3.PoolManager
) -> None:
    storage = MemoryTokenStorage()
    async with make_async_sdk(platform, storage) as sdk:
        storage.set_tokens(expired(await alog_in(sdk, http)))
        assert (await sdk.client.GET("/v1/workspaces")).status == 200
    assert refreshes(platform) == 1
    assert platform.counters.hits(WORKSPACES) == 1


def test_a_failed_early_refresh_falls_back_to_the_still_valid_token(http: urllib3.PoolManager) -> None:
    with FakePrismaPlatform(provisioning_delay=0, access_token_ttl=100) as platform:
        storage = MemoryTokenStorage()
        with make_sdk(platform, storage, refresh_leeway=150) as sdk:
            first = log_in(sdk, http)
            platform.faults.inject_status(500, "POST /token")
            assert sdk.client.GET("/v1/workspaces").status == 200
        assert storage.get_tokens() == first


def test_a_failed_refresh_of_an_expired_token_raises(
    platform: FakePrismaPlatform, http: urllib3.PoolManager
) -> None:
    storage = MemoryTokenStorage()
    with make_sdk(platform, storage) as sdk:
        dead = expired(log_in(sdk, http))
        storage.set_tokens(dead)
        platform.faults.inject_status(500, "POST /token")
        with pytest.raises(AuthError, match="Token request failed with status 500"):
            sdk.client.GET("/v1/workspaces")
    assert storage.get_tokens() == dead
    assert platform.counters.hits(WORKSPACES) == 0


def test_a_token_without_exp_or_refresh_token_is_sent_as_it_is(platform: FakePrismaPlatform) -> None:
    # A service token stored as the access token: no exp, no refresh token.
    storage = MemoryTokenStorage(Tokens(platform.workspace.id, platform.service_token))
    with make_sdk(platform, storage, refresh_leeway=10**9) as sdk:
        assert sdk.client.GET("/v1/workspaces").status == 200
    assert refreshes(platform) == 0


# --- the refresh failing --------------------------------------------------------------------------


def test_invalid_grant_clears_the_tokens_and_says_the_refresh_token_is_invalid(
    platform: FakePrismaPlatform, http: urllib3.PoolManager
) -> None:
    storage = MemoryTokenStorage()
    with make_sdk(platform, storage) as sdk:
        tokens = log_in(sdk, http)
        assert tokens.refresh_token is not None
        platform.oauth.revoke_grant_of(tokens.refresh_token)
        with pytest.raises(AuthError) as caught:
            sdk.client.GET("/v1/workspaces")
    assert caught.value.refresh_token_invalid is True
    assert caught.value.message.startswith("invalid_grant")
    assert storage.get_tokens() is None


async def test_invalid_grant_falls_back_to_clear_tokens_async(
    platform: FakePrismaPlatform, http: urllib3.PoolManager
) -> None:
    storage = PlainStorage()
    async with make_async_sdk(platform, storage) as sdk:
        tokens = await alog_in(sdk, http)
        assert tokens.refresh_token is not None
        platform.oauth.revoke_grant_of(tokens.refresh_token)
        with pytest.raises(AuthError) as caught:
            await sdk.client.GET("/v1/workspaces")
    assert caught.value.refresh_token_invalid is True
    assert storage.cleared == 1 and storage.tokens is None


def test_no_refresh_token_is_an_auth_error(platform: FakePrismaPlatform) -> None:
    storage = MemoryTokenStorage(Tokens(platform.workspace.id, jwt({"workspace_id": "w"})))
    with make_sdk(platform, storage) as sdk, pytest.raises(AuthError) as caught:
        sdk.client.GET("/v1/workspaces")
    assert caught.value.message == "No refresh token available. Please log in again."
    assert caught.value.refresh_token_invalid is False
    assert refreshes(platform) == 0


@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize("fault", ["500", "reset", "timeout"])
async def test_a_failing_token_endpoint_is_a_typed_error_and_keeps_the_tokens(
    platform: FakePrismaPlatform, http: urllib3.PoolManager, fault: str, flavour: str
) -> None:
    storage = MemoryTokenStorage()
    with make_sdk(platform, storage) as sync_sdk:
        before = stale(log_in(sync_sdk, http))
    storage.set_tokens(before)
    if fault == "500":
        platform.faults.inject_status(500, "POST /token")
    elif fault == "reset":
        platform.faults.inject_reset("POST /token")
    else:
        platform.faults.inject_latency(30.0, "POST /token")
    # 10 s: time for a loaded machine to answer the 500 and the reset; 2 s against the 30 s
    # latency, which it never waits out.
    timeout = 2.0 if fault == "timeout" else 10.0
    with pytest.raises(AuthError) as caught:
        if flavour == "sync":
            with make_sdk(platform, storage, timeout=timeout) as sdk:
                sdk.client.GET("/v1/workspaces")
        else:
            async with make_async_sdk(platform, storage, timeout=timeout) as asdk:
                await asdk.client.GET("/v1/workspaces")
    error = caught.value
    assert error.refresh_token_invalid is False
    if fault == "500":
        assert error.message == "Token request failed with status 500"
    else:
        assert error.message == "Network error during token refresh"
        expected = APITimeoutError if fault == "timeout" else APIConnectionError
        assert isinstance(error.__cause__, expected)
    assert storage.get_tokens() == before
    # and once the endpoint is back, the same stored pair still refreshes
    platform.faults.clear()
    with make_sdk(platform, storage) as sdk:
        assert sdk.client.GET("/v1/workspaces").status == 200


# --- storages with their own lock -----------------------------------------------------------------


class LockingStorage(MemoryTokenStorage):
    """Records the refresh lock being held, and that reads inside it happen."""

    def __init__(self) -> None:
        super().__init__()
        self.lock_entries = 0
        self.holder: threading.Thread | None = None
        self.released_by: threading.Thread | None = None

    @contextlib.contextmanager
    def with_refresh_lock(self) -> Generator[None, None, None]:
        self.lock_entries += 1
        self.holder = threading.current_thread()
        yield
        self.released_by = threading.current_thread()


async def test_the_async_sdk_holds_a_sync_lock_on_one_thread(
    platform: FakePrismaPlatform, http: urllib3.PoolManager
) -> None:
    storage = LockingStorage()
    async with make_async_sdk(platform, storage) as sdk:
        storage.set_tokens(stale(await alog_in(sdk, http)))
        assert (await sdk.client.GET("/v1/workspaces")).status == 200
    assert storage.lock_entries == 1
    assert storage.holder is not None and storage.holder is storage.released_by
    assert storage.holder is not threading.main_thread()


class AsyncStorage:
    """An AsyncTokenStorage: coroutine methods and an async lock."""

    def __init__(self) -> None:
        self.tokens: Tokens | None = None
        self.locked = 0

    async def get_tokens(self) -> Tokens | None:
        return self.tokens

    async def set_tokens(self, tokens: Tokens) -> None:
        self.tokens = tokens

    async def clear_tokens(self) -> None:
        self.tokens = None

    @contextlib.asynccontextmanager
    async def with_refresh_lock(self) -> AsyncGenerator[None, None]:
        self.locked += 1
        yield


async def test_an_async_storage_is_used_by_the_async_sdk(
    platform: FakePrismaPlatform, http: urllib3.PoolManager
) -> None:
    storage = AsyncStorage()
    async with make_async_sdk(platform, storage) as sdk:
        tokens = await alog_in(sdk, http)
        assert storage.tokens == tokens
        storage.tokens = stale(tokens)
        assert (await sdk.client.GET("/v1/workspaces")).status == 200
        assert storage.locked == 1 and storage.tokens != tokens
        await sdk.logout()
        assert storage.tokens is None


def test_the_sync_sdk_refuses_an_async_storage() -> None:
    from prisma_management_api import create_management_api_sdk

    with pytest.raises(TypeError, match="create_async_management_api_sdk"):
        create_management_api_sdk("c", "http://127.0.0.1/callback", AsyncStorage())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="get_tokens"):
        create_management_api_sdk("c", "http://127.0.0.1/callback", object())  # type: ignore[arg-type]


# --- a token server that does not rotate refresh tokens (RFC 6749 section 6) -----------------------


def _non_rotating_server(server: LoopbackServer, refresh_field: dict[str, str]) -> list[str]:
    """The token endpoint answers a refresh with a new access token and, per ``refresh_field``,
    no refresh token or an empty one; the API accepts only the newest access token."""
    issued: list[str] = []

    def respond(request: RecordedRequest) -> Reply:
        if request.path == "/token":
            issued.append(jwt({"workspace_id": "wksp_1", "n": len(issued)}))
            return Reply.json({"access_token": issued[-1], "token_type": "Bearer", **refresh_field})
        if issued and request.header("Authorization") == f"Bearer {issued[-1]}":
            return Reply.json({"data": [], "pagination": {"nextCursor": None, "hasMore": False}})
        return Reply.json({"error": {"code": "unauthorized", "message": "bad token"}}, status=401)

    server.reset(respond)
    return issued


@pytest.mark.parametrize("refresh_field", [{}, {"refresh_token": ""}], ids=["absent", "empty"])
def test_a_refresh_answer_without_a_refresh_token_keeps_the_old_one(refresh_field: dict[str, str]) -> None:
    storage = MemoryTokenStorage(Tokens("wksp_1", jwt({"workspace_id": "wksp_1"}), "r-keep"))
    with LoopbackServer() as server:
        issued = _non_rotating_server(server, refresh_field)
        sdk = create_management_api_sdk(
            "c",
            "http://127.0.0.1:8765/callback",
            storage,
            api_base_url=server.base_url,
            auth_base_url=server.base_url,
        )
        with sdk:
            assert sdk.client.GET("/v1/workspaces").status == 200
            assert storage.get_tokens() == Tokens("wksp_1", issued[0], "r-keep")
            storage.set_tokens(Tokens("wksp_1", jwt({"workspace_id": "wksp_1", "revoked": True}), "r-keep"))
            assert sdk.client.GET("/v1/workspaces").status == 200  # the kept token refreshes again
        forms = [parse_qs(r.body.decode()) for r in server.requests if r.path == "/token"]
    assert [form["refresh_token"] for form in forms] == [["r-keep"], ["r-keep"]]
    assert storage.get_tokens() == Tokens("wksp_1", issued[1], "r-keep")


@pytest.mark.parametrize("refresh_field", [{}, {"refresh_token": ""}], ids=["absent", "empty"])
async def test_a_refresh_answer_without_a_refresh_token_keeps_the_old_one_async(
    refresh_field: dict[str, str],
) -> None:
    storage = MemoryTokenStorage(Tokens("wksp_1", jwt({"workspace_id": "wksp_1"}), "r-keep"))
    with LoopbackServer() as server:
        issued = _non_rotating_server(server, refresh_field)
        sdk = create_async_management_api_sdk(
            "c",
            "http://127.0.0.1:8765/callback",
            storage,
            api_base_url=server.base_url,
            auth_base_url=server.base_url,
        )
        async with sdk:
            assert (await sdk.client.GET("/v1/workspaces")).status == 200
    assert storage.get_tokens() == Tokens("wksp_1", issued[0], "r-keep")
