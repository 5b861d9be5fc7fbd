"""Fixtures: the fake platform on loopback, and helpers to log in without a browser."""

from __future__ import annotations

import asyncio
import base64
import json
import time
from collections.abc import Iterator, Mapping
from typing import Any

import pytest
import urllib3

from prisma_management_api import (
    AsyncManagementApiSdk,
    ManagementApiSdk,
    MemoryTokenStorage,
    Tokens,
    create_async_management_api_sdk,
    create_management_api_sdk,
)
from prisma_management_api.testing import FakePrismaPlatform

SCOPE = "workspace:admin offline_access"
REDIRECT_URI = "http://127.0.0.1:8765/callback"


@pytest.fixture
def platform() -> Iterator[FakePrismaPlatform]:
    with FakePrismaPlatform(provisioning_delay=0) as fake:
        yield fake


@pytest.fixture(scope="session")
def http() -> Iterator[urllib3.PoolManager]:
    pool = urllib3.PoolManager()
    yield pool
    pool.clear()


def follow_authorize(http: urllib3.PoolManager, login_url: str) -> str:
    """What the browser does: GET the authorize URL, answer the consent, land on the redirect."""
    response = http.request("GET", login_url, redirect=False)
    assert response.status == 302, response.data
    location: str = response.headers["Location"]
    return location


def make_sdk(platform: FakePrismaPlatform, storage: Any = None, **kwargs: Any) -> ManagementApiSdk:
    return create_management_api_sdk(
        platform.client_id,
        REDIRECT_URI,
        storage if storage is not None else MemoryTokenStorage(),
        api_base_url=platform.api_url,
        auth_base_url=platform.auth_url,
        **kwargs,
    )


def log_in(sdk: ManagementApiSdk, http: urllib3.PoolManager, scope: str = SCOPE) -> Tokens:
    login = sdk.get_login_url(scope)
    return sdk.handle_callback(follow_authorize(http, login.url), login.verifier, login.state)


def make_async_sdk(platform: FakePrismaPlatform, storage: Any = None, **kwargs: Any) -> AsyncManagementApiSdk:
    return create_async_management_api_sdk(
        platform.client_id,
        REDIRECT_URI,
        storage if storage is not None else MemoryTokenStorage(),
        api_base_url=platform.api_url,
        auth_base_url=platform.auth_url,
        **kwargs,
    )


async def alog_in(sdk: AsyncManagementApiSdk, http: urllib3.PoolManager, scope: str = SCOPE) -> Tokens:
    login = sdk.get_login_url(scope)
    callback = await asyncio.to_thread(follow_authorize, http, login.url)
    return await sdk.handle_callback(callback, login.verifier, login.state)


def jwt(claims: Mapping[str, object]) -> str:
    """An unsigned JWT-shaped token: the SDK reads its claims; the fake API refuses it."""

    def part(value: object) -> str:
        return base64.urlsafe_b64encode(json.dumps(value).encode()).rstrip(b"=").decode()

    return f"{part({'alg': 'RS256', 'typ': 'JWT'})}.{part(claims)}.bm90LXNpZ25lZA"


def stale(tokens: Tokens) -> Tokens:
    """The same login with an access token the API refuses (revoked, say) but that looks valid
    to the SDK (no ``exp``), so the next call gets a 401."""
    return Tokens(tokens.workspace_id, jwt({"workspace_id": tokens.workspace_id}), tokens.refresh_token)


def expired(tokens: Tokens) -> Tokens:
    """The same login with an access token whose ``exp`` has passed."""
    claims = {"workspace_id": tokens.workspace_id, "exp": int(time.time()) - 10}
    return Tokens(tokens.workspace_id, jwt(claims), tokens.refresh_token)


class PlainStorage:
    """The smallest TokenStorage a user writes: three methods, no lock, no clear-if-current.

    With it, only the SDK's own single-flight stands between concurrent callers and a second
    refresh (which the fake punishes: a rotated refresh token used twice revokes the grant).
    """

    def __init__(self, tokens: Tokens | None = None) -> None:
        self.tokens = tokens
        self.cleared = 0

    def get_tokens(self) -> Tokens | None:
        return self.tokens

    def set_tokens(self, tokens: Tokens) -> None:
        self.tokens = tokens

    def clear_tokens(self) -> None:
        self.cleared += 1
        self.tokens = None
