"""A refreshed pair that the storage refuses to store is kept in memory, used, and stored later.

A storage of the user's own whose writes fail while ``down`` is set (a database outage longer
than any retry, as ``tests/storages/test_storage_outage.py`` makes with real servers), on the sync
SDK and on the async SDK's default path (refresh in a thread of its own). The fake is strict: a
pair that was lost would be replayed at the next refresh and revoke the grant.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import subprocess
import sys
import textwrap
import threading
import time
import traceback
from collections.abc import Callable, Coroutine, Iterator
from typing import Any

import pytest
import urllib3

from prisma_management_api import AuthError, MemoryTokenStorage, Tokens, TokenStorageError
from prisma_management_api.testing import FakePrismaPlatform

from .conftest import REDIRECT_URI, log_in, make_async_sdk, make_sdk

WAIT = 60.0


class FlakyStorage:
    """Reads always work; writes fail while ``down`` is set, as a database that went away would."""

    def __init__(self, tokens: Tokens) -> None:
        self.tokens: Tokens | None = tokens
        self.down = False
        self.failed_writes = 0
        self.written = threading.Event()
        self._lock = threading.Lock()

    def get_tokens(self) -> Tokens | None:
        return self.tokens

    def set_tokens(self, tokens: Tokens) -> None:
        if self.down:
            self.failed_writes += 1
            raise ConnectionError("the database is unreachable")
        self.tokens = tokens
        self.written.set()

    def clear_tokens(self) -> None:
        self.tokens = None

    def with_refresh_lock(self) -> threading.Lock:
        return self._lock


@pytest.fixture
def strict() -> Iterator[FakePrismaPlatform]:
    with FakePrismaPlatform(provisioning_delay=0, refresh_reuse="strict") as fake:
        yield fake


def logged_in(platform: FakePrismaPlatform, http: urllib3.PoolManager) -> FlakyStorage:
    sdk = make_sdk(platform, MemoryTokenStorage())
    storage = FlakyStorage(log_in(sdk, http))
    sdk.close()
    return storage


def test_the_sync_sdk_keeps_the_pair_uses_it_and_stores_it_later(
    strict: FakePrismaPlatform, http: urllib3.PoolManager
) -> None:
    storage = logged_in(strict, http)
    before = storage.tokens
    sdk = make_sdk(strict, storage)
    storage.down = True
    strict.advance(3601)  # the access token expired: the next call refreshes
    with pytest.raises(TokenStorageError) as failure:
        sdk.client.GET("/v1/workspaces")
    assert "refreshed but the token storage could not store them: ConnectionError" in failure.value.message
    assert "database is unreachable" not in failure.value.message  # a user storage's text is not quoted
    # Still down: the next calls use the kept pair.
    for _ in range(3):
        assert sdk.client.GET("/v1/workspaces").status == 200
    assert storage.tokens is before
    storage.down = False
    assert storage.written.wait(WAIT), "the kept pair was never stored"
    assert storage.tokens is not None and storage.tokens.refresh_token != before.refresh_token
    # The stored pair is the one in use: it refreshes in turn, and nothing was revoked.
    strict.advance(3601)
    assert sdk.client.GET("/v1/workspaces").status == 200
    assert strict.counters.token_requests("refresh_token") == 2
    assert strict.oauth.grants_revoked == 0
    sdk.close()


def test_logout_drops_the_kept_pair(strict: FakePrismaPlatform, http: urllib3.PoolManager) -> None:
    storage = logged_in(strict, http)
    sdk = make_sdk(strict, storage)
    storage.down = True
    strict.advance(3601)
    with pytest.raises(TokenStorageError):
        sdk.client.GET("/v1/workspaces")
    sdk.logout()
    with pytest.raises(AuthError) as logged_out:  # the kept pair went with the logout
        sdk.client.GET("/v1/workspaces")
    assert not isinstance(logged_out.value, TokenStorageError)
    storage.down = False
    time.sleep(2.5)  # past the background writer's first attempts: it must not bring the pair back
    assert storage.tokens is None
    sdk.close()


async def test_the_async_sdk_keeps_the_pair_uses_it_and_stores_it_later(
    strict: FakePrismaPlatform, http: urllib3.PoolManager
) -> None:
    storage = await asyncio.to_thread(logged_in, strict, http)
    before = storage.tokens
    sdk = make_async_sdk(strict, storage)  # default transport: the refresh runs in a thread
    storage.down = True
    strict.advance(3601)
    with pytest.raises(TokenStorageError):
        await sdk.client.GET("/v1/workspaces")
    assert (await sdk.client.GET("/v1/workspaces")).status == 200
    assert storage.tokens is before
    storage.down = False
    assert await asyncio.to_thread(storage.written.wait, WAIT), "the kept pair was never stored"
    strict.advance(3601)
    assert (await sdk.client.GET("/v1/workspaces")).status == 200
    assert strict.oauth.grants_revoked == 0
    await sdk.aclose()


class QuotingStorage(FlakyStorage):
    """A user storage whose error text quotes the pair it was storing, as a driver error may."""

    refused: Tokens | None = None

    def set_tokens(self, tokens: Tokens) -> None:
        if self.down:
            self.refused = tokens
            raise RuntimeError(f"cannot store {tokens.access_token} / {tokens.refresh_token}")
        super().set_tokens(tokens)


class AsyncQuotingStorage:
    """The async twin (the async SDK then refreshes on its own loop, not in a thread)."""

    def __init__(self, tokens: Tokens) -> None:
        self.tokens: Tokens | None = tokens
        self.down = False
        self.refused: Tokens | None = None
        self._lock = asyncio.Lock()

    async def get_tokens(self) -> Tokens | None:
        return self.tokens

    async def set_tokens(self, tokens: Tokens) -> None:
        if self.down:
            self.refused = tokens
            raise RuntimeError(f"cannot store {tokens.access_token} / {tokens.refresh_token}")
        self.tokens = tokens

    async def clear_tokens(self) -> None:
        self.tokens = None

    def with_refresh_lock(self) -> asyncio.Lock:
        return self._lock


def assert_no_secret_shown(error: BaseException, secrets: list[str], log: str) -> None:
    shown = "".join(traceback.format_exception(type(error), error, error.__traceback__)) + log
    for secret in secrets:
        assert secret not in shown, shown


def test_a_user_storage_error_quoting_the_tokens_is_not_chained(
    strict: FakePrismaPlatform, http: urllib3.PoolManager, caplog: pytest.LogCaptureFixture
) -> None:
    tokens = logged_in(strict, http).tokens
    assert tokens is not None
    storage = QuotingStorage(tokens)
    sdk = make_sdk(strict, storage)
    storage.down = True
    strict.advance(3601)
    caplog.set_level(logging.DEBUG, logger="prisma_management_api")
    with pytest.raises(TokenStorageError) as failure:
        sdk.client.GET("/v1/workspaces")
    refused = storage.refused  # the refreshed pair, which the storage's text quoted
    assert refused is not None and refused.access_token != tokens.access_token
    assert "RuntimeError" in failure.value.message  # its type is still told
    assert sdk.client.GET("/v1/workspaces").status == 200  # and the kept pair in use
    assert_no_secret_shown(failure.value, [refused.access_token, refused.refresh_token], caplog.text)
    storage.down = False
    sdk.close()  # which stores the kept pair: nothing is reported lost at exit


async def test_an_async_user_storage_error_quoting_the_tokens_is_not_chained(
    strict: FakePrismaPlatform, http: urllib3.PoolManager, caplog: pytest.LogCaptureFixture
) -> None:
    tokens = (await asyncio.to_thread(logged_in, strict, http)).tokens
    assert tokens is not None
    storage = AsyncQuotingStorage(tokens)
    sdk = make_async_sdk(strict, storage)
    storage.down = True
    strict.advance(3601)
    caplog.set_level(logging.DEBUG, logger="prisma_management_api")
    with pytest.raises(TokenStorageError) as failure:
        await sdk.client.GET("/v1/workspaces")
    refused = storage.refused
    assert refused is not None and refused.access_token != tokens.access_token
    assert (await sdk.client.GET("/v1/workspaces")).status == 200
    assert_no_secret_shown(failure.value, [refused.access_token, refused.refresh_token], caplog.text)
    storage.down = False
    await sdk.aclose()


# --- the event loop ends before the storage is back (asyncio.run per command) -------------------


class AsyncFlakyStorage:
    """An async storage of the user's own whose writes fail while ``down`` is set: the async SDK
    then refreshes on its loop, and its background writer is a task of that loop."""

    def __init__(self, tokens: Tokens) -> None:
        self.tokens: Tokens | None = tokens
        self.down = False
        self.refused: Tokens | None = None

    async def get_tokens(self) -> Tokens | None:
        return self.tokens

    async def set_tokens(self, tokens: Tokens) -> None:
        if self.down:
            self.refused = tokens
            raise ConnectionError("the database is unreachable")
        self.tokens = tokens

    async def clear_tokens(self) -> None:
        self.tokens = None


def asyncio_run(main: Callable[[], Coroutine[Any, Any, None]]) -> None:
    asyncio.run(main())  # at its end, cancels every task left (the writer among them)


def close_the_loop_abruptly(main: Callable[[], Coroutine[Any, Any, None]]) -> None:
    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(main())
    finally:
        loop.close()  # the tasks still pending are abandoned, never resumed


@pytest.mark.parametrize(
    "end_loop", [asyncio_run, close_the_loop_abruptly], ids=["asyncio.run", "loop.close"]
)
def test_a_pair_kept_when_its_loop_ends_is_used_and_stored_by_the_next_loop(
    strict: FakePrismaPlatform,
    http: urllib3.PoolManager,
    end_loop: Callable[[Callable[[], Coroutine[Any, Any, None]]], None],
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A CLI: one ``asyncio.run()`` per command, the storage down during the first command's
    refresh and back for the second. The second must use the rotated pair (not replay the dead
    refresh token the storage still holds) and store it."""
    tokens = logged_in(strict, http).tokens
    assert tokens is not None
    storage = AsyncFlakyStorage(tokens)
    storage.down = True
    strict.advance(3601)  # the access token has expired: the first command refreshes
    caplog.set_level(logging.WARNING, logger="prisma_management_api")

    async def first_command() -> None:
        async with make_async_sdk(strict, storage) as sdk:
            with pytest.raises(TokenStorageError):
                await sdk.client.GET("/v1/workspaces")
        # Leaving `async with` tried once more, in vain: the storage is still down.

    end_loop(first_command)
    assert storage.tokens is tokens and storage.refused is not None
    assert "could not be stored while closing the SDK (ConnectionError)" in caplog.text
    storage.down = False

    async def second_command() -> None:
        async with make_async_sdk(strict, storage) as sdk:
            assert (await sdk.client.GET("/v1/workspaces")).status == 200

    end_loop(second_command)
    assert storage.tokens is storage.refused  # the rotated pair, stored by the second command
    assert strict.counters.token_requests("refresh_token") == 1
    assert strict.oauth.grants_revoked == 0
    # ... and it is the live pair: a third command refreshes it in turn.
    strict.advance(3601)

    async def third_command() -> None:
        async with make_async_sdk(strict, storage) as sdk:
            assert (await sdk.client.GET("/v1/workspaces")).status == 200

    end_loop(third_command)
    assert strict.counters.token_requests("refresh_token") == 2
    assert strict.oauth.grants_revoked == 0
    assert_no_secret_shown(
        TokenStorageError("-"),
        [storage.refused.access_token, storage.refused.refresh_token or ""],
        caplog.text,
    )


