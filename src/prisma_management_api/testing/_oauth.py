"""OAuth 2.0 authorization server of the fake Prisma platform.

Authorization code grant with PKCE (S256 only), refresh tokens with rotation,
RS256 JWT access tokens, RFC 8414 metadata and a JWKS.  Served by the engine
on its own listener (its own :class:`App`); the Management API side plugs in
its state through the ``workspaces`` provider and checks bearer tokens with
:meth:`OAuthServer.verify_access_token`.

Secrets (tokens, codes, verifiers, client secrets) are never logged, and are
kept out of every error description.
"""

from __future__ import annotations

import contextlib
import hmac
import logging
import re
import secrets
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Final, Literal, TypedDict
from urllib.parse import SplitResult, urlencode, urlsplit, urlunsplit

from ._engine import App, FakeHTTPError, FakeRequest, FakeResponse, json_response
from ._faults import Counters
from ._jwt import SigningKey, default_signing_key, pkce_s256

__all__ = [
    "DEFAULT_AUDIENCE",
    "DEFAULT_CLIENT_ID",
    "AccessTokenClaims",
    "OAuthClient",
    "OAuthConfig",
    "OAuthServer",
    "RefreshReusePolicy",
]

logger = logging.getLogger("prisma_management_api.testing.oauth")

DEFAULT_CLIENT_ID: Final = "fake-public-client"
DEFAULT_AUDIENCE: Final = "https://api.prisma.io"
SCOPE_ADMIN: Final = "workspace:admin"
SCOPE_OFFLINE: Final = "offline_access"
SUPPORTED_SCOPES: Final = (SCOPE_ADMIN, SCOPE_OFFLINE)
GRANT_CODE: Final = "authorization_code"
GRANT_REFRESH: Final = "refresh_token"
FORM_TYPE: Final = "application/x-www-form-urlencoded"

_LOOPBACK_HOSTS: Final = frozenset({"127.0.0.1", "localhost", "[::1]"})
# RFC 7636 §4.1/§4.2: 43-128 characters of the unreserved set.
_PKCE_VALUE: Final = re.compile(r"[A-Za-z0-9\-._~]{43,128}")
_NO_STORE: Final = {"Cache-Control": "no-store", "Pragma": "no-cache"}

RefreshReusePolicy = Literal["strict", "grace"]


# --------------------------------------------------------------------------
# Configuration


@dataclass(frozen=True)
class OAuthClient:
    """A registered client: public without ``secret``, else confidential.

    A loopback redirect URI (``http://127.0.0.1/...``, ``http://localhost/...``,
    ``http://[::1]/...``) matches any port (RFC 8252 §7.3); any other must
    match exactly.
    """

    client_id: str
    redirect_uris: tuple[str, ...] = (
        "http://127.0.0.1/callback",
        "http://localhost/callback",
    )
    secret: str | None = field(default=None, repr=False)

    @property
    def confidential(self) -> bool:
        return self.secret is not None

    def allows_redirect(self, redirect_uri: str) -> bool:
        return any(_redirect_matches(r, redirect_uri) for r in self.redirect_uris)


def _redirect_matches(registered: str, requested: str) -> bool:
    if registered == requested:
        return True
    a, b = _split_url(registered), _split_url(requested)
    if a is None or b is None or a.scheme != "http" or b.scheme != "http":
        return False
    host_a, host_b = _host_of(a), _host_of(b)
    return (
        host_a in _LOOPBACK_HOSTS
        and host_a == host_b
        and a.path == b.path
        and a.query == b.query
        and not b.fragment
    )


def _split_url(url: str) -> SplitResult | None:
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError:
        return None
    return parts


def _host_of(parts: SplitResult) -> str:
    host = (parts.hostname or "").lower()
    return f"[{host}]" if ":" in host else host


@dataclass(frozen=True)
class OAuthConfig:
    """Lifetimes (seconds) and the refresh-token reuse policy.

    ``strict``: presenting a rotated refresh token again revokes the whole
    grant (every access and refresh token issued from that authorization).
    ``grace``: ONE replay of the just-rotated token within ``grace_period``
    returns the same new pair (a client that lost the response can retry);
    any other reuse revokes the grant as in ``strict``.
    """

    code_ttl: float = 60.0
    access_token_ttl: int = 3600
    refresh_token_ttl: float = 90 * 24 * 3600.0
    refresh_reuse: RefreshReusePolicy = "strict"
    grace_period: float = 10.0

    def __post_init__(self) -> None:
        if self.access_token_ttl < 1:
            raise ValueError("access_token_ttl must be >= 1 second")
        if self.code_ttl <= 0 or self.refresh_token_ttl <= 0 or self.grace_period < 0:
            raise ValueError("lifetimes must be positive")
        if self.refresh_reuse not in ("strict", "grace"):
            raise ValueError(f"unknown refresh_reuse policy {self.refresh_reuse!r}")


