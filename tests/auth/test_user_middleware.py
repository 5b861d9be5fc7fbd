"""User middleware under the SDK's token handling: it sees each attempt, with the token sent."""

from __future__ import annotations

import logging

import pytest
import urllib3

from prisma_management_api import (
    AsyncMiddleware,
    MemoryTokenStorage,
    Middleware,
    MiddlewareContext,
    Request,
    Response,
)
from prisma_management_api.testing import FakePrismaPlatform

from .conftest import alog_in, log_in, make_async_sdk, make_sdk, stale


class Seen(Middleware):
    def __init__(self) -> None:
        self.sent: list[tuple[int, str | None]] = []
        self.answers: list[int] = []

    def on_request(self, request: Request, context: MiddlewareContext) -> None:
        self.sent.append((context.attempt, request.headers.get("authorization")))

    def on_response(self, response: Response, request: Request, context: MiddlewareContext) -> None:
        self.answers.append(response.status)


def test_middleware_sees_the_401_and_the_resend_with_the_refreshed_token(
    platform: FakePrismaPlatform, http: urllib3.PoolManager
) -> None:
    storage = MemoryTokenStorage()
    seen = Seen()
    with make_sdk(platform, storage, middleware=[seen]) as sdk:
        first = stale(log_in(sdk, http))  # an access token the server no longer takes
        storage.set_tokens(first)
        result = sdk.client.GET("/v1/workspaces")
    assert result.status == 200
    refreshed = storage.get_tokens()
    assert refreshed is not None and refreshed.access_token != first.access_token
    assert seen.sent == [(0, f"Bearer {first.access_token}"), (1, f"Bearer {refreshed.access_token}")]
    assert seen.answers == [401, 200]


async def test_async_middleware_sees_the_refreshed_token_too(
    platform: FakePrismaPlatform, http: urllib3.PoolManager
) -> None:
    storage = MemoryTokenStorage()
    tokens_seen: list[str | None] = []

    class Watch(AsyncMiddleware):
        async def on_request(self, request: Request, context: MiddlewareContext) -> None:
            tokens_seen.append(request.headers.get("Authorization"))

    async with make_async_sdk(platform, storage) as sdk:
        first = stale(await alog_in(sdk, http))
        storage.set_tokens(first)
        result = await sdk.client.GET("/v1/workspaces", middleware=[Watch()])
    refreshed = storage.get_tokens()
    assert result.status == 200 and refreshed is not None
    assert tokens_seen == [f"Bearer {first.access_token}", f"Bearer {refreshed.access_token}"]


def test_a_middleware_answer_to_a_401_is_what_the_refresh_sees(
    platform: FakePrismaPlatform, http: urllib3.PoolManager
) -> None:
    class Hide401(Middleware):  # a 401 turned into a 403 is final: no refresh, no resend
        def on_response(
            self, response: Response, request: Request, context: MiddlewareContext
        ) -> Response | None:
            if response.status == 401:
                return Response.from_json({"error": {"code": "forbidden", "message": "hidden"}}, status=403)
            return None

    storage = MemoryTokenStorage()
    with make_sdk(platform, storage) as sdk:
        first = log_in(sdk, http)
        storage.set_tokens(stale(first))
        result = sdk.client.GET("/v1/workspaces", middleware=[Hide401()])
    assert result.status == 403
    assert platform.counters.token_requests("refresh_token") == 0


def test_an_sdk_for_another_user_keeps_the_middleware(
    platform: FakePrismaPlatform, http: urllib3.PoolManager
) -> None:
    seen = Seen()
    with make_sdk(platform, MemoryTokenStorage(), middleware=[seen]) as sdk:
        other_storage = MemoryTokenStorage()
        other = sdk.for_storage(other_storage)
        tokens = log_in(other, http)
        other.client.GET("/v1/workspaces")
        assert other.client.middleware == (seen,)
        other.client.use(Seen())
        assert sdk.client.middleware == (seen,), "the other user's use() leaves the SDK's list alone"
    assert seen.sent == [(0, f"Bearer {tokens.access_token}")]


def test_an_sdk_for_another_user_logs_each_attempt_as_the_sdk_does(
    platform: FakePrismaPlatform, http: urllib3.PoolManager, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="prisma_management_api")  # before the SDK: PRISMA_LOG=debug
    with make_sdk(platform, MemoryTokenStorage()) as sdk:
        other = sdk.for_storage(MemoryTokenStorage())
        log_in(other, http)
        caplog.clear()
        other.client.GET("/v1/workspaces")
    attempts = [r.getMessage() for r in caplog.records if r.getMessage().startswith("attempt GET")]
    assert len(attempts) == 1 and attempts[0].startswith("attempt GET /v1/workspaces -> 200"), attempts
