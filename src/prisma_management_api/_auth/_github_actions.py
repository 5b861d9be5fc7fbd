"""GitHub Actions OIDC: a secret-free login for CI jobs.

Inside a job with ``permissions: id-token: write``, GitHub sets ``ACTIONS_ID_TOKEN_REQUEST_URL``
and ``ACTIONS_ID_TOKEN_REQUEST_TOKEN``. :class:`GitHubActionsOIDC` asks that endpoint for an OIDC
token with audience ``prisma-cloud``, exchanges it at ``POST /v1/auth/github-actions/token`` for
a short-lived workspace service token, and gets a new one before it expires (and once after a
401). It is a middleware of the flow pipeline: its two exchanges are ``Send`` effects, so they go
through the client's own transport (proxy settings included) and one implementation serves the
sync and the async client alike.
"""

from __future__ import annotations

import datetime
import json
import threading
import time
from collections.abc import Generator
from typing import Any, NamedTuple, Union, cast
from urllib.parse import quote

from .._core import USER_AGENT, PreparedRequest, RawResponse
from .._env import from_env
from .._exceptions import AuthError
from .._pipeline import Call, Effect, Flow, FlowFactory, Middleware, Send, Sleep
from ._middleware import with_bearer

REQUEST_URL_VAR = "ACTIONS_ID_TOKEN_REQUEST_URL"
REQUEST_TOKEN_VAR = "ACTIONS_ID_TOKEN_REQUEST_TOKEN"  # noqa: S105 (a variable name)
AUDIENCE = "prisma-cloud"
EXCHANGE_PATH = "/v1/auth/github-actions/token"
MAX_LIFETIME = 3600  # the API's cap
_RENEWAL_POLL = 0.02  # how often a caller waiting for another's renewal looks again
_RENEWAL_STALE = 60.0  # a renewal marked longer ago than this is taken over


class _ServiceToken(NamedTuple):
    value: str
    expires_at: float  # epoch seconds
    workspace_id: str


_Renewal = Generator[Effect, Union[RawResponse, None], _ServiceToken]