class AccessTokenClaims(TypedDict):
    """Claims of the fake's access tokens, as verified."""

    iss: str
    sub: str
    aud: str
    workspace_id: str
    scope: str
    iat: int
    exp: int
    jti: str
    client_id: str


# --------------------------------------------------------------------------
# State records


@dataclass
class _Grant:
    """One consent: everything issued from it is revoked together."""

    grant_id: str
    client_id: str
    user_id: str
    workspace_id: str
    scope: tuple[str, ...]
    revoked: bool = False


@dataclass
class _Code:
    client_id: str
    redirect_uri: str
    challenge: str
    scope: tuple[str, ...]
    workspace_id: str
    user_id: str
    expires_at: float
    grant_id: str | None = None  # set once exchanged


@dataclass
class _Issued:
    access_token: str
    exp: int
    scope: str
    refresh_token: str | None


@dataclass
class _Refresh:
    grant_id: str
    client_id: str
    expires_at: float
    successor: str | None = None
    rotated_at: float = 0.0
    rotation: _Issued | None = None  # the pair handed out when rotated
    replayed: bool = False


class _OAuthError(Exception):
    """An RFC 6749 error: ``{"error", "error_description"}``."""

    def __init__(self, error: str, description: str, status: int = 400) -> None:
        super().__init__(f"{error}: {description}")
        self.error = error
        self.description = description
        self.status = status

    def response(self) -> FakeResponse:
        body = {"error": self.error, "error_description": self.description}
        return json_response(self.status, body, _NO_STORE)


def _invalid_client(description: str) -> _OAuthError:
    return _OAuthError("invalid_client", description, 401)


# --------------------------------------------------------------------------
# The server


