"""``FakePrismaPlatform``: the Management API and the OAuth server, served from one background
thread on loopback, with shared fault injection, counters and state."""

from __future__ import annotations

from collections.abc import Iterable
from types import TracebackType
from typing import Literal

from ._api import ManagementApi
from ._engine import DEFAULT_IDLE_TIMEOUT, App, ServerThread
from ._faults import Counters, Faults
from ._github_oidc import GitHubActionsJob
from ._jwt import SigningKey
from ._oauth import DEFAULT_CLIENT_ID, OAuthClient, OAuthConfig, OAuthServer
from ._store import DEFAULT_REGION, Project, SourceRepository, Store, Workspace, new_id


class FakePrismaPlatform:
    """A local, stateful, in-memory Prisma platform; started on construction.

    >>> with FakePrismaPlatform() as fake:                          # doctest: +SKIP
    ...     client = create_management_api_client(token=fake.service_token, base_url=fake.api_url)

    ``provisioning_delay``: seconds a new database (or deployment, or domain) takes to become
    ready, measured lazily on read; 0 makes it ready at once. ``access_token_ttl``,
    ``refresh_reuse`` (``"strict"`` or ``"grace"``) and ``refresh_grace_period`` configure the
    OAuth server; ``clients`` replaces its registered clients (default: one public client,
    ``fake-public-client``, with loopback redirect URIs). ``port``/``auth_port`` fix the
    listeners' ports (0: any free port). ``workspace_name``, ``user_email`` and ``user_name``
    describe the seeded workspace and user; ``service_token`` fixes the seeded service token's
    value (default: random); ``signing_key`` replaces the process-wide RSA key.
    ``idle_timeout``: seconds after which a connection that makes no progress is closed (None:
    never).

    Hooks: ``faults`` (``inject_status``/``inject_latency``/``inject_reset``, applied to API and
    OAuth routes alike), ``counters`` (hits per route, token requests per grant type), ``oauth``
    (``deny``, ``select_workspace``, ``register_client``, ``revoke_grant_of``), ``state`` (the
    :class:`Store`: records to inspect, ``add_*`` helpers to seed), :meth:`advance` (move the
    fake's clocks instead of sleeping).
    """

    def __init__(
        self,
        *,
        provisioning_delay: float = 0.2,
        access_token_ttl: int = 3600,
        refresh_reuse: Literal["strict", "grace"] = "strict",
        refresh_grace_period: float = 10.0,
        clients: Iterable[OAuthClient] | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        auth_port: int = 0,
        signing_key: SigningKey | None = None,
        workspace_name: str = "Fake Workspace",
        user_email: str = "developer@example.com",
        user_name: str = "Fake Developer",
        idle_timeout: float | None = DEFAULT_IDLE_TIMEOUT,
        service_token: str | None = None,
    ) -> None:
        if provisioning_delay < 0:
            raise ValueError("provisioning_delay must be >= 0")
        self.faults = Faults()
        self.counters: Counters = self.faults.counters
        self.state = Store(
            provisioning_delay=provisioning_delay,
            workspace_name=workspace_name,
            user_email=user_email,
            user_name=user_name,
            service_token=service_token,
        )
        user = self.state.user
        self.oauth = OAuthServer(
            workspaces=lambda: list(user.workspace_ids),
            user_id=user.id,
            clients=clients,
            config=OAuthConfig(
                access_token_ttl=access_token_ttl,
                refresh_reuse=refresh_reuse,
                grace_period=refresh_grace_period,
            ),
            clock=self.state.wall,
            counters=self.counters,
            signing_key=signing_key,
        )
        self.api = ManagementApi(self.state, self.oauth)
        api_app = self.api.install(App("api", hook=self.faults))
        auth_app = self.oauth.install(App("auth", hook=self.faults))
        github_app = self.state.github_oidc.install(App("github", hook=self.faults))
        self._server = ServerThread(
            [api_app, auth_app, github_app],
            host=host,
            ports={"api": port, "auth": auth_port},
            idle_timeout=idle_timeout,
        )
        self._server.start()
        self.state.api_url = self._server.url("api")
        self.state.github_oidc.base_url = self._server.url("github")

    # -- addresses and credentials -----------------------------------------------------------

    @property
    def api_url(self) -> str:
        """Base URL of the Management API (``http://127.0.0.1:PORT``; paths start with ``/v1``)."""
        return self._server.url("api")

    @property
    def auth_url(self) -> str:
        """Base URL of the OAuth server (``/authorize``, ``/token``, ``/.well-known/...``)."""
        return self._server.url("auth")

    @property
    def service_token(self) -> str:
        """The seeded service token of the seeded workspace."""
        return self.state.service_token

    @property
    def workspace(self) -> Workspace:
        """The seeded workspace."""
        return self.state.workspace

    @property
    def client_id(self) -> str:
        """The id of the default public OAuth client."""
        return DEFAULT_CLIENT_ID

    @property
    def github_oidc_url(self) -> str:
        """Base URL of the fake GitHub Actions OIDC issuer (``/.well-known/openid-configuration``)."""
        return self._server.url("github")

    def github_actions_job(
        self,
        repository: str = "octo-org/app",
        *,
        project_id: str | None = None,
        ref: str = "refs/heads/main",
        event_name: str = "push",
    ) -> GitHubActionsJob:
        """A GitHub Actions job of ``repository`` whose OIDC tokens the API exchanges.

        The repository is made part of a GitHub App installation of the seeded workspace and
        linked to ``project_id`` (default: a new project named after the repository) unless it
        already is. ``job.env`` holds the ``ACTIONS_ID_TOKEN_REQUEST_*`` variables to set.
        """
        state = self.state
        with state.lock:
            repo = next(
                (
                    r
                    for installation in state.scm_installations.values()
                    for r in installation.repositories
                    if r.full_name == repository
                ),
                None,
            )
        if repo is None:
            owner = repository.split("/", 1)[0]
            repository_id = 700_000_000 + state.next_seq()
            installation = state.add_scm_installation(
                account_login=owner, repositories=[(repository_id, repository)]
            )
            repo = installation.repositories[0]
        installation_id = next(
            i.id for i in state.scm_installations.values() if any(r.id == repo.id for r in i.repositories)
        )
        with state.lock:
            if not any(link.repo.id == repo.id for link in state.source_repositories.values()):
                now = state.wall()
                if project_id is None:
                    project = Project(
                        id=new_id("proj_"),
                        seq=state.next_seq(),
                        workspace_id=state.workspace.id,
                        name=repository.split("/", 1)[-1],
                        logical_id=None,
                        created_at=now,
                        default_region=DEFAULT_REGION,
                    )
                    state.projects[project.id] = project
                    project_id = project.id
                link = SourceRepository(
                    new_id("repo_"), state.next_seq(), project_id, installation_id, repo, now, now
                )
                state.source_repositories[link.id] = link
        return state.github_oidc.start_job(repo.id, repository, ref=ref, event_name=event_name)

    def create_service_token(self, workspace_id: str | None = None, name: str = "test token") -> str:
        """A new service token's value, for ``workspace_id`` (default: the seeded workspace)."""
        _, value = self.state.add_service_token(workspace_id or self.state.workspace.id, name)
        return value

    def add_workspace(self, name: str = "Second Workspace") -> Workspace:
        """Another workspace of the seeded user (OAuth can then grant it: ``oauth.select_workspace``)."""
        return self.state.add_workspace(name)

    def advance(self, seconds: float) -> None:
        """Move the fake's clocks forward (provisioning, leases, token expiry) without sleeping."""
        self.state.advance(seconds)

    # -- lifecycle -----------------------------------------------------------------------------

    def serve_forever(self) -> None:
        """Block until Ctrl-C, then close."""
        self._server.serve_forever()

    def close(self) -> None:
        """Stop serving; idempotent."""
        self._server.close()

    def __enter__(self) -> FakePrismaPlatform:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<FakePrismaPlatform api={self.api_url} auth={self.auth_url}>"
