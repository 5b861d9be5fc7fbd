"""A call's deadline (``Timeout.total``) bounds the token refresh it waits for: the token request
to a slow token endpoint, and the wait for a refresh lock another holder keeps. The call raises
the deadline error on time; the refresh goes on to its end, so the rotated refresh token the
server handed out is stored (the fake revokes the grant if the old one is ever replayed)."""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from collections.abc import Callable, Generator

import pytest
import urllib3
from support.hostile import RawServer, head
from support.scripts import run_python

from prisma_management_api import APITimeoutError, MemoryTokenStorage, Timeout, Tokens
from prisma_management_api.testing import FakePrismaPlatform

from .conftest import REDIRECT_URI, log_in, make_async_sdk, make_sdk, stale

DEADLINE = r"GET .*/v1/workspaces did not complete within its deadline \(Timeout total=1 s\)"


def wait_for(condition: Callable[[], bool], timeout: float = 60.0) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.02)
    return True


async def call_with_deadline(platform: FakePrismaPlatform, storage: object, flavour: str) -> float:
    """``GET /v1/workspaces`` with a 1 s deadline, which must fail with the deadline error; the
    seconds it took."""
    started = time.monotonic()
    with pytest.raises(APITimeoutError, match=DEADLINE):
        if flavour == "sync":
            with make_sdk(platform, storage, timeout=Timeout(30, total=1.0)) as sdk:
                sdk.client.GET("/v1/workspaces")
        else:
            async with make_async_sdk(platform, storage, timeout=Timeout(30, total=1.0)) as asdk:
                await asdk.client.GET("/v1/workspaces")
    return time.monotonic() - started


def assert_the_rotated_pair_is_live(
    platform: FakePrismaPlatform, storage: MemoryTokenStorage, first: Tokens
) -> None:
    assert wait_for(lambda: (storage.get_tokens() or first).refresh_token != first.refresh_token), (
        "the refresh did not finish after the call's deadline: the rotated refresh token is lost"
    )
    kept = storage.get_tokens()
    assert kept is not None
    # The stored refresh token is the live one: a further refresh succeeds, the grant is intact.
    storage.set_tokens(stale(kept))
    with make_sdk(platform, storage) as sdk:
        assert sdk.client.GET("/v1/workspaces").status == 200
    assert platform.counters.token_requests("refresh_token") == 2


@pytest.mark.parametrize("flavour", ["sync", "async"])
async def test_a_slow_token_endpoint_ends_the_call_at_its_deadline_and_the_refresh_still_lands(
    platform: FakePrismaPlatform, http: urllib3.PoolManager, flavour: str
) -> None:
    storage = MemoryTokenStorage()
    with make_sdk(platform, storage) as sdk:
        first = log_in(sdk, http)
    storage.set_tokens(stale(first))  # the next call gets a 401 and refreshes
    platform.faults.inject_latency(6.0, "POST /token")
    elapsed = await call_with_deadline(platform, storage, flavour)
    assert elapsed < 5.0  # the token endpoint answers after 6 s: the call did not wait for it
    assert platform.counters.token_requests("refresh_token") == 1
    assert_the_rotated_pair_is_live(platform, storage, first)


class HeldLockStorage(MemoryTokenStorage):
    """A storage whose refresh lock someone else (another process, say) holds until ``release``."""

    def __init__(self) -> None:
        super().__init__()
        self._held = threading.Lock()
        self.waiting = threading.Event()

    @contextlib.contextmanager
    def with_refresh_lock(self) -> Generator[None, None, None]:
        self.waiting.set()
        with self._held:
            yield

    @contextlib.contextmanager
    def held(self) -> Generator[None, None, None]:
        with self._held:
            yield


@pytest.mark.parametrize("flavour", ["sync", "async"])
async def test_waiting_for_a_held_refresh_lock_ends_at_the_deadline(
    platform: FakePrismaPlatform, http: urllib3.PoolManager, flavour: str
) -> None:
    storage = HeldLockStorage()
    with make_sdk(platform, storage) as sdk:
        first = log_in(sdk, http)
    storage.set_tokens(stale(first))
    with storage.held():
        elapsed = await call_with_deadline(platform, storage, flavour)
        assert storage.waiting.is_set()  # the refresh was waiting for the lock
        assert platform.counters.token_requests("refresh_token") == 0
    assert elapsed < 5.0
    # Once the lock is free, the refresh the call started goes on and stores the rotated pair.
    assert_the_rotated_pair_is_live(platform, storage, first)