def test_the_sync_sdk_stores_a_kept_pair_when_it_is_closed(
    strict: FakePrismaPlatform, http: urllib3.PoolManager
) -> None:
    """A sync CLI whose storage is back before it ends: closing the SDK stores the kept pair at
    once, without waiting for the background writer's next attempt."""
    storage = logged_in(strict, http)
    before = storage.tokens
    storage.down = True
    strict.advance(3601)
    with make_sdk(strict, storage) as sdk:
        with pytest.raises(TokenStorageError):
            sdk.client.GET("/v1/workspaces")
        storage.down = False
    # Leaving `with` stored it (the background writer's next attempt is a second away at least).
    assert storage.written.is_set(), "closing the SDK did not store the kept pair"
    assert storage.tokens is not None and storage.tokens.refresh_token != before.refresh_token
    assert strict.oauth.grants_revoked == 0


EXIT_SCRIPT = textwrap.dedent(
    """
    import asyncio, json, sys
    from prisma_management_api import Tokens, TokenStorageError, create_async_management_api_sdk

    settings = json.loads(sys.stdin.read())

    class DownStorage:
        def __init__(self, tokens):
            self.tokens = tokens
            self.refused = None

        async def get_tokens(self):
            return self.tokens

        async def set_tokens(self, tokens):
            self.refused = tokens
            raise ConnectionError("the database is unreachable")

        async def clear_tokens(self):
            self.tokens = None

    storage = DownStorage(Tokens.from_dict(settings["tokens"]))

    async def main():
        sdk = create_async_management_api_sdk(
            settings["client_id"], settings["redirect"], storage,
            api_base_url=settings["api"], auth_base_url=settings["auth"],
        )
        async with sdk:
            try:
                await sdk.client.GET("/v1/workspaces")
            except TokenStorageError:
                pass

    asyncio.run(main())
    print(json.dumps(storage.refused.to_dict()), flush=True)
    """
)


