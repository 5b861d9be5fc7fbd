"""Tracebacks rendered with their locals (pytest --showlocals, Sentry, rich) show no credential.

Each test makes a real call fail deep inside the SDK, renders the traceback as
``traceback.TracebackException(capture_locals=True)`` does (the repr of every local of every
frame), and looks for the secrets in what the SDK's own frames show.
"""

from __future__ import annotations

import functools
import traceback
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.loopback import LoopbackServer, RecordedRequest, Reply, closed_port

import prisma_management_api
from prisma_management_api import (
    APIConnectionError,
    AuthError,
    MemoryTokenStorage,
    Timeout,
    Tokens,
    create_async_management_api_sdk,
    create_management_api_client,
    create_management_api_sdk,
)
from prisma_management_api._auth._oauth_flow import OAuthConfig, code_exchange_request, refresh_request
from prisma_management_api._core import RawResponse
from prisma_management_api._pipeline import Call, Send
from prisma_management_api._response import Headers

from .conftest import jwt

PACKAGE = Path(prisma_management_api.__file__).parent
ACCESS = jwt({"workspace_id": "wksp_1", "secret-marker": "ACCESS-SECRET"})
REFRESH = "REFRESH-SECRET-1"
CLIENT_SECRET = "CLIENT-SECRET-1"
SECRETS = ("ACCESS-SECRET", ACCESS, REFRESH, CLIENT_SECRET, "NEW-REFRESH-SECRET")


# Plain strings, bytes and containers are the program's data as it is (a token in a str local is
# shown by any traceback with locals); what the SDK controls is how its objects render.
PLAIN = (str, bytes, bytearray, memoryview, int, float, dict, list, tuple, set, frozenset)


def objects_shown(error: BaseException) -> Iterator[tuple[str, str, str]]:
    """(function, local name, repr) of every object local of the SDK's frames, along the chain,
    as a traceback rendered with locals shows it."""
    pending: list[BaseException] = [error]
    seen: list[BaseException] = []
    while pending:
        current = pending.pop()
        if any(current is other for other in seen):
            continue
        seen.append(current)
        for frame, _ in traceback.walk_tb(current.__traceback__):
            if not Path(frame.f_code.co_filename).is_relative_to(PACKAGE):
                continue
            for name, value in frame.f_locals.items():
                if type(value) not in PLAIN and value is not None:
                    yield frame.f_code.co_name, name, repr(value)
        pending.extend(e for e in (current.__cause__, current.__context__) if e is not None)


def assert_no_secret_in_locals(error: BaseException, *must_see: str) -> None:
    shown = []
    for function, name, text in objects_shown(error):
        shown.append(text)
        for secret in SECRETS:
            assert secret not in text, f"{function}(): local {name!r} shows a secret: {text}"
    for kind in must_see:  # the objects that carried the secrets were on the stack
        assert any(text.startswith(kind) for text in shown), f"no {kind} among the locals"


def token_server_answering_a_malformed_pair(server: LoopbackServer) -> None:
    # A token answer whose access token is not a JWT: the SDK fails while the answer, holding a
    # fresh refresh token, is a local of the frame that raises.
    def respond(request: RecordedRequest) -> Reply:
        if request.path == "/token":
            return Reply.json({"access_token": "opaque", "refresh_token": "NEW-REFRESH-SECRET"})
        return Reply.json({"error": {"code": "unauthorized", "message": "no"}}, status=401)

    server.reset(respond)


def test_a_failed_refresh_shows_no_token_in_the_locals_of_its_traceback() -> None:
    storage = MemoryTokenStorage(Tokens("wksp_1", ACCESS, REFRESH))
    with LoopbackServer() as server:
        token_server_answering_a_malformed_pair(server)
        sdk = create_management_api_sdk(
            "cid",
            "http://127.0.0.1:8765/callback",
            storage,
            api_base_url=server.base_url,
            auth_base_url=server.base_url,
            client_secret=CLIENT_SECRET,
        )
        with sdk, pytest.raises(AuthError, match="workspace_id not found") as caught:
            sdk.client.GET("/v1/workspaces")
        token_form = next(r for r in server.requests if r.path == "/token").body.decode()
    assert REFRESH in token_form and CLIENT_SECRET in token_form  # the secrets were on the stack
    assert_no_secret_in_locals(caught.value, "PreparedRequest(", "RawResponse(", "Tokens(", "Call(")


