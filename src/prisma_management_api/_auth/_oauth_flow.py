"""The OAuth 2.0 authorization-code flow with PKCE, sans-I/O.

Everything here is pure: it builds the login URL, reads the callback URL, builds the token
requests as :class:`~prisma_management_api._core.PreparedRequest` and reads the token answers.
The sync and async SDKs only send those requests, each through its own transport, so both
behave the same by construction. Messages follow the TypeScript SDK's word for word.
"""

from __future__ import annotations

import dataclasses
import hmac
import json
import time
from collections.abc import Mapping, Sequence
from typing import Any, cast
from urllib.parse import parse_qs, urlencode, urlsplit

from .._core import USER_AGENT, PreparedRequest, RawResponse
from .._exceptions import AuthError
from .._types import Timeout
from ._pkce import b64url_decode, new_state, new_verifier, s256_challenge
from ._tokens import LoginResult, Tokens

NO_TOKENS = "No tokens available. Please log in first."
NO_REFRESH_TOKEN = "No refresh token available. Please log in again."  # noqa: S105 - a message
REFRESH_NETWORK_ERROR = "Network error during token refresh"

# The parameters the SDK itself puts in the authorize URL: additional_params may not replace them,
# or a caller could silently turn PKCE or the CSRF check off.
_RESERVED_PARAMS = frozenset(
    {
        "response_type",
        "client_id",
        "redirect_uri",
        "scope",
        "state",
        "code_challenge",
        "code_challenge_method",
    }
)


@dataclasses.dataclass(frozen=True)
class OAuthConfig:
    client_id: str
    redirect_uri: str
    auth_base_url: str
    timeout: Timeout
    client_secret: str | None = dataclasses.field(default=None, repr=False)

    @property
    def token_url(self) -> str:
        return f"{self.auth_base_url}/token"


def login(
    config: OAuthConfig, scope: str | Sequence[str], additional_params: Mapping[str, str] | None
) -> LoginResult:
    """A fresh state and verifier, and the authorize URL that carries the state and the challenge."""
    if isinstance(scope, str):
        scope_text = scope
    else:
        if not all(isinstance(item, str) for item in scope):
            raise TypeError("scope must be a string or a list of strings")
        scope_text = " ".join(scope)
    if not scope_text.strip():
        raise ValueError("scope must not be empty (e.g. 'workspace:admin offline_access')")
    state, verifier = new_state(), new_verifier()
    params = {
        "response_type": "code",
        "client_id": config.client_id,
        "redirect_uri": config.redirect_uri,
        "scope": scope_text,
        "state": state,
        "code_challenge": s256_challenge(verifier),
        "code_challenge_method": "S256",
    }
    for key, value in (additional_params or {}).items():
        if key in _RESERVED_PARAMS:
            raise ValueError(f"additional_params may not set {key!r}: the SDK sets it")
        if not isinstance(key, str) or not isinstance(value, str):
            raise TypeError("additional_params must map strings to strings")
        params[key] = value
    return LoginResult(f"{config.auth_base_url}/authorize?{urlencode(params)}", state, verifier)


def code_from_callback(callback_url: object, expected_state: str) -> str:
    """The authorization code of a callback URL, once its ``error`` and ``state`` are checked.

    Any problem is an :class:`AuthError`; a relative URL (``/callback?code=...``, as some web
    frameworks hand it over) is accepted, since only its query matters.
    """
    if not isinstance(callback_url, str):
        raise AuthError("Invalid callback URL")
    try:
        query = urlsplit(callback_url).query
        params = parse_qs(query, keep_blank_values=True)
    except ValueError:
        raise AuthError("Invalid callback URL") from None
    error = _first(params, "error")
    if error:
        description = _first(params, "error_description")
        raise AuthError(f"{error}: {description}" if description else error)
    code = _first(params, "code")
    if not code:
        raise AuthError("No authorization code found in callback URL")
    state = _first(params, "state")
    # An empty expected state (a lost session, a missing cookie) must never match a callback
    # that carries no state; compare_digest keeps the comparison's time independent of the value.
    if (
        state is None
        or not isinstance(expected_state, str)
        or not expected_state
        or not hmac.compare_digest(_utf8(state), _utf8(expected_state))
    ):
        raise AuthError("Invalid state parameter. Possible CSRF attack.")
    return code


