"""Short-lived access tokens: a token that expires in flight is refreshed again, a bounded number
of times; a newer stored pair that has expired too is refreshed, not reused."""

from __future__ import annotations

import logging
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


def test_a_token_that_expires_in_flight_twice_is_refreshed_twice(http: urllib3.PoolManager) -> None:
    # 2 s tokens: exp is whole seconds, so a token lives between 1 and 2 s. The first two sends
    # wait longer than that and arrive expired; the third has at least 1 s to arrive, which even
    # a loaded machine does (a 1 s token might live a few milliseconds only).
    platform = FakePrismaPlatform(provisioning_delay=0, access_token_ttl=2, refresh_reuse="strict")
    with platform, make_sdk(platform, MemoryTokenStorage(), refresh_leeway=0.0) as sdk:
        log_in(sdk, http)
        platform.faults.inject_latency(2.1, "GET /v1/workspaces", times=2)
        result = sdk.client.GET("/v1/workspaces")
    assert result.status == 200
    assert platform.counters.token_requests("refresh_token") == 2
    assert platform.counters.hits("GET /v1/workspaces") == 3


@pytest.mark.slow
def test_resends_of_expired_tokens_are_bounded_and_the_401_left_is_explained(
    one_second_tokens: FakePrismaPlatform, http: urllib3.PoolManager, caplog: pytest.LogCaptureFixture
) -> None:
    platform = one_second_tokens
    with make_sdk(platform, MemoryTokenStorage(), refresh_leeway=0.0) as sdk:
        tokens = log_in(sdk, http)
        platform.faults.inject_latency(1.2, "GET /v1/workspaces", times=None)
        with caplog.at_level(logging.WARNING, "prisma_management_api"):
            result = sdk.client.GET("/v1/workspaces")
    assert result.status == 401  # the answer, after the bounded resends
    assert platform.counters.hits("GET /v1/workspaces") == MAX_EXPIRED_RESENDS + 2
    # the log says why, so that a slow machine is told apart from refused credentials
    assert [record.getMessage() for record in caplog.records] == [
        f"GET /v1/workspaces: the access token expired in flight again after {MAX_EXPIRED_RESENDS + 1}"
        " refreshes; answering the 401"
    ]
    assert tokens.access_token not in caplog.text and tokens.refresh_token not in caplog.text