REFRESH_THEN_EXIT = """
import sys

from prisma_management_api import APITimeoutError, MemoryTokenStorage, Timeout, Tokens, create_management_api_sdk

api_url, auth_url = sys.argv[1:]
storage = MemoryTokenStorage()
storage.set_tokens(Tokens("w", "opaque-access-token", "opaque-refresh-token"))
sdk = create_management_api_sdk(
    "client", "http://127.0.0.1:8765/callback", storage, api_base_url=api_url, auth_base_url=auth_url,
    timeout=Timeout(2, total=1.0),
)
try:
    sdk.client.GET("/v1/workspaces")  # 401: the refresh runs in a thread the exit waits for
except APITimeoutError:
    print("deadline", flush=True)
sdk.close()
"""


def test_a_token_endpoint_trickling_forever_does_not_hold_the_process_at_exit() -> None:
    """The refresh a call with a deadline leaves behind runs in a non-daemon thread, so that the
    exit waits for its rotated pair to be stored. A token endpoint that trickles its answer (each
    read well within the read timeout) must not make that wait endless: the token request is
    bounded by its connect and read timeouts together (here 2 + 2 s)."""

    def unauthorized(conn: socket.socket, stopping: threading.Event) -> None:
        conn.sendall(head(401, (("Content-Length", "0"),)))

    def endless_header(conn: socket.socket, stopping: threading.Event) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\nX-Trickle: ")
        while not stopping.wait(0.1):
            conn.sendall(b"x")  # one header line that never ends (http.client allows 64 KiB)

    with RawServer(unauthorized) as api, RawServer(endless_header) as auth:
        started = time.monotonic()
        run = run_python(
            REFRESH_THEN_EXIT,
            api.base_url,
            auth.base_url,
            timeout=90,
            hung="the process did not exit: its refresh thread is still reading the trickle",
        )
        elapsed = time.monotonic() - started
        assert auth.requests == 1
    assert run.returncode == 0, run.stderr
    assert run.stdout == "deadline\n"
    assert elapsed < 60  # the refresh gave up after about 4 s; the trickle lasts hours


NO_THREAD_FOR_THE_REFRESH = """
import json, sys, threading

from prisma_management_api import (
    MemoryTokenStorage, Timeout, Tokens, create_management_api_client, create_management_api_sdk,
)

api_url, auth_url, client_id, redirect_uri, service_token = sys.argv[1:]
# A first call with a deadline starts the deadline watchdog's thread while threads can be had.
create_management_api_client(token=service_token, base_url=api_url, timeout=Timeout(30, total=30)).GET(
    "/v1/workspaces"
)
threading.stack_size(2**40)  # from here on no thread starts: "can't start new thread"
storage = MemoryTokenStorage()
storage.set_tokens(Tokens.from_dict(json.loads(sys.stdin.read())))
sdk = create_management_api_sdk(
    client_id, redirect_uri, storage, api_base_url=api_url, auth_base_url=auth_url,
    timeout=Timeout(30, total=20),
)
# A 401, so a refresh, which a call with a deadline runs in a thread of its own; then the same.
print(sdk.client.GET("/v1/workspaces").status, sdk.client.GET("/v1/workspaces").status, flush=True)
"""


def test_a_refresh_with_no_thread_to_run_in_runs_in_the_calling_thread(
    platform: FakePrismaPlatform, http: urllib3.PoolManager
) -> None:
    """Out of threads (a thread or memory limit), a call with a deadline cannot hand its refresh
    to a thread: it refreshes itself rather than fail and leave a refresh no one runs, which the
    next call of the same pair would wait on until its deadline (or, without one, forever)."""
    storage = MemoryTokenStorage()
    with make_sdk(platform, storage) as sdk:
        first = log_in(sdk, http)
    pair = stale(first)
    run = run_python(
        NO_THREAD_FOR_THE_REFRESH,
        platform.api_url,
        platform.auth_url,
        platform.client_id,
        REDIRECT_URI,
        platform.service_token,
        input=json.dumps(pair.to_dict()),
        hung="the calls waited on a refresh no one led",
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout == "200 200\n", run.stderr
    assert platform.counters.token_requests("refresh_token") == 1
