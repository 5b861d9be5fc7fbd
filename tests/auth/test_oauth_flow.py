"""The sans-I/O OAuth pieces: PKCE, the login URL, callback URLs and token answers."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from urllib.parse import parse_qsl, urlsplit

import pytest

from prisma_management_api import (
    AuthError,
    LoginResult,
    MemoryTokenStorage,
    Tokens,
    create_management_api_sdk,
)
from prisma_management_api._auth._oauth_flow import (
    OAuthConfig,
    code_exchange_request,
    code_from_callback,
    expires_at,
    login,
    refresh_request,
    tokens_from_response,
    workspace_id_of,
)
from prisma_management_api._auth._pkce import new_state, new_verifier, s256_challenge
from prisma_management_api._core import RawResponse
from prisma_management_api._response import Headers
from prisma_management_api._types import Timeout

B64URL = re.compile(r"^[A-Za-z0-9_-]+$")
CONFIG = OAuthConfig("client-1", "http://localhost:8080/callback", "https://auth.example.test", Timeout(5))


def jwt(claims: dict[str, object]) -> str:
    def part(value: object) -> str:
        return base64.urlsafe_b64encode(json.dumps(value).encode()).rstrip(b"=").decode()

    return f"{part({'alg': 'RS256', 'typ': 'JWT'})}.{part(claims)}.c2ln"


def answer(status: int, body: object) -> RawResponse:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    return RawResponse(status, Headers([("Content-Type", "application/json")]), content)


# --- PKCE -----------------------------------------------------------------------------------------


def test_s256_challenge_matches_rfc_7636_appendix_b() -> None:
    # The verifier and challenge printed in RFC 7636, appendix B.
    assert (
        s256_challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")
        == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
    )


def test_state_and_verifier_are_fresh_unpadded_base64url_of_16_and_32_bytes() -> None:
    states = {new_state() for _ in range(200)}
    verifiers = {new_verifier() for _ in range(200)}
    assert len(states) == 200 and len(verifiers) == 200
    for state in states:
        assert B64URL.match(state) and len(base64.urlsafe_b64decode(state + "==")) == 16
    for verifier in verifiers:
        # 43 characters: the RFC 7636 minimum length, from 32 random bytes.
        assert B64URL.match(verifier) and len(verifier) == 43
        assert len(base64.urlsafe_b64decode(verifier + "=")) == 32


# --- login URL ------------------------------------------------------------------------------------


def test_login_url_has_the_typescript_sdks_parameters_in_order() -> None:
    result = login(CONFIG, "workspace:admin offline_access", {"utm_medium": "cli", "prompt": "consent"})
    parts = urlsplit(result.url)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "auth.example.test", "/authorize")
    params = parse_qsl(parts.query)
    assert [name for name, _ in params] == [
        "response_type",
        "client_id",
        "redirect_uri",
        "scope",
        "state",
        "code_challenge",
        "code_challenge_method",
        "utm_medium",
        "prompt",
    ]
    values = dict(params)
    assert values["response_type"] == "code"
    assert values["client_id"] == "client-1"
    assert values["redirect_uri"] == "http://localhost:8080/callback"
    assert values["scope"] == "workspace:admin offline_access"
    assert values["state"] == result.state
    assert values["code_challenge"] == s256_challenge(result.verifier)
    assert values["code_challenge_method"] == "S256"
    assert values["utm_medium"] == "cli"


def test_scope_may_be_a_list() -> None:
    result = login(CONFIG, ["workspace:admin", "offline_access"], None)
    assert dict(parse_qsl(urlsplit(result.url).query))["scope"] == "workspace:admin offline_access"


@pytest.mark.parametrize(
    "name", ["state", "code_challenge", "code_challenge_method", "client_id", "redirect_uri"]
)
def test_additional_params_cannot_replace_the_sdks_own(name: str) -> None:
    with pytest.raises(ValueError, match=name):
        login(CONFIG, "workspace:admin", {name: "x"})


def test_empty_scope_is_refused() -> None:
    with pytest.raises(ValueError, match="scope"):
        login(CONFIG, "  ", None)


def test_login_result_unpacks_and_hides_the_verifier() -> None:
    result = create_management_api_sdk("c", "http://localhost/cb", MemoryTokenStorage()).get_login_url("s")
    url, state, verifier = result
    assert isinstance(result, LoginResult) and (url, state, verifier) == (
        result.url,
        result.state,
        result.verifier,
    )
    assert verifier not in repr(result) and verifier not in str(result)
    assert state in repr(result)


# --- callback URL ---------------------------------------------------------------------------------


def test_callback_gives_the_code_when_state_matches() -> None:
    assert code_from_callback("http://localhost:8080/callback?code=abc&state=s1", "s1") == "abc"
    # a relative URL, as some web frameworks hand the request target over
    assert code_from_callback("/callback?state=s1&code=xyz", "s1") == "xyz"


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://[::1/callback?code=a&state=s", "Invalid callback URL"),
        (
            "http://x/cb?error=access_denied&error_description=User+said+no&state=s",
            "access_denied: User said no",
        ),
        ("http://x/cb?error=access_denied&state=s", "access_denied"),
        ("http://x/cb?state=s", "No authorization code found in callback URL"),
        ("http://x/cb?code=&state=s", "No authorization code found in callback URL"),
        ("http://x/cb?code=a&state=other", "Invalid state parameter. Possible CSRF attack."),
        ("http://x/cb?code=a", "Invalid state parameter. Possible CSRF attack."),
    ],
)
def test_callback_errors(url: str, message: str) -> None:
    with pytest.raises(AuthError) as caught:
        code_from_callback(url, "s")
    assert caught.value.message == message
    assert str(caught.value) == message
    assert caught.value.refresh_token_invalid is False


def test_an_empty_expected_state_never_matches() -> None:
    # A lost session must not turn the CSRF check off for a callback without state.
    for url in ("http://x/cb?code=a", "http://x/cb?code=a&state="):
        with pytest.raises(AuthError, match="Invalid state"):
            code_from_callback(url, "")


def test_callback_that_is_not_a_string_is_an_auth_error() -> None:
    with pytest.raises(AuthError, match="Invalid callback URL"):
        code_from_callback(b"http://x/cb?code=a&state=s", "s")


# --- token requests -------------------------------------------------------------------------------


def test_code_exchange_request_is_a_form_post_to_the_token_endpoint() -> None:
    request = code_exchange_request(CONFIG, "the-code", "the-verifier")
    assert (request.method, request.url) == ("POST", "https://auth.example.test/token")
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert request.body is not None
    assert parse_qsl(request.body.decode()) == [
        ("grant_type", "authorization_code"),
        ("code", "the-code"),
        ("redirect_uri", "http://localhost:8080/callback"),
        ("client_id", "client-1"),
        ("code_verifier", "the-verifier"),
    ]


def test_a_confidential_client_sends_its_secret_and_never_shows_it() -> None:
    config = OAuthConfig("c", "http://localhost/cb", "https://auth.example.test", Timeout(5), "s3cret")
    request = refresh_request(config, "rt")
    assert request.body is not None
    assert dict(parse_qsl(request.body.decode())) == {
        "grant_type": "refresh_token",
        "refresh_token": "rt",
        "client_id": "c",
        "client_secret": "s3cret",
    }
    assert "s3cret" not in repr(config)


# --- token answers --------------------------------------------------------------------------------

ACCESS = jwt({"workspace_id": "ws_1", "exp": 2_000_000_000})


def test_a_good_answer_gives_tokens_with_the_workspace_from_the_access_token() -> None:
    tokens = tokens_from_response(
        answer(200, {"access_token": ACCESS, "refresh_token": "r1"}), refreshing=False
    )
    assert tokens == Tokens("ws_1", ACCESS, "r1")


@pytest.mark.parametrize(
    ("status", "body", "message", "invalid"),
    [
        (200, b"<html>oops</html>", "Failed to parse token response (status 200)", False),
        (502, b"Bad Gateway", "Failed to parse token response (status 502)", False),
        (400, {"error": "invalid_grant", "error_description": "expired"}, "invalid_grant: expired", True),
        (400, {"error": "invalid_grant"}, "invalid_grant", True),
        (401, {"error": "invalid_client"}, "invalid_client", False),
        (400, ["not", "an", "object"], "Unknown error", False),
        (500, {"error": "server_error"}, "Token request failed with status 500", False),
        (201, {"access_token": ACCESS, "refresh_token": "r"}, "Token request failed with status 201", False),
        (200, {"refresh_token": "r"}, "Invalid token response format", False),
        (200, {"access_token": "", "refresh_token": "r"}, "Invalid token response format", False),
        (200, {"access_token": ACCESS, "refresh_token": 7}, "Invalid token response format", False),
        (200, {"access_token": 5, "refresh_token": "r"}, "Invalid token response format", False),
        (200, [1, 2], "Invalid token response format", False),
        (
            200,
            {"access_token": "opaque", "refresh_token": "r"},
            "workspace_id not found in access token",
            False,
        ),
    ],
)
def test_token_answer_errors(status: int, body: object, message: str, invalid: bool) -> None:
    with pytest.raises(AuthError) as caught:
        tokens_from_response(answer(status, body), refreshing=True)
    assert caught.value.message == message
    assert caught.value.refresh_token_invalid is invalid


@pytest.mark.parametrize("body", [{"access_token": ACCESS}, {"access_token": ACCESS, "refresh_token": ""}])
def test_a_login_answer_without_a_refresh_token_gives_tokens_without_one(body: object) -> None:
    # A login without offline_access: the Tokens docstring promises refresh_token=None.
    assert tokens_from_response(answer(200, body), refreshing=False) == Tokens("ws_1", ACCESS, None)


@pytest.mark.parametrize(
    "body",
    [
        {"access_token": ACCESS},
        {"access_token": ACCESS, "refresh_token": ""},
        {"access_token": ACCESS, "refresh_token": None},
    ],
)
def test_a_refresh_answer_without_a_refresh_token_keeps_the_one_just_used(body: object) -> None:
    # RFC 6749 section 6: the server MAY issue a new refresh token; when it does not, the old one
    # stays valid (Authlib and google-auth keep it too).
    fresh = tokens_from_response(answer(200, body), refreshing=True, previous_refresh_token="r-old")
    assert fresh == Tokens("ws_1", ACCESS, "r-old")


def test_a_rotated_refresh_token_replaces_the_one_just_used() -> None:
    body = {"access_token": ACCESS, "refresh_token": "r-new"}
    fresh = tokens_from_response(answer(200, body), refreshing=True, previous_refresh_token="r-old")
    assert fresh.refresh_token == "r-new"


def test_invalid_grant_on_a_code_exchange_does_not_claim_a_dead_refresh_token() -> None:
    with pytest.raises(AuthError) as caught:
        tokens_from_response(answer(400, {"error": "invalid_grant"}), refreshing=False)
    assert caught.value.refresh_token_invalid is False


def test_jwt_claims_are_read_leniently() -> None:
    assert workspace_id_of(ACCESS) == "ws_1"
    assert expires_at(ACCESS) == 2_000_000_000
    assert expires_at(jwt({"workspace_id": "w"})) is None
    assert expires_at(jwt({"exp": True})) is None
    assert expires_at("a.%%%.c") is None
    assert expires_at("a." + base64.urlsafe_b64encode(b"[1]").decode() + ".c") is None
    with pytest.raises(AuthError, match="workspace_id not found"):
        workspace_id_of(jwt({"workspace_id": 7}))


def test_pkce_helper_agrees_with_hashlib() -> None:
    verifier = new_verifier()
    digest = hashlib.sha256(verifier.encode()).digest()
    assert s256_challenge(verifier) == base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
