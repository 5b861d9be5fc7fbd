"""examples/web_login.py end to end: two users in two browsers, tokens per user in Redis."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
import redis
import redis.asyncio
import urllib3
from auth.conftest import follow_authorize
from auth.test_examples import Browser, load_example
from cryptography.fernet import Fernet
from starlette.applications import Starlette
from support.servers import RedisServer

from prisma_management_api import MemoryTokenStorage, RedisTokenStorage, create_async_management_api_sdk
from prisma_management_api.testing import FakePrismaPlatform


@pytest.mark.slow  # waits for a pending login to expire
def test_two_users_log_in_and_each_sees_their_own_workspace(
    platform: FakePrismaPlatform,
    http: urllib3.PoolManager,
    web_server: tuple[str, Callable[[Starlette], None]],
    redis_server: RedisServer,
    redis_client: redis.Redis,
) -> None:
    example = load_example("web_login")
    origin, serve = web_server
    redirect_uri = f"{origin}/callback"
    sdk = create_async_management_api_sdk(
        platform.client_id,
        redirect_uri,
        MemoryTokenStorage(),
        api_base_url=platform.api_url,
        auth_base_url=platform.auth_url,
    )
    token_key = Fernet.generate_key().decode()
    app_redis = redis.asyncio.Redis.from_url(redis_server.url, socket_timeout=60)
    serve(
        example.create_app(
            sdk, app_redis, "a-session-secret", redirect_uri, token_keys=[token_key], login_max_age=5
        )
    )
    second = platform.add_workspace("Bob's Workspace")

    alice, bob = Browser(http, origin), Browser(http, origin)
    assert "Not logged in" in alice.get("/").data.decode()
    assert "Not logged in" in bob.get("/").data.decode()

    # both start a login; each consents to a different workspace
    alice_login = alice.get("/login")
    bob_login = bob.get("/login")
    assert alice_login.status == bob_login.status == 302
    alice_callback = follow_authorize(http, alice_login.headers["Location"])
    platform.oauth.select_workspace(second.id)
    bob_callback = follow_authorize(http, bob_login.headers["Location"])

    # a callback is refused in someone else's session (login CSRF), and that login is dead for
    # everyone: a login link that was planted or leaked is never exchanged
    assert bob.get(alice_callback).status == 400
    assert alice.get(alice_callback).status == 400
    assert platform.counters.token_requests("authorization_code") == 0

    platform.oauth.select_workspace(None)
    alice_callback = follow_authorize(http, alice.get("/login").headers["Location"])
    assert alice.get(alice_callback).status == 303
    assert bob.get(bob_callback).status == 303
    assert bob.get(bob_callback).status == 400  # single use
    assert platform.counters.token_requests("authorization_code") == 2

    alice_page, bob_page = alice.get("/").data.decode(), bob.get("/").data.decode()
    assert platform.workspace.name in alice_page and "Bob&#x27;s Workspace" not in alice_page
    assert "Bob&#x27;s Workspace" in bob_page and platform.workspace.name not in bob_page

    # one key per user, encrypted at rest
    keys = sorted(k.decode() for k in redis_client.keys("prisma:tokens:*"))
    assert len(keys) == 2
    for key in keys:
        raw = redis_client.get(key)
        assert raw is not None and raw.startswith(b"gAAAAA")
        assert RedisTokenStorage(redis_client, key=key, encryption=token_key).get_tokens() is not None
    assert redis_client.keys("prisma:login:*") == []  # every pending login was taken

    # a login left too long expires (login_max_age=5 here)
    late = bob.get("/login").headers["Location"]
    time.sleep(5.5)
    assert bob.get(follow_authorize(http, late)).status == 400

    # logging out one user leaves the other logged in
    assert alice.get("/logout").status == 303
    assert "Not logged in" in alice.get("/").data.decode()
    assert "Bob&#x27;s Workspace" in bob.get("/").data.decode()