class GitHubActionsOIDC:
    """Credentials of a GitHub Actions job, for ``create_management_api_client(credentials=...)``
    (and the async client, and ``prisma-management --github-oidc``).

    ``lifetime``: seconds each service token lives (60-3600, the API's cap; default 1800). A
    token is renewed ``renew_before`` seconds before it expires (default: a quarter of its
    lifetime, at most 5 minutes). ``request_url`` / ``request_token`` default to GitHub's
    variables; :meth:`available` tells whether they are set. One instance may serve several
    clients: they share its current token.
    """

    def __init__(
        self,
        *,
        lifetime: int = 1800,
        renew_before: float | None = None,
        request_url: str | None = None,
        request_token: str | None = None,
        audience: str = AUDIENCE,
    ) -> None:
        if isinstance(lifetime, bool) or not isinstance(lifetime, int) or not 60 <= lifetime <= MAX_LIFETIME:
            raise ValueError(f"lifetime must be a whole number of seconds from 60 to {MAX_LIFETIME}")
        url = request_url or from_env(REQUEST_URL_VAR)
        token = request_token or from_env(REQUEST_TOKEN_VAR)
        if url is None or token is None:
            raise ValueError(
                f"GitHub Actions OIDC needs {REQUEST_URL_VAR} and {REQUEST_TOKEN_VAR}: run inside a "
                "GitHub Actions job whose workflow grants `permissions: id-token: write`"
            )
        if not url.startswith(("https://", "http://")):
            raise ValueError(f"{REQUEST_URL_VAR} must be an http(s) URL")
        self.lifetime = lifetime
        self.renew_before = min(300.0, lifetime / 4) if renew_before is None else float(renew_before)
        if not 0 <= self.renew_before < lifetime:
            raise ValueError("renew_before must be >= 0 and less than lifetime")
        self.audience = audience
        self._request_url = url
        self._request_token = token
        self._current: _ServiceToken | None = None
        self._lock = threading.Lock()
        self._renewing_since: float | None = None  # monotonic time a renewal began, None: none
        self.exchanges = 0  # how many service tokens were obtained (renewals included)

    @staticmethod
    def available() -> bool:
        """Whether this process runs in a GitHub Actions job that may request OIDC tokens."""
        return from_env(REQUEST_URL_VAR) is not None and from_env(REQUEST_TOKEN_VAR) is not None

    @property
    def workspace_id(self) -> str | None:
        """The workspace of the current service token (``None`` before the first exchange)."""
        current = self._current
        return current.workspace_id if current is not None else None

    @property
    def expires_at(self) -> float | None:
        """When the current service token expires (epoch seconds), ``None`` before the first."""
        current = self._current
        return current.expires_at if current is not None else None

    def middleware(self, base_url: str) -> Middleware:
        """The pipeline middleware for a client of ``base_url`` (where the exchange is sent)."""
        exchange_url = base_url.rstrip("/") + EXCHANGE_PATH

        def middleware(request: PreparedRequest, inner: FlowFactory) -> Flow:
            valid = self._valid_token()
            token = valid if valid is not None else (yield from self._renew(request, exchange_url))
            response = yield from inner(with_bearer(request, token.value))
            if response.status != 401:
                return response
            if response.close is not None:  # a streamed 401: free its connection first
                yield Call(response.close)
            # Revoked or expired early: one new token, one resend; a second 401 is the answer.
            token = yield from self._renew(request, exchange_url, rejected=token)
            return (yield from inner(with_bearer(request, token.value)))

        return middleware

    def _valid_token(self) -> _ServiceToken | None:
        current = self._current
        if current is None or current.expires_at - self.renew_before <= time.time():
            return None
        return current

    def _renew(
        self, request: PreparedRequest, exchange_url: str, rejected: _ServiceToken | None = None
    ) -> _Renewal:
        """Fetch an OIDC token and exchange it, once for all callers of this process.

        Single-flight without holding a lock across I/O (the flow may run on an event loop): the
        first caller marks the renewal as its own; the others, threads or tasks alike, wait in
        short ``Sleep`` effects for its token. A renewal marked longer ago than ``_RENEWAL_STALE``
        seconds (its caller died or hangs) is taken over.
        """
        while True:
            with self._lock:
                current = self._current
                if current is not None and current is not rejected and self._valid_token() is current:
                    return current  # another caller renewed meanwhile
                now = time.monotonic()
                if self._renewing_since is None or now - self._renewing_since > _RENEWAL_STALE:
                    self._renewing_since = now
                    break
            yield Sleep(_RENEWAL_POLL)
        try:
            oidc = yield Send(self._oidc_request(request))
            assert oidc is not None
            oidc_token = _oidc_token(oidc)
            answer = yield Send(self._exchange_request(request, exchange_url, oidc_token))
            assert answer is not None
            token = _service_token(answer)
            with self._lock:
                self._current = token
                self.exchanges += 1
        finally:  # success, failure or a cancelled call: the next caller may renew
            with self._lock:
                self._renewing_since = None
        return token

    def _oidc_request(self, request: PreparedRequest) -> PreparedRequest:
        separator = "&" if "?" in self._request_url else "?"
        headers = {
            "Authorization": f"Bearer {self._request_token}",
            "Accept": "application/json",
            "User-Agent": USER_AGENT,
        }
        # Encoded as GitHub's toolkit does: an audience may be a URL with its own "&" or "#".
        url = f"{self._request_url}{separator}audience={quote(self.audience, safe='')}"
        return PreparedRequest("GET", url, headers, None, request.timeout, False, None)

    def _exchange_request(self, request: PreparedRequest, url: str, oidc_token: str) -> PreparedRequest:
        headers = {"Content-Type": "application/json", "Accept": "application/json", "User-Agent": USER_AGENT}
        body = json.dumps({"token": oidc_token, "expiresInSeconds": self.lifetime}).encode()
        return PreparedRequest("POST", url, headers, body, request.timeout, False, None)

    def __repr__(self) -> str:
        # Never the request token nor the service token.
        return f"<GitHubActionsOIDC audience={self.audience!r} lifetime={self.lifetime}>"


def _json(raw: RawResponse) -> dict[str, Any] | None:
    try:
        value: Any = json.loads(raw.content or b"")
    except (ValueError, RecursionError):
        return None
    return cast("dict[str, Any]", value) if isinstance(value, dict) else None


def _oidc_token(raw: RawResponse) -> str:
    body = _json(raw)
    value = body.get("value") if body is not None and raw.status == 200 else None
    if not isinstance(value, str) or not value:
        raise AuthError(
            f"GitHub Actions did not issue an OIDC token (status {raw.status}): "
            "does the workflow grant `permissions: id-token: write`?"
        )
    return value


def _service_token(raw: RawResponse) -> _ServiceToken:
    body = _json(raw)
    if raw.status == 401:
        # The API never says which check failed; neither can we.
        raise AuthError(
            "the Prisma API refused the GitHub Actions OIDC token (401): is this repository "
            "connected to a Prisma project?"
        )
    data = body.get("data") if body is not None and raw.status in (200, 201) else None
    if not isinstance(data, dict):
        raise AuthError(f"GitHub Actions OIDC exchange failed with status {raw.status}")
    fields = cast("dict[str, Any]", data)
    value, expires, workspace = fields.get("value"), fields.get("expiresAt"), fields.get("workspaceId")
    if not (isinstance(value, str) and value and isinstance(expires, str) and isinstance(workspace, str)):
        raise AuthError("GitHub Actions OIDC exchange: malformed answer")
    try:
        expires_at = datetime.datetime.fromisoformat(expires.replace("Z", "+00:00")).timestamp()
    except ValueError:
        raise AuthError("GitHub Actions OIDC exchange: malformed expiresAt") from None
    return _ServiceToken(value, expires_at, workspace)