async def test_a_failed_refresh_shows_no_token_in_the_locals_of_its_traceback_async() -> None:
    storage = MemoryTokenStorage(Tokens("wksp_1", ACCESS, REFRESH))
    with LoopbackServer() as server:
        token_server_answering_a_malformed_pair(server)
        sdk = create_async_management_api_sdk(
            "cid",
            "http://127.0.0.1:8765/callback",
            storage,
            api_base_url=server.base_url,
            auth_base_url=server.base_url,
            client_secret=CLIENT_SECRET,
        )
        async with sdk:
            with pytest.raises(AuthError, match="workspace_id not found") as caught:
                await sdk.client.GET("/v1/workspaces")
    assert_no_secret_in_locals(caught.value, "PreparedRequest(", "RawResponse(", "Tokens(")


def test_a_failed_api_call_shows_no_bearer_token_in_the_sdk_frames() -> None:
    client = create_management_api_client(
        token=ACCESS, base_url=f"http://127.0.0.1:{closed_port()}", max_retries=0
    )
    with client, pytest.raises(APIConnectionError) as caught:
        client.POST("/v1/environment-variables", body={"projectId": "p", "key": "K", "value": REFRESH})
    assert_no_secret_in_locals(caught.value, "PreparedRequest(")


# --- the reprs themselves -------------------------------------------------------------------------

CONFIG = OAuthConfig(
    "cid", "http://127.0.0.1/cb", "https://auth.example", Timeout(5), client_secret=CLIENT_SECRET
)


@pytest.mark.parametrize(
    "request_",
    [
        refresh_request(CONFIG, REFRESH),
        code_exchange_request(CONFIG, "CODE-SECRET", "VERIFIER-SECRET-" + "v" * 30),
    ],
    ids=["refresh", "code exchange"],
)
def test_token_requests_mask_every_form_secret(request_: object) -> None:
    for shown in (repr(request_), repr(Send(request_)), str(Send(request_))):  # type: ignore[arg-type]
        assert "grant_type=" in shown and "client_id=cid" in shown  # what one debugs with stays
        for secret in (REFRESH, CLIENT_SECRET, "CODE-SECRET", "VERIFIER-SECRET"):
            assert secret not in shown
        assert "client_secret=***" in shown


def test_api_requests_mask_credential_headers_and_secret_body_fields() -> None:
    client = create_management_api_client(token=ACCESS, headers={"Cookie": "session=COOKIE-SECRET"})
    prepared = client._config.prepare(
        "PUT",
        "/v1/projects/{projectId}/branches/{branchId}/alchemy-state/lease",
        {"path": {"projectId": "proj_1", "branchId": "br_1"}},
        {"value": "ENV-SECRET", "key": "DATABASE_URL", "recipientAccessToken": "TRANSFER-SECRET"},
        {"Alchemy-State-Lease-Id": "LEASE-SECRET"},
        None,
    )
    shown = repr(prepared)
    for secret in (ACCESS, "COOKIE-SECRET", "ENV-SECRET", "TRANSFER-SECRET", "LEASE-SECRET"):
        assert secret not in shown
    assert "'Authorization': '***'" in shown and '"key":"DATABASE_URL"' in shown
    client.close()


def test_a_raw_token_answer_shows_its_size_not_its_body() -> None:
    raw = RawResponse(200, Headers([("Set-Cookie", "s=COOKIE")]), b'{"refresh_token":"NEW-REFRESH-SECRET"}')
    assert repr(raw) == "RawResponse(status=200, headers=Headers(['set-cookie']), content=<38 bytes>)"


def test_a_call_effect_names_its_function_only() -> None:
    tokens = Tokens("wksp_1", ACCESS, REFRESH)
    call = Call(functools.partial(MemoryTokenStorage().set_tokens, tokens))
    call.result = tokens
    assert repr(call) == "Call(MemoryTokenStorage.set_tokens)"