def _utf8(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


def _first(params: dict[str, list[str]], name: str) -> str | None:
    values = params.get(name)
    return values[0] if values else None


def code_exchange_request(config: OAuthConfig, code: str, verifier: str) -> PreparedRequest:
    if not isinstance(verifier, str) or not verifier:
        raise AuthError("A PKCE verifier is required to handle the callback")
    return _token_request(
        config,
        {
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": config.redirect_uri,
            "client_id": config.client_id,
            "code_verifier": verifier,
        },
    )


def refresh_request(config: OAuthConfig, refresh_token: str) -> PreparedRequest:
    return _token_request(
        config, {"grant_type": "refresh_token", "refresh_token": refresh_token, "client_id": config.client_id}
    )


def _token_request(config: OAuthConfig, form: dict[str, str]) -> PreparedRequest:
    if config.client_secret is not None:
        form["client_secret"] = config.client_secret
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "Accept": "application/json",
        "User-Agent": USER_AGENT,
    }
    timeout = _bounded(config.timeout)
    deadline = None if timeout.total is None else time.monotonic() + timeout.total
    return PreparedRequest(
        "POST",
        config.token_url,
        headers,
        urlencode(form).encode("ascii"),
        timeout,
        False,
        None,
        deadline=deadline,
    )


def _bounded(timeout: Timeout) -> Timeout:
    """The token request's timeout, with a deadline of its connect and read timeouts together.

    A call's ``total`` is not a token request's: a refresh runs on to its end after the call that
    needed it gave up (its answer rotates the refresh token). Yet per-read timeouts alone let a
    server trickling its answer hold the request forever, and a refresh may run in a thread the
    interpreter's exit waits for; connect + read is what a server answering within its timeouts
    ever needs."""
    if timeout.read is None:
        return timeout
    return Timeout(connect=timeout.connect, read=timeout.read, total=(timeout.connect or 0.0) + timeout.read)


def tokens_from_response(
    raw: RawResponse, *, refreshing: bool, previous_refresh_token: str | None = None
) -> Tokens:
    """The token endpoint's answer -> :class:`Tokens`, or the :class:`AuthError` it amounts to.

    ``refresh_token_invalid`` is set for an ``invalid_grant`` answer to a refresh: the refresh
    token is dead and the user must log in again.

    An answer without a ``refresh_token`` (or with ``""``) is valid: a login without
    ``offline_access`` gets none (the tokens keep ``None``), and a refresh answer may leave it
    out when the server does not rotate it (RFC 6749 section 6), so ``previous_refresh_token``,
    the one just used, is kept, as Authlib and google-auth do.
    """
    try:
        data: Any = json.loads(raw.content or b"")
    except (ValueError, RecursionError):
        raise AuthError(f"Failed to parse token response (status {raw.status})") from None
    body = _json_object(data)
    if 400 <= raw.status < 500:
        invalid = body is not None and body.get("error") == "invalid_grant"
        raise AuthError(_oauth_error_message(body), refresh_token_invalid=refreshing and invalid)
    if raw.status != 200:
        raise AuthError(f"Token request failed with status {raw.status}")
    access_token = body.get("access_token") if body is not None else None
    refresh_token = body.get("refresh_token") if body is not None else None
    if not isinstance(access_token, str) or not access_token:
        raise AuthError("Invalid token response format")
    if refresh_token is not None and not isinstance(refresh_token, str):
        raise AuthError("Invalid token response format")
    return Tokens(workspace_id_of(access_token), access_token, refresh_token or previous_refresh_token)


def _json_object(data: Any) -> dict[str, Any] | None:
    return cast("dict[str, Any]", data) if isinstance(data, dict) else None


def _oauth_error_message(body: dict[str, Any] | None) -> str:
    if body is not None:
        error, description = body.get("error"), body.get("error_description")
        if isinstance(error, str):
            return f"{error}: {description}" if isinstance(description, str) else error
    return "Unknown error"


def jwt_claims(token: str) -> dict[str, Any] | None:
    """The payload of a JWT, *not verified* (the API verifies it); ``None`` if it is not a JWT."""
    parts = token.split(".")
    if len(parts) != 3:
        return None
    try:
        claims: Any = json.loads(b64url_decode(parts[1]))
    except (ValueError, RecursionError):  # bad base64, bad UTF-8, bad JSON, absurd nesting
        return None
    return _json_object(claims)


def workspace_id_of(access_token: str) -> str:
    claims = jwt_claims(access_token)
    workspace_id = claims.get("workspace_id") if claims is not None else None
    if not isinstance(workspace_id, str):
        raise AuthError("workspace_id not found in access token")
    return workspace_id


def expires_at(access_token: str) -> float | None:
    """The ``exp`` claim (seconds since the epoch) when the token is a JWT that has one."""
    claims = jwt_claims(access_token)
    exp = claims.get("exp") if claims is not None else None
    if isinstance(exp, bool) or not isinstance(exp, (int, float)):
        return None
    return float(exp)


def expires_within(access_token: str, seconds: float, now: float | None = None) -> bool:
    exp = expires_at(access_token)
    return exp is not None and exp - (time.time() if now is None else now) <= seconds


def has_expired(access_token: str) -> bool:
    return expires_within(access_token, 0.0)
