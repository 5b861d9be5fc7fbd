"""Sockets of a client's lifetime: an async client used across several event loops, or closed with
``aclose()``, leaves no socket open and no ResourceWarning. Sockets are counted from ``/proc``."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import threading
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import aiohttp
import httpx
import pytest
from support.clients import Api
from support.loopback import LoopbackServer
from support.sockets import open_sockets_to

from prisma_management_api import AsyncManagementApiClient, create_async_management_api_client

IN_FLIGHT = 40


@pytest.fixture
def resource_warnings() -> Iterator[list[warnings.WarningMessage]]:
    """ResourceWarnings raised while the test runs (unclosed sockets, sessions, connectors)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        yield caught
        gc.collect()  # what was left open warns when collected
    leaked = [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)]
    assert leaked == []


async def burst(client: AsyncManagementApiClient) -> None:
    results = await asyncio.gather(*(client.request("GET", "/v1/untyped") for _ in range(IN_FLIGHT)))
    assert all(result.response.status == 200 for result in results)


def test_one_async_client_across_event_loops_leaves_no_socket_open(
    server: LoopbackServer, resource_warnings: list[warnings.WarningMessage]
) -> None:
    client = create_async_management_api_client(base_url=server.base_url, max_retries=0)
    for _ in range(5):
        asyncio.run(burst(client))
        # asyncio.run shuts the loop's async generators down: the client's session closed there.
        assert open_sockets_to(server.port) == 0
    asyncio.run(client.aclose())
    assert open_sockets_to(server.port) == 0
    assert len(server.requests) == 5 * IN_FLIGHT


def test_loops_closed_by_hand_are_cleaned_up_by_the_next_loop_and_aclose(
    server: LoopbackServer, resource_warnings: list[warnings.WarningMessage]
) -> None:
    client = create_async_management_api_client(base_url=server.base_url, max_retries=0)
    for _ in range(5):
        loop = asyncio.new_event_loop()
        try:
            loop.run_until_complete(burst(client))
        finally:
            loop.close()  # without shutdown_asyncgens(): the sockets stay until the client notices
        assert 0 < open_sockets_to(server.port) <= IN_FLIGHT  # this loop's only, never piling up
    asyncio.run(client.aclose())
    assert open_sockets_to(server.port) == 0


def test_aclose_closes_the_session_of_a_loop_running_in_another_thread(
    server: LoopbackServer, resource_warnings: list[warnings.WarningMessage]
) -> None:
    client = create_async_management_api_client(base_url=server.base_url, max_retries=0)
    other = asyncio.new_event_loop()
    thread = threading.Thread(target=other.run_forever, daemon=True)
    thread.start()
    try:
        asyncio.run_coroutine_threadsafe(burst(client), other).result(timeout=60)
        assert open_sockets_to(server.port) > 0
        asyncio.run(client.aclose())
        assert open_sockets_to(server.port) == 0
    finally:
        other.call_soon_threadsafe(other.stop)
        thread.join(timeout=10)
        other.close()


async def test_closing_a_client_leaves_no_socket_open(
    apis: Callable[..., Api], server: LoopbackServer, resource_warnings: list[warnings.WarningMessage]
) -> None:
    api = apis(base_url=server.base_url)
    for _ in range(3):
        if api.is_async:
            await asyncio.gather(*(api.request("GET", "/v1/untyped") for _ in range(IN_FLIGHT)))
        else:
            await api.request("GET", "/v1/untyped")
    assert open_sockets_to(server.port) > 0
    await api.close()  # the client, then the harness's own httpx client if it made one
    assert open_sockets_to(server.port) == 0


async def test_an_async_client_works_again_after_aclose(server: LoopbackServer) -> None:
    client = create_async_management_api_client(base_url=server.base_url, max_retries=0)
    await burst(client)
    await client.aclose()
    assert open_sockets_to(server.port) == 0
    await burst(client)  # a new session for this loop, closed in its turn
    await client.aclose()
    assert open_sockets_to(server.port) == 0


@pytest.mark.parametrize("library", ["httpx", "aiohttp"])
def test_a_client_of_your_own_used_after_its_loop_closed_is_a_clear_error(
    server: LoopbackServer, library: str, resource_warnings: list[warnings.WarningMessage]
) -> None:
    made: dict[str, Any] = {}

    async def call() -> None:
        if not made:
            own = httpx.AsyncClient(trust_env=False) if library == "httpx" else aiohttp.ClientSession()
            made["own"] = own
            made["client"] = create_async_management_api_client(
                base_url=server.base_url, http_client=own, max_retries=0
            )
        await made["client"].request("GET", "/v1/untyped")

    asyncio.run(call())
    with pytest.raises(RuntimeError, match="passed as http_client belongs to an event loop that has closed"):
        asyncio.run(call())

    async def close() -> None:
        await made["own"].close() if library == "aiohttp" else await made["own"].aclose()

    with contextlib.suppress(RuntimeError):  # its sockets belong to the closed loop
        asyncio.run(close())
    # So nothing can close them now (as for any client left behind by its loop): only the garbage
    # collector, whose ResourceWarnings are expected here. Collected now, not in a later test that
    # would see them as its own.
    made.clear()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()
    assert open_sockets_to(server.port) == 0