def test_a_pair_still_kept_at_exit_is_reported_as_lost_without_its_secrets(
    strict: FakePrismaPlatform, http: urllib3.PoolManager
) -> None:
    tokens = logged_in(strict, http).tokens
    assert tokens is not None
    strict.advance(3601)
    settings = {
        "tokens": tokens.to_dict(),
        "client_id": strict.client_id,
        "redirect": REDIRECT_URI,
        "api": strict.api_url,
        "auth": strict.auth_url,
    }
    done = subprocess.run(
        [sys.executable, "-c", EXIT_SCRIPT],
        input=json.dumps(settings),
        capture_output=True,
        text=True,
        timeout=WAIT * 2,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    refused = json.loads(done.stdout)
    assert refused["refreshToken"] != tokens.refresh_token  # the server rotated the pair
    assert "refreshed tokens were never stored (DownStorage) and are lost with this process" in done.stderr
    assert "the user must log in again" in done.stderr
    for secret in (refused["accessToken"], refused["refreshToken"], tokens.refresh_token):
        assert secret not in done.stderr


class CountingLockStorage(FlakyStorage):
    """A FlakyStorage that counts the times its refresh lock was released."""

    def __init__(self, tokens: Tokens) -> None:
        super().__init__(tokens)
        self.released = 0
        self.release_seen = threading.Condition()

    @contextlib.contextmanager
    def with_refresh_lock(self) -> Iterator[None]:
        with self._lock:
            yield
        with self.release_seen:
            self.released += 1
            self.release_seen.notify_all()


@pytest.mark.parametrize("since", ["a new login", "a logout"])
def test_a_kept_pair_never_overwrites_what_another_process_stored_since(
    strict: FakePrismaPlatform, http: urllib3.PoolManager, since: str
) -> None:
    """While the storage was down another process logged in again (or out). The kept pair is
    older than that: the writer must drop it, not write it over the newer pair (or bring back a
    logged-out login)."""
    first = logged_in(strict, http).tokens
    assert first is not None
    storage = CountingLockStorage(first)
    sdk = make_sdk(strict, storage)
    storage.down = True
    strict.advance(3601)
    with pytest.raises(TokenStorageError):
        sdk.client.GET("/v1/workspaces")  # refreshed; the rotated pair is kept in memory
    newer = None
    if since == "a new login":
        with make_sdk(strict, MemoryTokenStorage()) as other:
            newer = log_in(other, http)
    with storage._lock:  # the writer stores under this lock: it cannot slip in between the two
        storage.down = False
        storage.tokens = newer  # what the other process wrote once the storage was back
        attempts = storage.released
    with storage.release_seen:  # the writer's next attempt, made with the storage back
        assert storage.release_seen.wait_for(lambda: storage.released > attempts, WAIT)
    assert storage.tokens is newer
    if newer is None:
        with pytest.raises(AuthError):  # logged out: the kept pair went with the logout
            sdk.client.GET("/v1/workspaces")
    else:
        assert sdk.client.GET("/v1/workspaces").status == 200  # with the newer login
        assert storage.tokens is newer
    assert strict.oauth.grants_revoked == 0
    sdk.close()
