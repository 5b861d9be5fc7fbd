"""One test body for both clients: ``await api.call(...)`` drives the sync or the async client.

The sync client is called directly (it blocks the test's event loop, which is harmless: the
loopback server runs in its own threads); the async client is awaited. Each flavour can run over
the default transport or over a user-supplied httpx client.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx

from prisma_management_api import (
    ApiResult,
    AsyncManagementApiClient,
    ManagementApiClient,
    create_async_management_api_client,
    create_management_api_client,
)

# sync/async x default transport/httpx: every wire rule runs on each.
FLAVOURS = ("sync", "async", "sync-httpx", "async-httpx")

# A recognisable secret: tests look for it where it must never appear (reprs, messages).
TOKEN = "wire-secret-token-0123"


class Api:
    def __init__(
        self, flavour: str, client: ManagementApiClient | AsyncManagementApiClient, own: Any
    ) -> None:
        self.flavour = flavour
        self.client = client
        self._own = own  # an HTTP client this harness made for the flavour, closed by close()

    @property
    def is_async(self) -> bool:
        return self.flavour.startswith("async")

    async def call(self, method: str, path: str, **kwargs: Any) -> ApiResult[Any, Any]:
        """A typed-method call: ``client.GET(path, ...)``."""
        outcome = getattr(self.client, method)(path, **kwargs)
        result: ApiResult[Any, Any] = await outcome if self.is_async else outcome
        return result

    async def request(self, method: str, path: str, **kwargs: Any) -> ApiResult[Any, Any]:
        """The untyped escape hatch: ``client.request(method, path, ...)``."""
        outcome = self.client.request(method, path, **kwargs)
        result: ApiResult[Any, Any] = await outcome if self.is_async else outcome
        return result

    async def records(self, stream: Any) -> AsyncIterator[Any]:
        """Iterate an NDJSON result, sync or async, one record at a time."""
        if self.is_async:
            async for record in stream:
                yield record
        else:
            for record in stream:
                yield record

    async def close(self) -> None:
        if isinstance(self.client, AsyncManagementApiClient):
            await self.client.aclose()
        else:
            self.client.close()
        if isinstance(self._own, httpx.AsyncClient):
            await self._own.aclose()
        elif isinstance(self._own, httpx.Client):
            self._own.close()


def make_api(flavour: str, **kwargs: Any) -> Api:
    """A client of ``flavour`` built with ``create_*_management_api_client(**kwargs)``.

    Retries are off unless asked for: each wire rule is observed on exactly one attempt (retries
    have tests of their own).
    """
    kwargs.setdefault("max_retries", 0)
    own: Any = None
    if flavour == "sync-httpx":
        own = kwargs["http_client"] = httpx.Client(trust_env=False)
    elif flavour == "async-httpx":
        own = kwargs["http_client"] = httpx.AsyncClient(trust_env=False)
    if flavour.startswith("async"):
        return Api(flavour, create_async_management_api_client(**kwargs), own)
    return Api(flavour, create_management_api_client(**kwargs), own)
