"""Short-lived access tokens: a token that expires in flight is refreshed again, a bounded number
of times; a newer stored pair that has expired too is refreshed, not reused."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import urllib3
from auth.conftest import log_in, make_sdk

from prisma_management_api import MemoryTokenStorage
from prisma_management_api._auth._middleware import MAX_EXPIRED_RESENDS
from prisma_management_api.testing import FakePrismaPlatform


@pytest.fixture
def one_second_tokens() -> Iterator[FakePrismaPlatform]:
    with FakePrismaPlatform(provisioning_delay=0, access_token_ttl=1, refresh_reuse="strict") as fake:
        yield fake


def test_a_token_that_expires_in_flight_twice_is_refreshed_twice(
    one_second_tokens: FakePrismaPlatform, http: urllib3.PoolManager
) -> None:
    platform = one_second_tokens
    with make_sdk(platform, MemoryTokenStorage(), refresh_leeway=0.0) as sdk:
        log_in(sdk, http)
        # the first two sends wait longer than a token lives: each arrives expired
        platform.faults.inject_latency(1.2, "GET /v1/workspaces", times=2)
        result = sdk.client.GET("/v1/workspaces")
    assert result.status == 200
    assert platform.counters.token_requests("refresh_token") == 2
    assert platform.counters.hits("GET /v1/workspaces") == 3


@pytest.mark.slow
def test_resends_of_expired_tokens_are_bounded(
    one_second_tokens: FakePrismaPlatform, http: urllib3.PoolManager
) -> None:
    platform = one_second_tokens
    with make_sdk(platform, MemoryTokenStorage(), refresh_leeway=0.0) as sdk:
        log_in(sdk, http)
        platform.faults.inject_latency(1.2, "GET /v1/workspaces", times=None)
        result = sdk.client.GET("/v1/workspaces")
    assert result.status == 401  # the answer, after the bounded resends
    assert platform.counters.hits("GET /v1/workspaces") == MAX_EXPIRED_RESENDS + 2