class OAuthServer:
    """State and routes of the fake authorization server.

    ``workspaces`` returns the ids of the workspaces the (single) user
    ``user_id`` belongs to; by default an authorization grants the first.
    ``clock`` (default :func:`time.time`) drives every expiry, so tests can
    move time forward instead of sleeping.  All methods are thread-safe.
    """

    def __init__(
        self,
        *,
        workspaces: Callable[[], Sequence[str]],
        user_id: str = "usr_fake0000000000000001",
        clients: Iterable[OAuthClient] | None = None,
        config: OAuthConfig | None = None,
        clock: Callable[[], float] = time.time,
        counters: Counters | None = None,
        signing_key: SigningKey | None = None,
        audience: str = DEFAULT_AUDIENCE,
        issuer: str | None = None,
    ) -> None:
        self.config = config or OAuthConfig()
        self.user_id = user_id
        self.audience = audience
        self.counters = counters
        self.signing_key = signing_key or default_signing_key()
        self._workspaces = workspaces
        self._clock = clock
        self._issuer = issuer
        self._app: App | None = None
        self._lock = threading.RLock()
        self._clients: dict[str, OAuthClient] = {}
        for client in clients if clients is not None else [OAuthClient(DEFAULT_CLIENT_ID)]:
            self.register_client(client)
        self._codes: dict[str, _Code] = {}
        # Codes kept after the last purge: the next purge runs once the table has doubled, so
        # purging costs O(1) per code however many are issued.
        self._codes_after_purge = 0
        self._grants: dict[str, _Grant] = {}
        self._refresh: dict[str, _Refresh] = {}
        self._access: dict[str, str] = {}  # jti -> grant_id
        self._deny_left = 0
        self._deny_forever = False
        self._deny_description = "the user denied access"
        self._workspace: str | None = None

    # Wiring ----------------------------------------------------------------

    def install(self, app: App) -> App:
        """Register the OAuth routes on ``app``; its URL becomes the issuer."""
        app.add_route("GET", "/authorize", self._handle_authorize)
        app.add_route("POST", "/token", self._handle_token, observer=self._count_token)
        app.add_route("GET", "/.well-known/oauth-authorization-server", self._handle_metadata)
        app.add_route("GET", "/.well-known/jwks.json", self._handle_jwks)
        self._app = app
        return app

    @property
    def issuer(self) -> str:
        """``iss`` of issued tokens: the OAuth listener's base URL."""
        if self._issuer is not None:
            return self._issuer
        if self._app is None or self._app.base_url is None:
            raise RuntimeError("OAuth app is not listening yet: no issuer URL")
        return self._app.base_url

    def metadata(self) -> dict[str, object]:
        """RFC 8414 authorization server metadata."""
        issuer = self.issuer
        return {
            "issuer": issuer,
            "authorization_endpoint": f"{issuer}/authorize",
            "token_endpoint": f"{issuer}/token",
            "jwks_uri": f"{issuer}/.well-known/jwks.json",
            "response_types_supported": ["code"],
            "grant_types_supported": [GRANT_CODE, GRANT_REFRESH],
            "code_challenge_methods_supported": ["S256"],
            "scopes_supported": list(SUPPORTED_SCOPES),
            "token_endpoint_auth_methods_supported": ["none", "client_secret_post"],
        }

    def jwks(self) -> dict[str, list[dict[str, str]]]:
        return self.signing_key.jwks()

    # Clients ---------------------------------------------------------------

    def register_client(self, client: OAuthClient) -> OAuthClient:
        with self._lock:
            self._clients[client.client_id] = client
        return client

    def client(self, client_id: str) -> OAuthClient | None:
        with self._lock:
            return self._clients.get(client_id)

    # Test hooks ------------------------------------------------------------

    def deny(self, times: int | None = 1, description: str | None = None) -> None:
        """The next ``times`` authorizations (None: all) are refused by the user."""
        with self._lock:
            self._deny_forever = times is None
            self._deny_left = times or 0
            if description is not None:
                self._deny_description = description

    def allow(self) -> None:
        """Back to automatic consent."""
        self.deny(0)

    def select_workspace(self, workspace_id: str | None) -> None:
        """Workspace granted by later authorizations (None: the first one)."""
        if workspace_id is not None and workspace_id not in self._workspaces():
            raise ValueError(f"unknown workspace {workspace_id!r}")
        with self._lock:
            self._workspace = workspace_id

    def revoke_grant_of(self, token: str) -> bool:
        """Revoke everything issued with ``token`` (access or refresh token)."""
        with self._lock:
            grant_id = None
            if token in self._refresh:
                grant_id = self._refresh[token].grant_id
            else:
                claims = self.signing_key.verify(token)
                jti = claims.get("jti") if claims is not None else None
                if isinstance(jti, str):
                    grant_id = self._access.get(jti)
            if grant_id is None:
                return False
            self._revoke(grant_id)
            return True

    # Read-only views --------------------------------------------------------

    @property
    def grants_issued(self) -> int:
        """How many grants (consents) authorization codes have produced so far."""
        with self._lock:
            return len(self._grants)

    @property
    def grants_revoked(self) -> int:
        """How many of them are revoked: a replayed refresh token or authorization code,
        :meth:`revoke_grant_of`, a deleted integration. A test of a refresh race asserts it
        stays 0 (no rotated refresh token was lost or replayed)."""
        with self._lock:
            return sum(grant.revoked for grant in self._grants.values())

    # Verification (for the Management API side) ----------------------------

    def verify_access_token(self, token: str) -> AccessTokenClaims | None:
        """Claims of a valid access token issued by THIS server, else None.

        Checks the signature, ``iss``, ``aud``, ``exp`` (against the injected
        clock) and that its grant was not revoked.
        """
        claims = _typed_claims(self.signing_key.verify(token))
        if claims is None:
            return None
        with self._lock:
            grant_id = self._access.get(claims["jti"])
            grant = self._grants.get(grant_id) if grant_id is not None else None
            if grant is None or grant.revoked:
                return None
        if self._clock() >= claims["exp"]:
            return None
        if claims["iss"] != self.issuer or claims["aud"] != self.audience:
            return None
        return claims

    # /authorize ------------------------------------------------------------

    def _handle_authorize(self, request: FakeRequest) -> FakeResponse:
        query = request.query
        try:
            client, redirect_uri = self._authorize_target(query)
        except _OAuthError as exc:
            # RFC 6749 §4.1.2.1: never redirect to an unverified URI.
            return exc.response()
        states = [s for s in query.get("state", []) if s]
        state = states[0] if len(states) == 1 else None
        try:
            code = self._authorize(client, query)
        except _OAuthError as exc:
            logger.debug("authorize for %s refused: %s", client.client_id, exc.error)
            params = {"error": exc.error, "error_description": exc.description}
            return _redirect(redirect_uri, params, state)
        return _redirect(redirect_uri, {"code": code}, state)

    def _authorize_target(self, query: Mapping[str, list[str]]) -> tuple[OAuthClient, str]:
        client_id = _single(query, "client_id")
        client = self.client(client_id)
        if client is None:
            raise _OAuthError("invalid_client", f"unknown client_id {client_id!r}")
        redirect_uri = _single(query, "redirect_uri")
        if not client.allows_redirect(redirect_uri):
            raise _OAuthError(
                "invalid_request",
                f"redirect_uri is not registered for client {client_id!r}",
            )
        return client, redirect_uri

    def _authorize(self, client: OAuthClient, query: Mapping[str, list[str]]) -> str:
        params = _single_values(query)
        response_type = params.get("response_type")
        if response_type is None:
            raise _OAuthError("invalid_request", "response_type is required")
        if response_type != "code":
            raise _OAuthError("unsupported_response_type", "only response_type=code is supported")
        scope = _parse_scope(params.get("scope"))
        challenge = params.get("code_challenge")
        if challenge is None:
            raise _OAuthError("invalid_request", "code_challenge is required (PKCE)")
        if params.get("code_challenge_method") != "S256":
            raise _OAuthError("invalid_request", "code_challenge_method must be S256")
        if not _PKCE_VALUE.fullmatch(challenge):
            raise _OAuthError("invalid_request", "malformed code_challenge")
        workspace_id = self._consent()
        code = secrets.token_urlsafe(32)
        with self._lock:
            self._purge_codes()
            self._codes[code] = _Code(
                client_id=client.client_id,
                redirect_uri=_single(query, "redirect_uri"),
                challenge=challenge,
                scope=scope,
                workspace_id=workspace_id,
                user_id=self.user_id,
                expires_at=self._clock() + self.config.code_ttl,
            )
        return code

    def _purge_codes(self) -> None:
        """Forget codes expired for a whole ``code_ttl`` (until then, a late exchange still hears
        "expired" and a replay still revokes its tokens): a client that authorizes and never
        exchanges cannot grow the table. Call with the lock held."""
        if len(self._codes) < 2 * self._codes_after_purge + 64:
            return
        horizon = self._clock() - self.config.code_ttl
        for code in [c for c, record in self._codes.items() if record.expires_at < horizon]:
            del self._codes[code]
        self._codes_after_purge = len(self._codes)

    def _consent(self) -> str:
        """What the user does on the consent screen: a workspace, or refuse."""
        with self._lock:
            if self._deny_forever or self._deny_left > 0:
                self._deny_left = max(0, self._deny_left - 1)
                raise _OAuthError("access_denied", self._deny_description)
            selected = self._workspace
        available = list(self._workspaces())
        if not available:
            raise _OAuthError("access_denied", "the user has no workspace to grant")
        if selected is None:
            return available[0]
        if selected not in available:
            raise _OAuthError("access_denied", f"selected workspace {selected!r} no longer exists")
        return selected

    # /token ----------------------------------------------------------------

    def _count_token(self, request: FakeRequest) -> None:
        # Runs before faults (see _faults): counts what the client sent.
        if self.counters is None:
            return
        grant_type = ""
        if request.content_type == FORM_TYPE:
            with contextlib.suppress(FakeHTTPError):
                grant_type = request.form().get("grant_type", [""])[0]
        self.counters.count_token_request(grant_type)

    def _handle_token(self, request: FakeRequest) -> FakeResponse:
        try:
            issued = self._token(request)
        except _OAuthError as exc:
            logger.debug("token request refused: %s", exc.error)
            return exc.response()
        body: dict[str, object] = {
            "access_token": issued.access_token,
            "token_type": "Bearer",
            "expires_in": max(0, issued.exp - int(self._clock())),
            "scope": issued.scope,
        }
        if issued.refresh_token is not None:
            body["refresh_token"] = issued.refresh_token
        return json_response(200, body, _NO_STORE)

    def _token(self, request: FakeRequest) -> _Issued:
        if request.content_type != FORM_TYPE:
            raise _OAuthError("invalid_request", f"the token endpoint takes {FORM_TYPE}")
        try:
            params = _single_values(request.form())
        except FakeHTTPError as exc:
            raise _OAuthError("invalid_request", exc.message) from None
        grant_type = params.get("grant_type")
        if grant_type is None:
            raise _OAuthError("invalid_request", "grant_type is required")
        if grant_type not in (GRANT_CODE, GRANT_REFRESH):
            raise _OAuthError("unsupported_grant_type", f"grant_type {grant_type!r} is not supported")
        client = self._authenticate(params, request)
        if grant_type == GRANT_CODE:
            return self._exchange_code(client, params)
        return self._refresh_grant(client, params)

    def _authenticate(self, params: Mapping[str, str], request: FakeRequest) -> OAuthClient:
        client_id = _require(params, "client_id")
        client = self.client(client_id)
        if client is None:
            raise _invalid_client(f"unknown client_id {client_id!r}")
        if client.secret is None:
            # Public client: PKCE stands in for a secret; a stray
            # client_secret is ignored rather than refused.
            return client
        secret = params.get("client_secret")
        if secret is None:
            hint = " (client_secret_basic is not supported)" if "Authorization" in request.headers else ""
            raise _invalid_client(f"client_secret is required{hint}")
        if not hmac.compare_digest(secret.encode(), client.secret.encode()):
            raise _invalid_client("client authentication failed")
        return client

    def _exchange_code(self, client: OAuthClient, params: Mapping[str, str]) -> _Issued:
        code = _require(params, "code")
        redirect_uri = _require(params, "redirect_uri")
        verifier = _require(params, "code_verifier")
        now = self._clock()
        with self._lock:
            record = self._codes.get(code)
            if record is None or record.client_id != client.client_id:
                raise _OAuthError("invalid_grant", "unknown authorization code")
            if record.grant_id is not None:
                # RFC 6749 §4.1.2: a replayed code revokes what it produced.
                self._revoke(record.grant_id)
                raise _OAuthError(
                    "invalid_grant",
                    "authorization code already used; tokens issued from it are revoked",
                )
            if now >= record.expires_at:
                raise _OAuthError("invalid_grant", "authorization code expired")
            if redirect_uri != record.redirect_uri:
                raise _OAuthError("invalid_grant", "redirect_uri does not match the authorization request")
            if not _PKCE_VALUE.fullmatch(verifier) or not hmac.compare_digest(
                pkce_s256(verifier), record.challenge
            ):
                raise _OAuthError("invalid_grant", "PKCE verification failed")
            grant = self._new_grant(record)
            record.grant_id = grant.grant_id
            return self._issue(grant, grant.scope, now)

    def _refresh_grant(self, client: OAuthClient, params: Mapping[str, str]) -> _Issued:
        token = _require(params, "refresh_token")
        requested = params.get("scope")
        now = self._clock()
        with self._lock:
            record = self._refresh.get(token)
            if record is None or record.client_id != client.client_id:
                raise _OAuthError("invalid_grant", "unknown refresh token")
            grant = self._grants[record.grant_id]
            if grant.revoked:
                raise _OAuthError("invalid_grant", "refresh token revoked")
            if now >= record.expires_at:
                raise _OAuthError("invalid_grant", "refresh token expired")
            if record.successor is not None:
                return self._replay(record, grant, now)
            scope = grant.scope
            if requested is not None:
                scope = _parse_scope(requested)
                if not set(scope) <= set(grant.scope):
                    raise _OAuthError("invalid_scope", "scope exceeds the original grant")
            issued = self._issue(grant, scope, now)
            record.successor = issued.refresh_token
            record.rotated_at = now
            record.rotation = issued
            return issued

    def _replay(self, record: _Refresh, grant: _Grant, now: float) -> _Issued:
        """A rotated refresh token came back: grace replay, or revoke."""
        successor = self._refresh.get(record.successor or "")
        just_rotated = successor is not None and successor.successor is None
        if (
            self.config.refresh_reuse == "grace"
            and just_rotated
            and not record.replayed
            and now - record.rotated_at <= self.config.grace_period
            and record.rotation is not None
        ):
            record.replayed = True
            return record.rotation
        self._revoke(grant.grant_id)
        raise _OAuthError("invalid_grant", "refresh token already used; the grant is revoked")

    # Issuing ---------------------------------------------------------------

    def _new_grant(self, code: _Code) -> _Grant:
        grant = _Grant(
            grant_id=secrets.token_hex(8),
            client_id=code.client_id,
            user_id=code.user_id,
            workspace_id=code.workspace_id,
            scope=code.scope,
        )
        self._grants[grant.grant_id] = grant
        return grant

    def _issue(self, grant: _Grant, scope: tuple[str, ...], now: float) -> _Issued:
        iat = int(now)
        exp = iat + self.config.access_token_ttl
        jti = secrets.token_hex(16)
        scope_text = " ".join(scope)
        access_token = self.signing_key.sign(
            {
                "iss": self.issuer,
                "sub": grant.user_id,
                "aud": self.audience,
                "workspace_id": grant.workspace_id,
                "scope": scope_text,
                "iat": iat,
                "exp": exp,
                "jti": jti,
                "client_id": grant.client_id,
            }
        )
        self._access[jti] = grant.grant_id
        refresh_token = None
        if SCOPE_OFFLINE in grant.scope:
            refresh_token = secrets.token_urlsafe(32)
            self._refresh[refresh_token] = _Refresh(
                grant_id=grant.grant_id,
                client_id=grant.client_id,
                expires_at=now + self.config.refresh_token_ttl,
            )
        return _Issued(access_token, exp, scope_text, refresh_token)

    def _revoke(self, grant_id: str) -> None:
        grant = self._grants.get(grant_id)
        if grant is not None:
            grant.revoked = True

    # Discovery -------------------------------------------------------------

    def _handle_metadata(self, request: FakeRequest) -> FakeResponse:
        return json_response(200, self.metadata())

    def _handle_jwks(self, request: FakeRequest) -> FakeResponse:
        return json_response(200, self.jwks())


