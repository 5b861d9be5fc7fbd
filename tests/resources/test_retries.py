"""Retries against the fake platform: which failures are re-sent, how long the client waits, and
the fake's hit counter proving what went over the wire (above all: a POST is never sent twice
unless it provably never left, or the caller opted in)."""

from __future__ import annotations

import time
from email.utils import formatdate
from typing import Any

import pytest
from support.waiting import wait_for

from prisma_management_api import (
    APIConnectionError,
    APITimeoutError,
    InternalServerError,
    ManagementApiClient,
    NotFoundError,
    RateLimitError,
    RetryPolicy,
    create_async_management_api_client,
    create_management_api_client,
)
from prisma_management_api._core import PreparedRequest, RawResponse
from prisma_management_api._retries import parse_retry_after
from prisma_management_api._transports._urllib3 import Urllib3Transport
from prisma_management_api.testing import FakePrismaPlatform

from .conftest import FAST_RETRIES

LIST = "GET /v1/projects"
CREATE = "POST /v1/projects"


def _client(fake: FakePrismaPlatform, policy: int | RetryPolicy = FAST_RETRIES) -> ManagementApiClient:
    return create_management_api_client(token=fake.service_token, base_url=fake.api_url, max_retries=policy)


# --- what is retried --------------------------------------------------------------------------


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_a_get_is_retried_after_a_retryable_status(
    fake: FakePrismaPlatform, client: ManagementApiClient, status: int
) -> None:
    fake.faults.inject_status(status, LIST, times=2)
    result = client.projects.with_raw_response.list()
    assert result.response.ok
    assert result.retries == 2
    assert fake.counters.hits(LIST) == 3


def test_retries_stop_at_max_retries_and_the_last_error_is_raised(
    fake: FakePrismaPlatform, client: ManagementApiClient
) -> None:
    fake.faults.inject_status(503, LIST, times=5)
    with pytest.raises(InternalServerError) as raised:
        list(client.projects.list())
    assert raised.value.status_code == 503
    assert fake.counters.hits(LIST) == 3  # the first attempt and max_retries=2 more


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422])
def test_a_client_error_is_not_retried(
    fake: FakePrismaPlatform, client: ManagementApiClient, status: int
) -> None:
    fake.faults.inject_status(status, LIST, times=1)
    result = client.projects.with_raw_response.list()
    assert result.status == status
    assert result.retries == 0
    assert fake.counters.hits(LIST) == 1


def test_a_post_that_reached_the_server_is_never_sent_twice(
    fake: FakePrismaPlatform, client: ManagementApiClient
) -> None:
    for status in (503, 429, 500):
        fake.faults.inject_status(status, CREATE, times=1)
    for expected in (InternalServerError, RateLimitError, InternalServerError):
        with pytest.raises(expected):
            client.projects.create(name="once")
    assert fake.counters.hits(CREATE) == 3  # three calls, one request each
    assert list(client.projects.list()) == []  # and nothing was created


def test_a_post_whose_connection_was_reset_is_not_resent(
    fake: FakePrismaPlatform, client: ManagementApiClient
) -> None:
    fake.faults.inject_reset(CREATE, times=1)
    with pytest.raises(APIConnectionError) as raised:
        client.projects.create(name="maybe")
    assert raised.value.request_sent is True
    assert fake.counters.hits(CREATE) == 1


def test_an_opted_in_post_is_retried(fake: FakePrismaPlatform, client: ManagementApiClient) -> None:
    fake.faults.inject_status(503, CREATE, times=1)
    fake.faults.inject_reset(CREATE, times=1)
    result = client.projects.with_raw_response.create(name="safe", idempotent=True)
    assert result.response.ok
    assert result.retries == 2
    assert fake.counters.hits(CREATE) == 3


def test_a_patch_is_not_retried_but_put_and_delete_are(
    fake: FakePrismaPlatform, client: ManagementApiClient
) -> None:
    project = client.projects.create(name="p")
    fake.faults.inject_status(503, "PATCH /v1/projects/{id}", times=1)
    assert client.projects.with_raw_response.update(project.id, name="x").status == 503
    assert fake.counters.hits("PATCH /v1/projects/{id}") == 1

    branch = client.projects.branches.create(project.id, git_name="feature")
    topology = "PUT /v1/projects/{projectId}/branches/{branchId}/application-topology"
    fake.faults.inject_status(503, topology, times=1)
    put = client.projects.branches.application_topology.with_raw_response.update(
        project.id, branch.id, nodes=[], ports=[], edges=[]
    )
    assert (put.status, put.retries, fake.counters.hits(topology)) == (200, 1, 2)

    scratch = client.projects.branches.create(project.id, git_name="scratch")
    fake.faults.inject_status(502, "DELETE /v1/branches/{branchId}", times=1)
    deleted = client.branches.with_raw_response.delete(scratch.id)
    assert (deleted.status, deleted.retries) == (204, 1)


