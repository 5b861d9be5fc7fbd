"""GitHub Actions' OIDC token service, faked: what a job's ``ACTIONS_ID_TOKEN_REQUEST_URL`` answers.

GitHub gives each job a request URL and a bearer request token; ``GET <url>&audience=<aud>``
with ``Authorization: bearer <token>`` returns ``{"count": ..., "value": "<JWT>"}``, an RS256 JWT
with the run's claims (``repository``, ``repository_id``, ``ref``, ``sub``, ...), signed by a key
published at ``<issuer>/.well-known/jwks``. The fake's ``POST /v1/auth/github-actions/token``
verifies those JWTs as the real API does: signature, issuer, audience ``prisma-cloud``, expiry.
The issuer listens on its own port, as GitHub's is another host.
"""

from __future__ import annotations

import hmac
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ._engine import App, FakeRequest, FakeResponse, json_response
from ._jwt import SigningKey

GITHUB_ISSUER = "https://token.actions.githubusercontent.com"
TOKEN_LIFETIME = 300.0  # GitHub's ID tokens live about five minutes
_CLOCK_SKEW = 60.0


@dataclass(frozen=True)
class GitHubActionsJob:
    """One faked job: the two variables GitHub sets, and the claims its tokens carry."""

    request_url: str
    request_token: str = field(repr=False)
    claims: dict[str, Any]

    @property
    def env(self) -> dict[str, str]:
        """``ACTIONS_ID_TOKEN_REQUEST_URL`` and ``ACTIONS_ID_TOKEN_REQUEST_TOKEN`` of the job."""
        return {
            "ACTIONS_ID_TOKEN_REQUEST_URL": self.request_url,
            "ACTIONS_ID_TOKEN_REQUEST_TOKEN": self.request_token,
        }


class GitHubOidcIssuer:
    """Mints and verifies GitHub-style OIDC tokens against ``clock`` (the fake's wall clock)."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._key: SigningKey | None = None
        self._lock = threading.Lock()
        self._jobs: dict[str, GitHubActionsJob] = {}
        self.base_url: str | None = None  # set by install(): the listener's URL is the issuer
        self.issued = 0  # tokens minted, for tests

    @property
    def issuer(self) -> str:
        return self.base_url or GITHUB_ISSUER

    @property
    def key(self) -> SigningKey:
        # Generated on first use (an RSA key takes ~100 ms): most fakes never need it.
        with self._lock:
            if self._key is None:
                self._key = SigningKey.generate()
            return self._key

    def mint(
        self,
        repository_id: int,
        repository: str = "octo-org/app",
        *,
        audience: str | None = "prisma-cloud",
        expires_in: float = TOKEN_LIFETIME,
        ref: str = "refs/heads/main",
        event_name: str = "push",
        extra_claims: dict[str, Any] | None = None,
    ) -> str:
        """An OIDC token of a run of ``repository`` (``audience=None``: GitHub's default, the
        owner's URL)."""
        now = int(self._clock())
        owner = repository.split("/", 1)[0]
        claims: dict[str, Any] = {
            "jti": str(uuid.uuid4()),
            "sub": f"repo:{repository}:ref:{ref}"
            if event_name != "pull_request"
            else f"repo:{repository}:pull_request",
            "aud": audience or f"https://github.com/{owner}",
            "ref": ref,
            "sha": "0" * 40,
            "repository": repository,
            "repository_id": str(repository_id),
            "repository_owner": owner,
            "repository_owner_id": "90000001",
            "run_id": "1000001",
            "run_number": "1",
            "run_attempt": "1",
            "actor": "octocat",
            "actor_id": "583231",
            "workflow": "CI",
            "event_name": event_name,
            "ref_type": "branch",
            "job_workflow_ref": f"{repository}/.github/workflows/ci.yml@{ref}",
            "iss": self.issuer,
            "nbf": now - 5,
            "iat": now,
            "exp": int(now + expires_in),
        }
        claims.update(extra_claims or {})
        with self._lock:
            self.issued += 1
        return self.key.sign(claims)

    def verify(self, token: str, audience: str) -> dict[str, Any] | None:
        """The claims of a token this issuer signed, for ``audience``, not expired; else None."""
        claims = self.key.verify(token)
        if claims is None:
            return None
        now = self._clock()
        exp, nbf = claims.get("exp"), claims.get("nbf", 0)
        if not isinstance(exp, (int, float)) or not isinstance(nbf, (int, float)):
            return None
        if claims.get("iss") != self.issuer or claims.get("aud") != audience:
            return None
        if exp <= now or nbf > now + _CLOCK_SKEW:
            return None
        return claims

    def start_job(
        self,
        repository_id: int,
        repository: str = "octo-org/app",
        *,
        ref: str = "refs/heads/main",
        event_name: str = "push",
    ) -> GitHubActionsJob:
        """A job whose request URL and token mint tokens for ``repository`` (needs install())."""
        if self.base_url is None:
            raise RuntimeError("the GitHub OIDC issuer is not listening: install() it on an App")
        request_token = "ghrt_" + uuid.uuid4().hex
        job = GitHubActionsJob(
            request_url=f"{self.base_url}/_apis/idtoken?api-version=2.0",
            request_token=request_token,
            claims={
                "repository_id": repository_id,
                "repository": repository,
                "ref": ref,
                "event_name": event_name,
            },
        )
        with self._lock:
            self._jobs[request_token] = job
        return job

    # -- HTTP ------------------------------------------------------------------------------------

    def install(self, app: App) -> App:
        app.add_route("GET", "/_apis/idtoken", self._handle_token)
        app.add_route("GET", "/.well-known/openid-configuration", self._handle_discovery)
        app.add_route("GET", "/.well-known/jwks", self._handle_jwks)
        self._app = app
        return app

    def _job_of(self, request: FakeRequest) -> GitHubActionsJob | None:
        scheme, _, token = (request.headers.get("authorization") or "").partition(" ")
        if scheme.lower() != "bearer" or not token:
            return None
        with self._lock:
            for known, job in self._jobs.items():
                if hmac.compare_digest(known, token):
                    return job
        return None

    def _handle_token(self, request: FakeRequest) -> FakeResponse:
        job = self._job_of(request)
        if job is None:
            return json_response(401, {"message": "Unauthorized"})
        claims = job.claims
        value = self.mint(
            claims["repository_id"],
            claims["repository"],
            audience=request.query_param("audience"),
            ref=claims["ref"],
            event_name=claims["event_name"],
        )
        return json_response(200, {"count": 1, "value": value})

    def _handle_discovery(self, request: FakeRequest) -> FakeResponse:
        issuer = self.issuer
        return json_response(
            200,
            {
                "issuer": issuer,
                "jwks_uri": f"{issuer}/.well-known/jwks",
                "subject_types_supported": ["public", "pairwise"],
                "response_types_supported": ["id_token"],
                "claims_supported": ["sub", "aud", "exp", "iat", "iss", "jti", "nbf", "ref", "repository"],
                "id_token_signing_alg_values_supported": ["RS256"],
                "scopes_supported": ["openid"],
            },
        )

    def _handle_jwks(self, request: FakeRequest) -> FakeResponse:
        return json_response(200, self.key.jwks())
