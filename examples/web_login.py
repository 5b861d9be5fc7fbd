"""A multi-user web app that logs its users in with Prisma OAuth: Starlette, tokens in Redis.

Every user of the app gets their own Prisma tokens, kept in Redis under ``prisma:tokens:<user>``
(encrypted when ``TOKEN_KEYS`` is set), shared by every worker and host behind the load balancer.
One SDK serves them all: ``sdk.for_storage(...)`` per request reuses its connection pool.

- The app knows its user from a signed session cookie (here a random id made on the first
  visit; a real app uses its own login).
- ``/login`` keeps the login's PKCE verifier in Redis under its ``state``, for
  ``LOGIN_MAX_AGE`` seconds, bound to the user who started it. ``/callback`` takes it out
  atomically (``GETDEL``): each login is used once, by its own user, before it expires. Any
  instance can handle the callback.
- Token refreshes are shared by all the instances: the Redis storage's lock makes one refresh per
  expiry, whatever the number of workers serving the user at that moment.

    pip install "prisma-management-api[async,redis,encryption]" starlette itsdangerous uvicorn
    export PRISMA_CLIENT_ID=<your OAuth client id> SESSION_SECRET=<random string>
    export REDIS_URL=redis://127.0.0.1:6379/0 TOKEN_KEYS=<Fernet key>[,<older key>...]
    python examples/web_login.py        # http://127.0.0.1:8000
"""

from __future__ import annotations

import contextlib
import html
import json
import os
import secrets
from collections.abc import AsyncGenerator, Sequence
from urllib.parse import parse_qs, urlsplit

import redis.asyncio
from itsdangerous import BadSignature, URLSafeSerializer
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from prisma_management_api import (
    AsyncManagementApiSdk,
    AsyncRedisTokenStorage,
    AuthError,
    MemoryTokenStorage,
    TokenEncryption,
    TokenStorageError,
    create_async_management_api_sdk,
)

SCOPE = "workspace:admin offline_access"
SESSION_COOKIE = "app_session"
LOGIN_MAX_AGE = 600  # seconds a login may take, from /login to /callback


class PendingLogins:
    """Logins in progress, in Redis: ``state`` -> (user, verifier), single use, with a TTL."""

    def __init__(self, redis_client: redis.asyncio.Redis, encryption: TokenEncryption | None, max_age: int):
        self.redis = redis_client
        self.encryption = encryption
        self.max_age = max_age

    async def put(self, state: str, user: str, verifier: str) -> None:
        value = json.dumps({"user": user, "verifier": verifier}).encode()
        if self.encryption is not None:  # the verifier is a secret: sealed like the tokens
            value = self.encryption.encrypt(value)
        await self.redis.set(f"prisma:login:{state}", value, ex=self.max_age)

    async def take(self, state: str, user: str) -> str | None:
        """The verifier of this user's login ``state``, once; ``None`` if unknown, used or expired."""
        value = await self.redis.getdel(f"prisma:login:{state}")
        if value is None:
            return None
        if self.encryption is not None:
            value = self.encryption.decrypt(value)
        pending = json.loads(value)
        # Bound to the user who started it: a login link planted by someone else is refused.
        return str(pending["verifier"]) if pending["user"] == user else None


def create_app(
    sdk: AsyncManagementApiSdk,
    redis_client: redis.asyncio.Redis,
    session_secret: str,
    redirect_uri: str,
    *,
    token_keys: Sequence[str] = (),
    login_max_age: int = LOGIN_MAX_AGE,
) -> Starlette:
    sessions = URLSafeSerializer(session_secret, salt="app-session")
    encryption = TokenEncryption(list(token_keys)) if token_keys else None
    logins = PendingLogins(redis_client, encryption, login_max_age)
    secure = redirect_uri.startswith("https://")  # Secure cookies are not sent over plain http

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncGenerator[None, None]:
        yield
        await sdk.aclose()

    def user_of(request: Request) -> str | None:
        try:
            return str(sessions.loads(request.cookies.get(SESSION_COOKIE, "")))
        except BadSignature:
            return None

    def with_session(response: Response, user: str) -> Response:
        response.set_cookie(
            SESSION_COOKIE, sessions.dumps(user), httponly=True, secure=secure, samesite="lax"
        )
        return response

    def prisma_for(user: str) -> AsyncManagementApiSdk:
        storage = AsyncRedisTokenStorage(redis_client, key=f"prisma:tokens:{user}", encryption=encryption)
        return sdk.for_storage(storage)

    async def home(request: Request) -> Response:
        user = user_of(request)
        if user is None:
            user = secrets.token_urlsafe(16)
            return with_session(HTMLResponse(_LOGGED_OUT), user)
        try:
            result = await prisma_for(user).client.GET("/v1/workspaces")
        except TokenStorageError:
            return PlainTextResponse("The token store is unavailable; try again shortly.", status_code=503)
        except AuthError:
            return HTMLResponse(_LOGGED_OUT)
        if result.data is None:
            return PlainTextResponse(f"The API answered {result.status}", status_code=502)
        items = "".join(f"<li>{html.escape(w.name)}</li>" for w in result.data.data)
        return HTMLResponse(f'<p>Your workspaces:</p><ul>{items}</ul><p><a href="/logout">Log out</a></p>')

    async def login(request: Request) -> Response:
        user = user_of(request) or secrets.token_urlsafe(16)
        started = sdk.get_login_url(SCOPE)
        await logins.put(started.state, user, started.verifier)
        return with_session(RedirectResponse(started.url, status_code=302), user)

    async def callback(request: Request) -> Response:
        user = user_of(request)
        state = parse_qs(urlsplit(str(request.url)).query).get("state", [""])[0]
        verifier = await logins.take(state, user) if user is not None and state else None
        if user is None or verifier is None:
            return PlainTextResponse("This login has expired. Start again at /login.", status_code=400)
        try:
            await prisma_for(user).handle_callback(str(request.url), verifier, state)
        except AuthError as error:
            return PlainTextResponse(f"Login failed: {error}", status_code=400)
        return RedirectResponse("/", status_code=303)

    async def logout(request: Request) -> Response:
        user = user_of(request)
        if user is not None:
            await prisma_for(user).logout()
        return RedirectResponse("/", status_code=303)

    return Starlette(
        routes=[
            Route("/", home),
            Route("/login", login),
            Route("/callback", callback),
            Route("/logout", logout),
        ],
        lifespan=lifespan,
    )


_LOGGED_OUT = '<p>Not logged in. <a href="/login">Log in with Prisma</a></p>'


def app_from_environment() -> Starlette:
    redirect_uri = os.environ.get("PRISMA_REDIRECT_URI", "http://127.0.0.1:8000/callback")
    # The SDK's own storage is never used: every request goes through sdk.for_storage(user's).
    sdk = create_async_management_api_sdk(
        os.environ["PRISMA_CLIENT_ID"],
        redirect_uri,
        MemoryTokenStorage(),
        api_base_url=os.environ.get("PRISMA_API_URL", "https://api.prisma.io"),
        auth_base_url=os.environ.get("PRISMA_AUTH_URL", "https://auth.prisma.io"),
    )
    redis_client = redis.asyncio.Redis.from_url(
        os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"), socket_timeout=5
    )
    keys = [k for k in os.environ.get("TOKEN_KEYS", "").split(",") if k]
    return create_app(sdk, redis_client, os.environ["SESSION_SECRET"], redirect_uri, token_keys=keys)


if __name__ == "__main__":
    import uvicorn

    uvicorn.run(app_from_environment(), host="127.0.0.1", port=8000)
