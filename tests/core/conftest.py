from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest
from support.clients import FLAVOURS, TOKEN, Api, make_api
from support.loopback import LoopbackServer
from support.spec import load_spec, spec_location


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    location = spec_location()
    if location is None:
        pytest.skip("no OpenAPI document: set PRISMA_OPENAPI_SPEC or check out shared/ beside the repo")
    return load_spec(location)


@pytest.fixture(params=FLAVOURS)
def flavour(request: pytest.FixtureRequest) -> str:
    flavour: str = request.param
    return flavour


@pytest.fixture
async def apis(flavour: str) -> AsyncIterator[Callable[..., Api]]:
    """Make clients of this test's flavour; they are closed after the test."""
    made: list[Api] = []

    def make(**kwargs: Any) -> Api:
        api = make_api(flavour, **kwargs)
        made.append(api)
        return api

    yield make
    for api in made:
        await api.close()


@pytest.fixture
def api(apis: Callable[..., Api], server: LoopbackServer) -> Api:
    return apis(token=TOKEN, base_url=server.base_url)
