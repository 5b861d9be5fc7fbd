from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from prisma_management_api import (
    AsyncManagementApiClient,
    ManagementApiClient,
    RetryPolicy,
    create_async_management_api_client,
    create_management_api_client,
)
from prisma_management_api.testing import FakePrismaPlatform

# Retries as in production, but waits of milliseconds: the tests assert counts, not clocks.
FAST_RETRIES = RetryPolicy(max_retries=2, initial_delay=0.001, max_delay=0.005, jitter=0)


@pytest.fixture
def fake() -> Iterator[FakePrismaPlatform]:
    with FakePrismaPlatform(provisioning_delay=0) as platform:
        yield platform


@pytest.fixture
def client(fake: FakePrismaPlatform) -> Iterator[ManagementApiClient]:
    with create_management_api_client(
        token=fake.service_token, base_url=fake.api_url, max_retries=FAST_RETRIES
    ) as made:
        yield made


@pytest.fixture
async def aclient(fake: FakePrismaPlatform) -> AsyncIterator[AsyncManagementApiClient]:
    async with create_async_management_api_client(
        token=fake.service_token, base_url=fake.api_url, max_retries=FAST_RETRIES
    ) as made:
        yield made
