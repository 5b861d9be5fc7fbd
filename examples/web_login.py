"""Log users of a web server in with OAuth, with no server-side session: a Starlette app.

The Python twin of the TypeScript SDK's "stateless web server" example. ``/login`` puts the
login's ``state`` and PKCE ``verifier`` in a short-lived cookie signed with ``itsdangerous``
(tamper-proof; the verifier is useless without the code, which only the user's own browser
receives), so any instance behind a load balancer can handle ``/callback``::

    pip install starlette itsdangerous uvicorn
    export PRISMA_CLIENT_ID=<your OAuth client id> SESSION_SECRET=<random string>
    python examples/web_login.py        # http://127.0.0.1:8000

The tokens go to the app's ``TokenStorage``: here in memory, for one user; a real multi-user app
implements ``TokenStorage`` over its database, one storage per user.
"""

from __future__ import annotations

import contextlib
import html
import os
from collections.abc import AsyncGenerator

from itsdangerous import BadSignature, URLSafeTimedSerializer
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from prisma_management_api import (
    AsyncManagementApiSdk,
    AuthError,
    MemoryTokenStorage,
    create_async_management_api_sdk,
)

SCOPE = "workspace:admin offline_access"
COOKIE = "prisma_oauth_login"
LOGIN_MAX_AGE = 600  # seconds a login may take, from /login to /callback


def create_app(sdk: AsyncManagementApiSdk, session_secret: str, redirect_uri: str) -> Starlette:
    signer = URLSafeTimedSerializer(session_secret, salt="prisma-oauth-login")
    secure = redirect_uri.startswith("https://")  # Secure cookies are not sent over plain http

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncGenerator[None, None]:
        yield
        await sdk.aclose()

    async def login(request: Request) -> Response:
        result = sdk.get_login_url(SCOPE)
        response = RedirectResponse(result.url, status_code=302)
        response.set_cookie(
            COOKIE,
            signer.dumps({"state": result.state, "verifier": result.verifier}),
            max_age=LOGIN_MAX_AGE,
            path="/callback",
            httponly=True,
            secure=secure,
            samesite="lax",  # sent on the top-level redirect back from the auth server
        )
        return response

    async def callback(request: Request) -> Response:
        try:
            pending = signer.loads(request.cookies.get(COOKIE, ""), max_age=LOGIN_MAX_AGE)
        except BadSignature:  # missing, forged or expired (SignatureExpired is a BadSignature)
            return PlainTextResponse("This login has expired. Start again at /login.", status_code=400)
        try:
            await sdk.handle_callback(str(request.url), pending["verifier"], pending["state"])
        except AuthError as error:
            response: Response = PlainTextResponse(f"Login failed: {error}", status_code=400)
        else:
            response = RedirectResponse("/", status_code=303)
        response.delete_cookie(COOKIE, path="/callback")  # one login, one use
        return response

    async def home(request: Request) -> Response:
        try:
            result = await sdk.client.GET("/v1/workspaces")
        except AuthError:
            return HTMLResponse('<p>Not logged in. <a href="/login">Log in with Prisma</a></p>')
        if result.data is None:
            return PlainTextResponse(f"The API answered {result.status}", status_code=502)
        items = "".join(f"<li>{html.escape(w.name)}</li>" for w in result.data.data)
        return HTMLResponse(f'<p>Your workspaces:</p><ul>{items}</ul><p><a href="/logout">Log out</a></p>')

    async def logout(request: Request) -> Response:
        await sdk.logout()
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


def app_from_environment() -> Starlette:
    redirect_uri = os.environ.get("PRISMA_REDIRECT_URI", "http://127.0.0.1:8000/callback")
    sdk = create_async_management_api_sdk(
        os.environ["PRISMA_CLIENT_ID"],
        redirect_uri,
        MemoryTokenStorage(),
        api_base_url=os.environ.get("PRISMA_API_URL", "https://api.prisma.io"),
        auth_base_url=os.environ.get("PRISMA_AUTH_URL", "https://auth.prisma.io"),
    )
    return create_app(sdk, os.environ["SESSION_SECRET"], redirect_uri)


if __name__ == "__main__":
    import uvicorn

    uvicorn.run(app_from_environment(), host="127.0.0.1", port=8000)
