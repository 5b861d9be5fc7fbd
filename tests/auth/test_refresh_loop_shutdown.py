"""An event loop that ends while a refresh is in flight must not lose the rotated refresh token.

The fake runs its strict reuse policy: a rotated refresh token presented again revokes the whole
grant. Between the SDK and the fake's token endpoint sits a relay on loopback (a slow network):
it forwards the refresh to the fake, which rotates the token, and holds the answer until the
test has ended the SDK's event loop. A refresh whose answer dies with the loop leaves the old,
already rotated token in storage, and the next refresh revokes the user's grant.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
import urllib3
from support.loopback import LoopbackServer, RecordedRequest, Reply
from support.waiting import wait_for

from prisma_management_api import (
    FileTokenStorage,
    MemoryTokenStorage,
    Tokens,
    create_async_management_api_sdk,
)
from prisma_management_api.testing import FakePrismaPlatform

from .conftest import REDIRECT_URI, log_in, make_sdk, stale

SKIPPED_HEADERS = {"host", "content-length", "connection", "transfer-encoding", "accept-encoding"}


def slow_relay(
    target: str, pool: urllib3.PoolManager, answered: threading.Event, release: threading.Event
) -> Callable[[RecordedRequest], Reply]:
    """Forward each request to ``target``; once the answer is in, set ``answered`` and hold it
    until ``release`` (at most 60 s)."""

    def relay(request: RecordedRequest) -> Reply:
        headers = {k: v for k, v in request.headers if k.lower() not in SKIPPED_HEADERS}
        response = pool.request(request.method, target + request.target, body=request.body, headers=headers)
        answered.set()
        release.wait(timeout=60)
        content_type = response.headers.get("Content-Type", "application/json")
        return Reply(response.status, response.data, [("Content-Type", content_type)])

    return relay


def run_asyncio_run(main: Callable[[], object]) -> None:
    asyncio.run(main())  # type: ignore[arg-type]  # at its end, cancels every task left


def close_the_loop_abruptly(main: Callable[[], object]) -> None:
    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(main())  # type: ignore[arg-type]
    finally:
        loop.close()  # the tasks still pending are abandoned, never resumed


@pytest.mark.parametrize(
    "end_loop", [run_asyncio_run, close_the_loop_abruptly], ids=["asyncio.run", "loop.close"]
)
@pytest.mark.parametrize("storage_kind", ["file", "memory"])
def test_a_loop_that_ends_mid_refresh_keeps_the_rotated_refresh_token(
    platform: FakePrismaPlatform,
    http: urllib3.PoolManager,
    tmp_path: Path,
    end_loop: Callable[[Callable[[], object]], None],
    storage_kind: str,
) -> None:
    storage: FileTokenStorage | MemoryTokenStorage = (
        FileTokenStorage(tmp_path / "credentials.json") if storage_kind == "file" else MemoryTokenStorage()
    )
    with make_sdk(platform, storage) as sdk:
        first = log_in(sdk, http)
    storage.set_tokens(stale(first))  # the next call gets a 401 and refreshes
    answered, release = threading.Event(), threading.Event()
    relay_pool = urllib3.PoolManager()
    with LoopbackServer() as relay:
        relay.reset(slow_relay(platform.auth_url, relay_pool, answered, release))

        async def main() -> None:
            sdk = create_async_management_api_sdk(
                platform.client_id,
                REDIRECT_URI,
                storage,
                api_base_url=platform.api_url,
                auth_base_url=relay.base_url,
            )
            call = asyncio.get_running_loop().create_task(sdk.client.GET("/v1/workspaces"))
            # The fake has rotated the refresh token; its answer is on its way. The loop ends now.
            assert await asyncio.to_thread(answered.wait, 60)
            assert not call.done()

        end_loop(main)
        assert platform.counters.token_requests("refresh_token") == 1
        release.set()  # the answer reaches the SDK, whose loop is gone
        assert wait_for(lambda: (storage.get_tokens() or first).refresh_token != first.refresh_token), (
            "the rotated refresh token was lost with the loop"
        )
    relay_pool.clear()
    kept = storage.get_tokens()
    assert kept is not None and kept.workspace_id == first.workspace_id
    # The stored refresh token is the live one: the next refresh succeeds, the grant is intact.
    storage.set_tokens(Tokens(kept.workspace_id, stale(kept).access_token, kept.refresh_token))
    with make_sdk(platform, storage) as sdk:
        assert sdk.client.GET("/v1/workspaces").status == 200
    assert platform.counters.token_requests("refresh_token") == 2