def test_a_get_is_retried_after_a_connection_reset(
    fake: FakePrismaPlatform, client: ManagementApiClient
) -> None:
    fake.faults.inject_reset(LIST, times=1)
    assert client.projects.with_raw_response.list().retries == 1
    assert fake.counters.hits(LIST) == 2


def test_a_get_is_retried_after_a_read_timeout(fake: FakePrismaPlatform, client: ManagementApiClient) -> None:
    # The retry must be answered within the timeout: 2 s, which a loaded machine meets, against
    # a latency no timeout can mistake.
    fake.faults.inject_latency(30.0, LIST, times=1)
    result = client.projects.with_raw_response.list(timeout=2.0)
    assert (result.response.ok, result.retries) == (True, 1)


def test_a_read_timeout_is_raised_once_retries_run_out(fake: FakePrismaPlatform) -> None:
    fake.faults.inject_latency(1.0, LIST, times=2)
    with _client(fake, FAST_RETRIES).with_options(max_retries=1) as client, pytest.raises(APITimeoutError):
        client.projects.with_raw_response.list(timeout=0.2)
    # the second attempt was sent; a loaded server may read it after the client gave up on it
    assert wait_for(lambda: fake.counters.hits(LIST) == 2, timeout=30)


class _RefusingFirst:
    """A transport (the network edge) whose first connection attempt is refused."""

    def __init__(self) -> None:
        self.inner = Urllib3Transport()
        self.refused = 0

    def send(self, request: PreparedRequest) -> RawResponse:
        if self.refused == 0:
            self.refused += 1
            raise APIConnectionError("connection refused", request_sent=False)
        return self.inner.send(request)

    def close(self) -> None:
        self.inner.close()


def test_a_post_that_never_left_is_retried(fake: FakePrismaPlatform) -> None:
    transport = _RefusingFirst()
    with create_management_api_client(
        token=fake.service_token, base_url=fake.api_url, http_client=transport, max_retries=FAST_RETRIES
    ) as client:
        result = client.projects.with_raw_response.create(name="sent once")
    assert (result.status, result.retries, transport.refused) == (201, 1, 1)
    assert fake.counters.hits(CREATE) == 1


def test_with_options_changes_max_retries(fake: FakePrismaPlatform, client: ManagementApiClient) -> None:
    fake.faults.inject_status(503, LIST, times=1)
    no_retries = client.with_options(max_retries=0)
    assert (no_retries.max_retries, client.max_retries) == (0, 2)
    assert no_retries.projects.with_raw_response.list().status == 503
    assert client.projects.with_raw_response.list().retries == 0  # the fault was used up
    assert fake.counters.hits(LIST) == 2


def test_the_path_methods_retry_too(fake: FakePrismaPlatform, client: ManagementApiClient) -> None:
    fake.faults.inject_status(503, LIST, times=1)
    result = client.GET("/v1/projects")
    assert (result.response.ok, result.retries) == (True, 1)


def test_a_streamed_log_request_is_retried(fake: FakePrismaPlatform, client: ManagementApiClient) -> None:
    project = client.projects.create(name="p")
    build = client.builds.create(source="ci", commit_sha="b" * 40, branch_name="main", project_id=project.id)
    route = "GET /v1/builds/{buildId}/logs"
    fake.faults.inject_status(503, route, times=1)
    result = client.builds.with_raw_response.logs(build.id)
    assert (result.response.ok, result.retries) == (True, 1)
    assert result.data is not None
    with result.data as events:
        assert [event.type for event in events][-1] == "terminal"


# --- how long it waits ------------------------------------------------------------------------


def _timed(call: Any) -> float:
    started = time.monotonic()
    call()
    return time.monotonic() - started


def test_retry_after_seconds_is_waited_instead_of_the_backoff(fake: FakePrismaPlatform) -> None:
    # A backoff of 30 s would fail the test: Retry-After (0.3 s) is what counts.
    slow_backoff = RetryPolicy(max_retries=1, initial_delay=30, max_delay=30, jitter=0)
    fake.faults.inject_status(429, LIST, times=1, retry_after=0.3)
    with _client(fake, slow_backoff) as client:
        waited = _timed(lambda: client.projects.with_raw_response.list())
    assert 0.3 <= waited < 15  # well short of the 30 s backoff, however slow the round trips


def test_retry_after_as_an_http_date_is_honoured(fake: FakePrismaPlatform) -> None:
    slow_backoff = RetryPolicy(max_retries=1, initial_delay=30, max_delay=30, jitter=0)
    fake.faults.inject_status(503, LIST, times=1, retry_after=formatdate(time.time() - 5, usegmt=True))
    with _client(fake, slow_backoff) as client:
        waited = _timed(lambda: client.projects.with_raw_response.list())
    assert waited < 15  # a date already past: retry at once, not after the 30 s backoff