# --------------------------------------------------------------------------
# Helpers


def _single_values(params: Mapping[str, list[str]]) -> dict[str, str]:
    """One value per parameter; empty ones count as absent (RFC 6749 §3.1)."""
    result: dict[str, str] = {}
    for name, values in params.items():
        present = [v for v in values if v]
        if len(present) > 1:
            raise _OAuthError("invalid_request", f"parameter {name} given more than once")
        if present:
            result[name] = present[0]
    return result


def _single(params: Mapping[str, list[str]], name: str) -> str:
    values = [v for v in params.get(name, []) if v]
    if not values:
        raise _OAuthError("invalid_request", f"{name} is required")
    if len(values) > 1:
        raise _OAuthError("invalid_request", f"parameter {name} given more than once")
    return values[0]


def _require(params: Mapping[str, str], name: str) -> str:
    value = params.get(name)
    if value is None:
        raise _OAuthError("invalid_request", f"{name} is required")
    return value


def _parse_scope(scope: str | None) -> tuple[str, ...]:
    if scope is None:
        raise _OAuthError("invalid_scope", f"scope is required and must include {SCOPE_ADMIN}")
    tokens = tuple(dict.fromkeys(scope.split()))  # dedupe, keep order
    unknown = [t for t in tokens if t not in SUPPORTED_SCOPES]
    if unknown:
        raise _OAuthError("invalid_scope", f"unsupported scope: {' '.join(unknown)}")
    if SCOPE_ADMIN not in tokens:
        raise _OAuthError("invalid_scope", f"scope must include {SCOPE_ADMIN}")
    return tokens


def _redirect(uri: str, params: Mapping[str, str], state: str | None) -> FakeResponse:
    parts = urlsplit(uri)
    values = dict(params)
    if state is not None:
        values["state"] = state
    query = "&".join(q for q in (parts.query, urlencode(values)) if q)
    location = urlunsplit(parts._replace(query=query, fragment=""))
    return FakeResponse(302, {"Location": location, **_NO_STORE})


def _typed_claims(claims: Mapping[str, object] | None) -> AccessTokenClaims | None:
    if claims is None:
        return None
    strings = ("iss", "sub", "aud", "workspace_id", "scope", "jti", "client_id")
    if not all(isinstance(claims.get(name), str) for name in strings):
        return None
    iat, exp = claims.get("iat"), claims.get("exp")
    if not isinstance(iat, int) or not isinstance(exp, int):
        return None
    return AccessTokenClaims(
        iss=str(claims["iss"]),
        sub=str(claims["sub"]),
        aud=str(claims["aud"]),
        workspace_id=str(claims["workspace_id"]),
        scope=str(claims["scope"]),
        iat=iat,
        exp=exp,
        jti=str(claims["jti"]),
        client_id=str(claims["client_id"]),
    )
