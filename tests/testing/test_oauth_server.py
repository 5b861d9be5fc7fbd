"""The fake OAuth 2.0 authorization server, driven over loopback HTTP without a browser."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
import urllib3
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from prisma_management_api.testing._engine import App, ServerThread
from prisma_management_api.testing._faults import Faults
from prisma_management_api.testing._jwt import b64url_decode, pkce_s256
from prisma_management_api.testing._oauth import (
    DEFAULT_AUDIENCE,
    DEFAULT_CLIENT_ID,
    OAuthClient,
    OAuthConfig,
    OAuthServer,
)

from .conftest import FakeClock

# RFC 7636 Appendix B (the RFC's challenge; the brief quoted a corrupted one).
VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
REDIRECT = "http://127.0.0.1:53682/callback"
CONFIDENTIAL = OAuthClient("fake-confidential", ("https://app.example.com/cb",), secret="s3cret-value")
WORKSPACES = ["wks_alpha", "wks_beta"]
USER = "usr_test0001"


@dataclass
class Env:
    oauth: OAuthServer
    server: ServerThread
    faults: Faults
    clock: FakeClock
    http: urllib3.PoolManager

    @property
    def base(self) -> str:
        return self.server.url("oauth")

    def authorize(self, **overrides: str | None) -> urllib3.BaseHTTPResponse:
        params: dict[str, str | None] = {
            "response_type": "code",
            "client_id": DEFAULT_CLIENT_ID,
            "redirect_uri": REDIRECT,
            "scope": "workspace:admin offline_access",
            "state": "st-123",
            "code_challenge": CHALLENGE,
            "code_challenge_method": "S256",
        }
        params.update(overrides)
        query = urlencode({k: v for k, v in params.items() if v is not None})
        return self.http.request("GET", f"{self.base}/authorize?{query}", redirect=False)

    def code(self, **overrides: str | None) -> str:
        response = self.authorize(**overrides)
        assert response.status == 302, response.data
        return redirect_params(response, overrides.get("redirect_uri") or REDIRECT)["code"]

    def token(self, **form: str | None) -> urllib3.BaseHTTPResponse:
        body = urlencode({k: v for k, v in form.items() if v is not None})
        return self.http.request(
            "POST",
            f"{self.base}/token",
            body=body,
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )

    def exchange(self, code: str, /, **overrides: str | None) -> urllib3.BaseHTTPResponse:
        form: dict[str, str | None] = {
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": REDIRECT,
            "client_id": DEFAULT_CLIENT_ID,
            "code_verifier": VERIFIER,
        }
        form.update(overrides)
        return self.token(**form)

    def refresh(self, refresh_token: str, /, **overrides: str | None) -> urllib3.BaseHTTPResponse:
        form: dict[str, str | None] = {
            "grant_type": "refresh_token",
            "refresh_token": refresh_token,
            "client_id": DEFAULT_CLIENT_ID,
        }
        form.update(overrides)
        return self.token(**form)

    def login(self, **overrides: str | None) -> dict[str, Any]:
        response = self.exchange(self.code(**overrides))
        assert response.status == 200, response.data
        tokens: dict[str, Any] = response.json()
        return tokens


def redirect_params(response: urllib3.BaseHTTPResponse, expected: str = REDIRECT) -> dict[str, str]:
    location = urlsplit(response.headers["Location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == expected
    return {name: values[0] for name, values in parse_qs(location.query).items()}


def make_env(
    http: urllib3.PoolManager, clock: FakeClock, faults: Faults, config: OAuthConfig | None = None
) -> Iterator[Env]:
    oauth = OAuthServer(
        workspaces=lambda: WORKSPACES,
        user_id=USER,
        clients=[OAuthClient(DEFAULT_CLIENT_ID), CONFIDENTIAL],
        config=config,
        clock=clock,
        counters=faults.counters,
    )
    app = oauth.install(App("oauth", hook=faults))
    with ServerThread([app]) as server:
        yield Env(oauth, server, faults, clock, http)


@pytest.fixture
def env(http: urllib3.PoolManager, clock: FakeClock, faults: Faults) -> Iterator[Env]:
    yield from make_env(http, clock, faults)


@pytest.fixture
def grace_env(http: urllib3.PoolManager, clock: FakeClock, faults: Faults) -> Iterator[Env]:
    yield from make_env(http, clock, faults, OAuthConfig(refresh_reuse="grace"))


def assert_oauth_error(response: urllib3.BaseHTTPResponse, error: str, status: int = 400) -> None:
    assert response.status == status, response.data
    body = response.json()
    assert body["error"] == error, body
    assert body["error_description"]
    assert response.headers["Cache-Control"] == "no-store"


def assert_redirect_error(response: urllib3.BaseHTTPResponse, error: str) -> None:
    assert response.status == 302, response.data
    params = redirect_params(response)
    assert params["error"] == error, params
    assert params["error_description"]
    assert params["state"] == "st-123"
    assert "code" not in params


def jwt_parts(token: str) -> tuple[dict[str, Any], dict[str, Any]]:
    import json

    header, claims, _ = token.split(".")
    return json.loads(b64url_decode(header)), json.loads(b64url_decode(claims))


# --------------------------------------------------------------------------
# Discovery and keys


def test_pkce_rfc7636_appendix_b_vector() -> None:
    assert pkce_s256(VERIFIER) == CHALLENGE


def test_metadata(env: Env) -> None:
    response = env.http.request("GET", f"{env.base}/.well-known/oauth-authorization-server")
    assert response.status == 200
    meta = response.json()
    assert meta["issuer"] == env.base
    assert meta["authorization_endpoint"] == f"{env.base}/authorize"
    assert meta["token_endpoint"] == f"{env.base}/token"
    assert meta["jwks_uri"] == f"{env.base}/.well-known/jwks.json"
    assert meta["response_types_supported"] == ["code"]
    assert meta["grant_types_supported"] == ["authorization_code", "refresh_token"]
    assert meta["code_challenge_methods_supported"] == ["S256"]
    assert meta["scopes_supported"] == ["workspace:admin", "offline_access"]
    assert meta["token_endpoint_auth_methods_supported"] == ["none", "client_secret_post"]


def test_access_token_signature_and_claims(env: Env) -> None:
    tokens = env.login()
    jwks = env.http.request("GET", f"{env.base}/.well-known/jwks.json").json()
    (jwk,) = jwks["keys"]
    assert jwk["kty"] == "RSA" and jwk["alg"] == "RS256" and jwk["use"] == "sig"
    header, claims = jwt_parts(tokens["access_token"])
    assert header == {"alg": "RS256", "typ": "JWT", "kid": jwk["kid"]}

    # Verify with a key rebuilt from the published JWKS only.
    n = int.from_bytes(b64url_decode(jwk["n"]), "big")
    e = int.from_bytes(b64url_decode(jwk["e"]), "big")
    public_key = rsa.RSAPublicNumbers(e, n).public_key()
    assert public_key.key_size == 2048
    signing_input, _, signature = tokens["access_token"].rpartition(".")
    public_key.verify(b64url_decode(signature), signing_input.encode(), padding.PKCS1v15(), hashes.SHA256())
    with pytest.raises(InvalidSignature):
        public_key.verify(
            b64url_decode(signature), signing_input.encode() + b"x", padding.PKCS1v15(), hashes.SHA256()
        )

    now = int(env.clock())
    assert claims == {
        "iss": env.base,
        "sub": USER,
        "aud": DEFAULT_AUDIENCE,
        "workspace_id": "wks_alpha",
        "scope": "workspace:admin offline_access",
        "iat": now,
        "exp": now + 3600,
        "jti": claims["jti"],
        "client_id": DEFAULT_CLIENT_ID,
    }
    assert env.oauth.verify_access_token(tokens["access_token"]) == claims


def test_pyjwt_accepts_our_tokens(env: Env) -> None:
    import jwt  # PyJWT, a dev dependency: an implementation independent of ours

    tokens = env.login()
    jwk = env.http.request("GET", f"{env.base}/.well-known/jwks.json").json()["keys"][0]
    key = jwt.PyJWK(jwk).key
    claims = jwt.decode(
        tokens["access_token"],
        key,
        algorithms=["RS256"],
        audience=DEFAULT_AUDIENCE,
        issuer=env.base,
        options={"verify_exp": False},  # our clock is fake; PyJWT uses the real one
    )
    assert claims["workspace_id"] == "wks_alpha"


# --------------------------------------------------------------------------
# The code flow


def test_full_code_flow(env: Env) -> None:
    response = env.authorize()
    assert response.status == 302
    assert response.headers["Cache-Control"] == "no-store"
    params = redirect_params(response)
    assert set(params) == {"code", "state"}
    assert params["state"] == "st-123"

    response = env.exchange(params["code"])
    assert response.status == 200
    assert response.headers["Cache-Control"] == "no-store"
    body = response.json()
    assert set(body) == {"access_token", "token_type", "expires_in", "refresh_token", "scope"}
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == 3600
    assert body["scope"] == "workspace:admin offline_access"
    assert env.oauth.verify_access_token(body["access_token"]) is not None


@pytest.mark.parametrize(
    "redirect_uri",
    ["http://127.0.0.1:1/callback", "http://127.0.0.1/callback", "http://localhost:65000/callback"],
)
def test_loopback_redirect_any_port(env: Env, redirect_uri: str) -> None:
    response = env.authorize(redirect_uri=redirect_uri)
    assert response.status == 302
    assert response.headers["Location"].startswith(redirect_uri + "?code=")
    code = parse_qs(urlsplit(response.headers["Location"]).query)["code"][0]
    assert env.exchange(code, redirect_uri=redirect_uri).status == 200


def test_no_state_no_state_echo(env: Env) -> None:
    params = redirect_params(env.authorize(state=None))
    assert set(params) == {"code"}


@pytest.mark.parametrize(
    ("overrides", "error"),
    [
        ({"client_id": None}, "invalid_request"),
        ({"client_id": "nobody"}, "invalid_client"),
        ({"redirect_uri": None}, "invalid_request"),
        ({"redirect_uri": "http://127.0.0.1:8080/other"}, "invalid_request"),
        ({"redirect_uri": "http://evil.example/callback"}, "invalid_request"),
        ({"redirect_uri": "https://127.0.0.1/callback"}, "invalid_request"),
        ({"redirect_uri": "http://[::1]:9/callback"}, "invalid_request"),  # not registered
    ],
)
def test_authorize_never_redirects_to_unverified_uri(
    env: Env, overrides: dict[str, str | None], error: str
) -> None:
    response = env.authorize(**overrides)
    assert "Location" not in response.headers
    assert_oauth_error(response, error)


@pytest.mark.parametrize(
    ("overrides", "error"),
    [
        ({"response_type": None}, "invalid_request"),
        ({"response_type": "token"}, "unsupported_response_type"),
        ({"scope": None}, "invalid_scope"),
        ({"scope": "offline_access"}, "invalid_scope"),
        ({"scope": "workspace:admin openid"}, "invalid_scope"),
        ({"code_challenge": None}, "invalid_request"),
        ({"code_challenge": "too-short"}, "invalid_request"),
        ({"code_challenge_method": None}, "invalid_request"),
        ({"code_challenge_method": "plain"}, "invalid_request"),
    ],
)
def test_authorize_errors_redirect_with_state(env: Env, overrides: dict[str, str | None], error: str) -> None:
    assert_redirect_error(env.authorize(**overrides), error)


def test_confidential_client_authorize_and_secret(env: Env) -> None:
    code = env.code(client_id=CONFIDENTIAL.client_id, redirect_uri="https://app.example.com/cb")
    form = {"client_id": CONFIDENTIAL.client_id, "redirect_uri": "https://app.example.com/cb"}
    assert_oauth_error(env.exchange(code, **form), "invalid_client", 401)
    assert_oauth_error(env.exchange(code, **form, client_secret="wrong"), "invalid_client", 401)
    response = env.exchange(code, **form, client_secret="s3cret-value")
    assert response.status == 200
    assert "refresh_token" in response.json()


def test_deny_hook(env: Env) -> None:
    env.oauth.deny()
    assert_redirect_error(env.authorize(), "access_denied")
    assert env.authorize().status == 302 and "code" in redirect_params(env.authorize())
    env.oauth.deny(None, "user clicked Deny")
    for _ in range(3):
        response = env.authorize()
        assert_redirect_error(response, "access_denied")
        assert redirect_params(response)["error_description"] == "user clicked Deny"
    env.oauth.allow()
    assert "code" in redirect_params(env.authorize())


def test_workspace_pick_hook(env: Env) -> None:
    env.oauth.select_workspace("wks_beta")
    tokens = env.login()
    assert jwt_parts(tokens["access_token"])[1]["workspace_id"] == "wks_beta"
    claims = env.oauth.verify_access_token(tokens["access_token"])
    assert claims is not None and claims["workspace_id"] == "wks_beta"
    with pytest.raises(ValueError):
        env.oauth.select_workspace("wks_missing")
    env.oauth.select_workspace(None)
    assert jwt_parts(env.login()["access_token"])[1]["workspace_id"] == "wks_alpha"


def test_no_workspace_is_access_denied(http: urllib3.PoolManager, clock: FakeClock, faults: Faults) -> None:
    oauth = OAuthServer(workspaces=list, clock=clock)
    with ServerThread([oauth.install(App("oauth"))]) as server:
        env = Env(oauth, server, faults, clock, http)
        assert_redirect_error(env.authorize(), "access_denied")


# --------------------------------------------------------------------------
# Token endpoint: authorization_code failures


def test_wrong_verifier(env: Env) -> None:
    code = env.code()
    assert_oauth_error(env.exchange(code, code_verifier="x" * 43), "invalid_grant")
    assert_oauth_error(env.exchange(code, code_verifier="short"), "invalid_grant")
    assert env.exchange(code).status == 200  # failed attempts did not burn the code


def test_reused_code_revokes_its_tokens(env: Env) -> None:
    code = env.code()
    tokens = env.exchange(code).json()
    assert env.oauth.verify_access_token(tokens["access_token"]) is not None
    assert_oauth_error(env.exchange(code), "invalid_grant")
    assert env.oauth.verify_access_token(tokens["access_token"]) is None
    assert_oauth_error(env.refresh(tokens["refresh_token"]), "invalid_grant")


def test_expired_code(env: Env) -> None:
    code = env.code()
    env.clock.advance(60)
    assert_oauth_error(env.exchange(code), "invalid_grant")


def test_code_ttl_is_configurable(http: urllib3.PoolManager, clock: FakeClock, faults: Faults) -> None:
    for env in make_env(http, clock, faults, OAuthConfig(code_ttl=300)):
        code = env.code()
        env.clock.advance(299)
        assert env.exchange(code).status == 200


def test_redirect_uri_must_match_authorize(env: Env) -> None:
    code = env.code()
    assert_oauth_error(env.exchange(code, redirect_uri="http://127.0.0.1:1/callback"), "invalid_grant")


def test_code_bound_to_client(env: Env) -> None:
    code = env.code()
    response = env.exchange(code, client_id=CONFIDENTIAL.client_id, client_secret="s3cret-value")
    assert_oauth_error(response, "invalid_grant")


def test_unknown_code_and_client(env: Env) -> None:
    assert_oauth_error(env.exchange("not-a-code"), "invalid_grant")
    assert_oauth_error(env.exchange(env.code(), client_id="nobody"), "invalid_client", 401)


@pytest.mark.parametrize("missing", ["code", "redirect_uri", "client_id", "code_verifier", "grant_type"])
def test_missing_params(env: Env, missing: str) -> None:
    assert_oauth_error(env.exchange(env.code(), **{missing: None}), "invalid_request")


@pytest.mark.parametrize("grant_type", ["password", "client_credentials", "implicit"])
def test_unsupported_grant(env: Env, grant_type: str) -> None:
    assert_oauth_error(
        env.token(grant_type=grant_type, client_id=DEFAULT_CLIENT_ID), "unsupported_grant_type"
    )


def test_token_endpoint_wants_a_form(env: Env) -> None:
    response = env.http.request(
        "POST",
        f"{env.base}/token",
        json={"grant_type": "authorization_code", "code": env.code()},
    )
    assert_oauth_error(response, "invalid_request")


def test_duplicate_parameter(env: Env) -> None:
    body = f"grant_type=authorization_code&code={env.code()}&code=x&client_id={DEFAULT_CLIENT_ID}"
    response = env.http.request(
        "POST", f"{env.base}/token", body=body, headers={"Content-Type": "application/x-www-form-urlencoded"}
    )
    assert_oauth_error(response, "invalid_request")


# --------------------------------------------------------------------------
# Refresh tokens


def test_rotation(env: Env) -> None:
    first = env.login()
    second = env.refresh(first["refresh_token"])
    assert second.status == 200
    assert second.headers["Cache-Control"] == "no-store"
    rotated = second.json()
    assert rotated["refresh_token"] != first["refresh_token"]
    assert rotated["access_token"] != first["access_token"]
    assert rotated["scope"] == "workspace:admin offline_access"
    assert env.oauth.verify_access_token(rotated["access_token"]) is not None
    third = env.refresh(rotated["refresh_token"]).json()
    assert third["refresh_token"] not in (first["refresh_token"], rotated["refresh_token"])


def test_strict_reuse_revokes_the_whole_grant(env: Env) -> None:
    first = env.login()
    rotated = env.refresh(first["refresh_token"]).json()
    assert_oauth_error(env.refresh(first["refresh_token"]), "invalid_grant")
    assert env.oauth.verify_access_token(rotated["access_token"]) is None
    assert env.oauth.verify_access_token(first["access_token"]) is None
    assert_oauth_error(env.refresh(rotated["refresh_token"]), "invalid_grant")
    # Other grants are untouched.
    assert env.oauth.verify_access_token(env.login()["access_token"]) is not None


def test_grace_replay_returns_the_same_pair_once(grace_env: Env) -> None:
    env = grace_env
    first = env.login()
    rotated = env.refresh(first["refresh_token"]).json()
    env.clock.advance(5)
    replay = env.refresh(first["refresh_token"])
    assert replay.status == 200
    again = replay.json()
    assert (again["access_token"], again["refresh_token"]) == (
        rotated["access_token"],
        rotated["refresh_token"],
    )
    assert again["expires_in"] == 3600 - 5
    # A second replay is reuse: the grant goes.
    assert_oauth_error(env.refresh(first["refresh_token"]), "invalid_grant")
    assert env.oauth.verify_access_token(rotated["access_token"]) is None


def test_grace_window_is_ten_seconds(grace_env: Env) -> None:
    env = grace_env
    first = env.login()
    rotated = env.refresh(first["refresh_token"]).json()
    env.clock.advance(10.5)
    assert_oauth_error(env.refresh(first["refresh_token"]), "invalid_grant")
    assert env.oauth.verify_access_token(rotated["access_token"]) is None


def test_grace_only_for_the_just_rotated_token(grace_env: Env) -> None:
    env = grace_env
    first = env.login()
    second = env.refresh(first["refresh_token"]).json()
    env.refresh(second["refresh_token"])  # `first` is now two rotations old
    assert_oauth_error(env.refresh(first["refresh_token"]), "invalid_grant")


def test_expired_refresh_token(env: Env) -> None:
    tokens = env.login()
    env.clock.advance(90 * 24 * 3600)
    assert_oauth_error(env.refresh(tokens["refresh_token"]), "invalid_grant")


def test_refresh_token_bound_to_client_and_unknown(env: Env) -> None:
    tokens = env.login()
    response = env.refresh(
        tokens["refresh_token"], client_id=CONFIDENTIAL.client_id, client_secret="s3cret-value"
    )
    assert_oauth_error(response, "invalid_grant")
    assert_oauth_error(env.refresh("nope"), "invalid_grant")
    assert_oauth_error(env.refresh(tokens["refresh_token"], refresh_token=None), "invalid_request")
    assert env.refresh(tokens["refresh_token"]).status == 200


def test_refresh_scope_narrowing(env: Env) -> None:
    tokens = env.login()
    narrowed = env.refresh(tokens["refresh_token"], scope="workspace:admin").json()
    assert narrowed["scope"] == "workspace:admin"
    assert jwt_parts(narrowed["access_token"])[1]["scope"] == "workspace:admin"
    assert_oauth_error(
        env.refresh(narrowed["refresh_token"], scope="workspace:admin openid"), "invalid_scope"
    )


def test_no_refresh_token_without_offline_access(env: Env) -> None:
    tokens = env.login(scope="workspace:admin")
    assert "refresh_token" not in tokens
    assert tokens["scope"] == "workspace:admin"


def test_access_token_expiry_and_short_lifetime(
    http: urllib3.PoolManager, clock: FakeClock, faults: Faults
) -> None:
    for env in make_env(http, clock, faults, OAuthConfig(access_token_ttl=1)):
        tokens = env.login()
        assert tokens["expires_in"] == 1
        assert env.oauth.verify_access_token(tokens["access_token"]) is not None
        env.clock.advance(1)
        assert env.oauth.verify_access_token(tokens["access_token"]) is None
    with pytest.raises(ValueError):
        OAuthConfig(access_token_ttl=0)


def test_verify_rejects_foreign_and_tampered_tokens(
    env: Env, http: urllib3.PoolManager, clock: FakeClock
) -> None:
    token = env.login()["access_token"]
    header, claims, signature = token.split(".")
    assert env.oauth.verify_access_token(f"{header}.{claims}x.{signature}") is None
    assert env.oauth.verify_access_token("garbage") is None
    assert env.oauth.verify_access_token("a.b.c") is None
    # Same process-wide key, different fake: it never issued this token.
    for other in make_env(http, clock, Faults()):
        assert other.oauth.verify_access_token(token) is None
    assert env.oauth.revoke_grant_of(token) is True
    assert env.oauth.verify_access_token(token) is None


# --------------------------------------------------------------------------
# Counters, faults and logging


def test_token_requests_counted_by_grant_type_even_when_faulted(env: Env) -> None:
    tokens = env.login()
    env.faults.inject_status(503, "POST /token")
    assert env.refresh(tokens["refresh_token"]).status == 503
    env.refresh(tokens["refresh_token"])
    env.token(grant_type="password")
    env.token(client_id=DEFAULT_CLIENT_ID)
    counters = env.faults.counters
    assert counters.token_requests("authorization_code") == 1
    assert counters.token_requests("refresh_token") == 2
    assert counters.token_requests("password") == 1
    assert counters.token_requests("") == 1
    assert counters.token_requests() == 5
    assert counters.hits("POST /token") == 5
    assert counters.hits("GET /authorize") == 1


def test_secrets_never_logged(env: Env, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="prisma_management_api"):
        code = env.code()
        assert_oauth_error(env.exchange(code, code_verifier="y" * 43), "invalid_grant")
        tokens = env.exchange(code).json()
        env.refresh(tokens["refresh_token"])
        env.refresh(tokens["refresh_token"])  # reuse: logged as an error, without the token
        env.exchange(code, client_id=CONFIDENTIAL.client_id, client_secret="s3cret-value")
    text = caplog.text
    assert "token request refused" in text  # logging did happen
    for secret in (code, VERIFIER, tokens["access_token"], tokens["refresh_token"], "s3cret-value"):
        assert secret not in text