def test_without_retry_after_the_backoff_is_waited(fake: FakePrismaPlatform) -> None:
    backoff = RetryPolicy(max_retries=2, initial_delay=0.15, max_delay=10, jitter=0)
    fake.faults.inject_status(429, LIST, times=2)
    with _client(fake, backoff) as client:
        waited = _timed(lambda: client.projects.with_raw_response.list())
    assert 0.45 <= waited < 10  # 0.15 s, then 0.3 s (not the 10 s cap; round trips may be slow)


def test_a_retry_after_beyond_the_cap_is_not_waited_out(
    fake: FakePrismaPlatform, client: ManagementApiClient
) -> None:
    fake.faults.inject_status(429, LIST, times=1, retry_after=120)
    started = time.monotonic()
    with pytest.raises(RateLimitError) as raised:
        list(client.projects.list())
    assert time.monotonic() - started < 60  # not the 120 s asked for
    assert raised.value.retry_after == 120
    assert fake.counters.hits(LIST) == 1


def test_retry_after_parsing() -> None:
    now = 1_700_000_000.0
    assert parse_retry_after("2") == 2.0
    assert parse_retry_after(" 1.5 ") == 1.5
    assert parse_retry_after("-3") == 0.0
    assert parse_retry_after(formatdate(now + 10, usegmt=True), now=now) == 10.0
    assert parse_retry_after(formatdate(now - 10, usegmt=True), now=now) == 0.0
    for unusable in (None, "", "soon", "nan", "inf", "Mon, 99 Foo 2024 00:00:00 GMT"):
        assert parse_retry_after(unusable) is None


def test_backoff_doubles_up_to_the_cap_and_jitter_only_shortens() -> None:
    policy = RetryPolicy(initial_delay=0.5, max_delay=8, jitter=0)
    assert [policy.backoff(n) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    jittered = RetryPolicy(initial_delay=1, max_delay=8, jitter=0.5)
    assert all(0.5 <= jittered.backoff(0) <= 1.0 for _ in range(50))


@pytest.mark.parametrize(
    "kwargs",
    [{"max_retries": -1}, {"max_retries": True}, {"initial_delay": -0.1}, {"jitter": 2}, {"max_delay": "1"}],
)
def test_a_bad_retry_policy_is_refused(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match=next(iter(kwargs))):
        RetryPolicy(**kwargs)


def test_a_bad_max_retries_is_refused() -> None:
    with pytest.raises(ValueError, match="max_retries"):
        create_management_api_client(token="t", max_retries=-2)


# --- async parity -----------------------------------------------------------------------------


async def test_async_retries_match_sync(fake: FakePrismaPlatform) -> None:
    async with create_async_management_api_client(
        token=fake.service_token, base_url=fake.api_url, max_retries=FAST_RETRIES
    ) as client:
        fake.faults.inject_status(503, LIST, times=2)
        listed = await client.projects.with_raw_response.list()
        assert (listed.response.ok, listed.retries) == (True, 2)

        fake.faults.inject_status(503, CREATE, times=1)
        with pytest.raises(InternalServerError):
            await client.projects.create(name="once")
        assert fake.counters.hits(CREATE) == 1

        fake.faults.inject_reset(CREATE, times=1)
        with pytest.raises(APIConnectionError):
            await client.projects.create(name="once")
        assert fake.counters.hits(CREATE) == 2

        fake.faults.inject_status(503, CREATE, times=1)
        created = await client.projects.with_raw_response.create(name="opted in", idempotent=True)
        assert (created.status, created.retries) == (201, 1)
        assert fake.counters.hits(CREATE) == 4

        before = fake.counters.hits(LIST)
        fake.faults.inject_reset(LIST, times=1)
        assert (await client.projects.with_raw_response.list()).response.ok
        # Re-sent once (by aiohttp itself when the reset connection was a reused one, else by us).
        assert fake.counters.hits(LIST) == before + 2

        fake.faults.inject_status(429, LIST, times=1, retry_after=0.3)
        started = time.monotonic()
        await client.projects.with_raw_response.list()
        assert 0.3 <= time.monotonic() - started < 30  # Retry-After waited, and it ends

        fake.faults.inject_status(503, LIST, times=1)
        assert (await client.with_options(max_retries=0).projects.with_raw_response.list()).status == 503


async def test_async_streamed_log_request_is_retried(fake: FakePrismaPlatform) -> None:
    async with create_async_management_api_client(
        token=fake.service_token, base_url=fake.api_url, max_retries=FAST_RETRIES
    ) as client:
        project = await client.projects.create(name="p")
        build = await client.builds.create(
            source="ci", commit_sha="c" * 40, branch_name="main", project_id=project.id
        )
        fake.faults.inject_status(503, "GET /v1/builds/{buildId}/logs", times=1)
        stream = await client.builds.logs(build.id)
        async with stream:
            assert [event.type async for event in stream][-1] == "terminal"
        with pytest.raises(NotFoundError):
            await client.builds.logs("bld_doesnotexist000")
