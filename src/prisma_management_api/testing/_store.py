"""The fake platform's state: every resource of every workspace, in memory.

Records are plain dataclasses kept in insertion-ordered dicts keyed by id, so "oldest first" is the
dict order and a list never needs sorting. Every record carries ``seq``, a number from one counter
shared by all kinds: cursors encode it, so a page boundary survives deletions.

Time has two faces. Wall-clock instants (``created_at`` ...) are what responses show. Readiness
(a database leaving ``provisioning``, a deployment reaching ``running``) is decided lazily from a
monotonic clock when a record is read, so no timer thread exists; :meth:`Store.advance` moves that
clock forward for tests that do not want to wait.

The store is shared by the server's threads: handlers run under :attr:`Store.lock`.
"""

from __future__ import annotations

import functools
import hashlib
import secrets
import string
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Literal, Union

from ._github_oidc import GitHubOidcIssuer

_ALPHABET = string.ascii_lowercase + string.digits

# The regions the spec's enums list, with the names the real API gives them.
POSTGRES_REGIONS: dict[str, str] = {
    "us-east-1": "US East (N. Virginia)",
    "us-west-1": "US West (N. California)",
    "eu-west-3": "EU West (Paris)",
    "eu-central-1": "EU Central (Frankfurt)",
    "ap-northeast-1": "Asia Pacific (Tokyo)",
    "ap-southeast-1": "Asia Pacific (Singapore)",
}
ACCELERATE_REGIONS: dict[str, str] = {
    "us-east-1": "US East (N. Virginia)",
    "us-west-2": "US West (Oregon)",
    "eu-central-1": "EU Central (Frankfurt)",
    "ap-northeast-1": "Asia Pacific (Tokyo)",
}
DEFAULT_REGION = "us-east-1"
#: The git name of the branch every new project starts with.
DEFAULT_BRANCH = "main"

#: A point in time for the seeding helpers: an aware datetime, or seconds since the epoch.
Instant = Union[datetime, float]


def new_id(prefix: str) -> str:
    """An id like the platform's: a type prefix and a cuid-like body (``c`` + 24 lowercase alnum)."""
    return prefix + "c" + "".join(secrets.choice(_ALPHABET) for _ in range(24))


def new_secret(nbytes: int = 24) -> str:
    return secrets.token_urlsafe(nbytes)


def digest(secret: str) -> str:
    """How a secret is kept where only equality matters (service tokens): never the value itself."""
    return hashlib.sha256(secret.encode()).hexdigest()


def hint_of(secret: str) -> str:
    """The ``valueHint`` of a secret: enough to recognise it, never enough to use it."""
    return f"...{secret[-4:]}"


@functools.lru_cache(maxsize=8192)  # records keep their instants: render each once
def iso(instant: float) -> str:
    """A wall-clock instant as the API writes it: UTC, milliseconds, ``Z``."""
    moment = datetime.fromtimestamp(instant, tz=timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


# ---------------------------------------------------------------------------------------------
# Records


@dataclass(slots=True)
class Workspace:
    id: str
    seq: int
    name: str
    created_at: float
    owner_id: str
    plan: str = "free"


@dataclass(slots=True)
class User:
    id: str
    seq: int
    email: str
    name: str | None
    workspace_ids: list[str] = field(default_factory=list[str])


@dataclass(slots=True)
class ServiceToken:
    id: str
    seq: int
    workspace_id: str
    user_id: str
    name: str
    digest: str
    value_hint: str
    created_at: float
    expires_at: float | None = None  # wall clock; None: never expires


@dataclass(slots=True)
class Project:
    id: str
    seq: int
    workspace_id: str
    name: str
    logical_id: str | None
    created_at: float
    default_region: str | None
    settings: dict[str, Any] = field(default_factory=dict[str, Any])


@dataclass(slots=True)
class Branch:
    id: str
    seq: int
    project_id: str
    git_name: str
    is_default: bool
    role: Literal["production", "preview"]
    created_at: float
    updated_at: float


@dataclass(slots=True)
class Database:
    id: str
    seq: int
    project_id: str
    name: str
    region: str
    is_default: bool
    created_at: float
    ready_at: float  # monotonic instant at which provisioning (or recovery) is over
    source: dict[str, str] | None
    branch_id: str | None
    logical_id: str | None
    default_connection_id: str | None = None
    recovering: bool = False  # a restore is in progress until ready_at
    failed: bool = False  # provisioning failed for good: status "failure" (set it to test that)


@dataclass(slots=True)
class Connection:
    id: str
    seq: int
    database_id: str
    name: str
    created_at: float
    user: str
    password: str = field(repr=False)  # answered on create and rotate only


@dataclass(slots=True)
class Backup:
    id: str
    seq: int
    database_id: str
    backup_type: Literal["full", "incremental", "differential"]
    created_at: float
    size: int
    status: Literal["running", "completed", "failed", "unknown"] = "completed"


@dataclass(slots=True)
class Service:
    """A compute service; ``/v1/apps`` is its deprecated alias and answers the same records."""

    id: str
    seq: int
    project_id: str
    name: str
    region: str
    branch_id: str | None
    logical_id: str | None
    created_at: float
    endpoint_domain: str
    promoted_deployment_id: str | None = None


@dataclass(slots=True)
class Deployment:
    id: str
    seq: int
    service_id: str
    version_id: str
    created_at: float
    port: int | None
    uploaded: bool
    # new -> (start) provisioning -> running (at running_at) -> (stop) stopped
    phase: Literal["new", "started", "stopped"] = "new"
    running_at: float = 0.0
    preview_domain: str | None = None
    env: dict[str, str] = field(default_factory=dict[str, str])  # resolved values: for tests only
    log: list[str] = field(default_factory=list[str])


@dataclass(slots=True)
class Domain:
    id: str
    seq: int
    service_id: str
    hostname: str
    created_at: float
    updated_at: float
    active_at: float  # monotonic instant at which DNS and TLS are (fakely) done
    target: str


@dataclass(slots=True)
class BuildResource:
    resource_type: str
    resource_id: str
    action: str
    created_at: float


@dataclass(slots=True)
class Build:
    id: str
    seq: int
    workspace_id: str
    source: str
    commit_sha: str
    branch_name: str
    created_at: float
    run_key: str | None
    state: str = "pending"
    phase: str | None = None
    project_id: str | None = None
    branch_id: str | None = None
    external_log_url: str | None = None
    deployed_url: str | None = None
    topology_hash: str | None = None
    error_message: str | None = None
    failing_step: str | None = None
    started_at: float | None = None
    finished_at: float | None = None
    resources: list[BuildResource] = field(default_factory=list[BuildResource])
    log: list[tuple[str, str, str, str | None]] = field(
        default_factory=list[tuple[str, str, str, str | None]]
    )  # (text, level, source, step)


@dataclass(slots=True)
class Bucket:
    id: str
    seq: int
    project_id: str
    name: str
    provider_name: str
    created_at: float
    branch_id: str | None
    logical_id: str | None


@dataclass(slots=True)
class BucketKey:
    id: str
    seq: int
    bucket_id: str
    name: str
    role: Literal["read", "read_write"]
    access_key_id: str
    value_hint: str
    created_at: float


@dataclass(slots=True)
class EnvVar:
    id: str
    seq: int
    project_id: str
    branch_id: str | None
    env_class: Literal["production", "preview"]
    key: str
    value: str = field(repr=False)  # write-only through the API: no response carries it
    value_kid: str
    created_at: float
    updated_at: float


@dataclass(slots=True)
class Integration:
    """An OAuth client a user let into a workspace (created when the OAuth server grants it)."""

    id: str
    seq: int
    workspace_id: str
    client_id: str
    client_name: str
    client_created_at: float
    user_id: str
    scopes: list[str]
    created_at: float
    revoked_before: float | None = None  # OAuth tokens issued before this are refused


@dataclass(slots=True)
class ScmRepository:
    id: int
    full_name: str
    seq: int = 0
    default_branch: str = "main"
    is_private: bool = False


@dataclass(slots=True)
class ScmInstallation:
    id: str
    seq: int
    workspace_id: str
    installation_id: int
    account_id: int
    account_login: str
    account_type: Literal["user", "organization"]
    created_at: float
    updated_at: float
    suspended: bool = False
    repositories: list[ScmRepository] = field(default_factory=list[ScmRepository])


@dataclass(slots=True)
class SourceRepository:
    id: str
    seq: int
    project_id: str
    installation: str  # ScmInstallation.id
    repo: ScmRepository
    created_at: float
    updated_at: float


@dataclass(slots=True)
class AgentApproval:
    id: str
    seq: int
    workspace_id: str
    status: Literal["pending", "approved", "approved_window", "denied", "expired", "consumed"]
    expires_at: float
    window_expires_at: float | None = None
    decided_at: float | None = None
    hint: str | None = None


@dataclass(slots=True)
class Lease:
    id: str
    branch_id: str
    stack: str
    stage: str
    expires_mono: float
    expires_wall: float
    holder: str | None


@dataclass(slots=True)
class Topology:
    nodes: list[Any]
    ports: list[Any]
    edges: list[Any]
    content_hash: str
    written_at: float


# ---------------------------------------------------------------------------------------------
# The store


@dataclass(slots=True)
class Principal:
    """Who a request is: the workspace its token is bound to, the user behind it, the credential."""

    workspace_id: str
    user_id: str
    credential: Literal["oauth", "service_token", "management_token", "agent_token"]
    credential_id: str | None
    credential_name: str | None


class Store:
    """All state of one fake platform. Public attributes are for tests to inspect and seed."""

    def __init__(
        self,
        *,
        provisioning_delay: float = 0.2,
        workspace_name: str = "Fake Workspace",
        user_email: str = "developer@example.com",
        user_name: str = "Fake Developer",
        service_token: str | None = None,
    ) -> None:
        self.lock = threading.RLock()
        self.provisioning_delay = provisioning_delay
        self.api_url = "http://127.0.0.1"  # set by the platform once the listener is bound
        self._seq = 0
        self._skew = 0.0  # added to time.monotonic() by advance()

        self.workspaces: dict[str, Workspace] = {}
        self.users: dict[str, User] = {}
        self.service_tokens: dict[str, ServiceToken] = {}
        self.tokens_by_digest: dict[str, str] = {}
        self.projects: dict[str, Project] = {}
        self.branches: dict[str, Branch] = {}
        self.databases: dict[str, Database] = {}
        self.connections: dict[str, Connection] = {}
        self.backups: dict[str, Backup] = {}
        self.services: dict[str, Service] = {}
        self.deployments: dict[str, Deployment] = {}
        self.domains: dict[str, Domain] = {}
        self.builds: dict[str, Build] = {}
        self.buckets: dict[str, Bucket] = {}
        self.bucket_keys: dict[str, BucketKey] = {}
        self.env_vars: dict[str, EnvVar] = {}
        self.integrations: dict[str, Integration] = {}
        self.scm_installations: dict[str, ScmInstallation] = {}
        self.source_repositories: dict[str, SourceRepository] = {}
        self.agent_approvals: dict[str, AgentApproval] = {}
        self.leases: dict[str, Lease] = {}
        # Alchemy state rows: (branch id, stack, stage) -> fqn -> value; outputs likewise.
        self.alchemy_resources: dict[tuple[str, str, str], dict[str, Any]] = {}
        self.alchemy_outputs: dict[tuple[str, str, str], Any] = {}
        self.topologies: dict[str, Topology] = {}
        # (OAuth client id, workspace id) -> when its integration was revoked: older tokens fail.
        self.revoked_grants: dict[tuple[str, str], float] = {}
        # Set by the API: revokes the OAuth server's grants of (client id, workspace id).
        self.grant_revoker: Callable[[str, str], None] | None = None
        self.upload_signatures: dict[str, str] = {}  # deployment id -> its upload URL's signature
        # GitHub Actions' OIDC token service: mints the JWTs the API's exchange verifies.
        self.github_oidc = GitHubOidcIssuer(self.wall)

        self.user = self.add_user(user_email, user_name)
        self.workspace = self.add_workspace(workspace_name, owner=self.user)
        token, self.service_token = self.add_service_token(
            self.workspace.id, "Seeded service token", value=service_token
        )
        self.service_token_record = token

    # -- clock and counters -------------------------------------------------------------------

    def next_seq(self) -> int:
        self._seq += 1
        return self._seq

    def now(self) -> float:
        """Monotonic time as the fake sees it (moved by :meth:`advance`)."""
        return time.monotonic() + self._skew

    def wall(self) -> float:
        """Wall-clock time as the fake sees it (moved by :meth:`advance` too)."""
        return time.time() + self._skew

    def advance(self, seconds: float) -> None:
        """Move the fake's clocks forward: what was provisioning for that long is ready, leases
        and tokens that old have expired."""
        with self.lock:
            self._skew += seconds

    def ready_after_delay(self) -> float:
        return self.now() + self.provisioning_delay

    # -- seeding helpers (also used by handlers) ----------------------------------------------

    def add_user(self, email: str, name: str | None = None) -> User:
        with self.lock:
            user = User(new_id("usr_"), self.next_seq(), email, name)
            self.users[user.id] = user
            return user

    def add_workspace(self, name: str, *, owner: User | None = None) -> Workspace:
        """A workspace owned by ``owner`` (the seeded user by default), who becomes its member."""
        with self.lock:
            owner = owner or self.user
            workspace = Workspace(new_id("wksp_"), self.next_seq(), name, self.wall(), owner.id)
            self.workspaces[workspace.id] = workspace
            owner.workspace_ids.append(workspace.id)
            return workspace

    def add_service_token(
        self,
        workspace_id: str,
        name: str,
        *,
        user_id: str | None = None,
        expires_at: float | None = None,
        value: str | None = None,
    ) -> tuple[ServiceToken, str]:
        """A service token of the workspace and its value (the only time the value exists);
        ``value`` fixes it (``prisma-fake serve --token``), else it is random."""
        with self.lock:
            if value is not None and (not value.strip() or digest(value) in self.tokens_by_digest):
                raise ValueError("a fixed service token must be non-empty and unused")
            value = value if value is not None else "pst_" + new_secret(32)
            record = ServiceToken(
                id=new_id("stk_"),
                seq=self.next_seq(),
                workspace_id=workspace_id,
                user_id=user_id or self.workspaces[workspace_id].owner_id,
                name=name,
                digest=digest(value),
                value_hint=hint_of(value),
                created_at=self.wall(),
                expires_at=expires_at,
            )
            self.service_tokens[record.id] = record
            self.tokens_by_digest[record.digest] = record.id
            return record, value

    def principal_for_service_token(self, value: str) -> Principal | None:
        token_id = self.tokens_by_digest.get(digest(value))
        record = self.service_tokens.get(token_id) if token_id else None
        if record is None or record.workspace_id not in self.workspaces:
            return None
        if record.expires_at is not None and record.expires_at <= self.wall():
            return None
        return Principal(record.workspace_id, record.user_id, "service_token", record.id, record.name)

    def delete_service_token(self, token_id: str) -> None:
        with self.lock:
            record = self.service_tokens.pop(token_id)
            self.tokens_by_digest.pop(record.digest, None)

    def add_integration(
        self,
        workspace_id: str,
        client_id: str,
        client_name: str,
        *,
        user_id: str | None = None,
        scopes: list[str] | None = None,
    ) -> Integration:
        """The integration of an OAuth client in a workspace; one per (workspace, client)."""
        with self.lock:
            for existing in self.integrations.values():
                if existing.workspace_id == workspace_id and existing.client_id == client_id:
                    existing.revoked_before = None
                    return existing
            now = self.wall()
            record = Integration(
                id=new_id("itgr_"),
                seq=self.next_seq(),
                workspace_id=workspace_id,
                client_id=client_id,
                client_name=client_name,
                client_created_at=now,
                user_id=user_id or self.workspaces[workspace_id].owner_id,
                scopes=list(scopes or ["workspace:admin", "offline_access"]),
                created_at=now,
            )
            self.integrations[record.id] = record
            return record

    def add_scm_installation(
        self,
        workspace_id: str | None = None,
        *,
        account_login: str = "octo-org",
        account_type: Literal["user", "organization"] = "organization",
        repositories: list[tuple[int, str]] | None = None,
        suspended: bool = False,
    ) -> ScmInstallation:
        """A GitHub App installation connected to the workspace, covering ``repositories``
        (``(github repository id, "owner/name")``)."""
        with self.lock:
            now = self.wall()
            number = 40_000_000 + self.next_seq()
            record = ScmInstallation(
                id=new_id("scm_"),
                seq=self.next_seq(),
                workspace_id=workspace_id or self.workspace.id,
                installation_id=number,
                account_id=90_000_000 + number % 1_000_000,
                account_login=account_login,
                account_type=account_type,
                created_at=now,
                updated_at=now,
                suspended=suspended,
                repositories=[
                    ScmRepository(repo_id, full_name, self.next_seq())
                    for repo_id, full_name in (repositories or [(700_000_001, f"{account_login}/app")])
                ],
            )
            self.scm_installations[record.id] = record
            return record

    def add_agent_approval(
        self,
        workspace_id: str | None = None,
        *,
        status: Literal[
            "pending", "approved", "approved_window", "denied", "expired", "consumed"
        ] = "pending",
        expires_in: float = 600.0,
        hint: str | None = None,
    ) -> AgentApproval:
        """An approval an agent waits on (the fake has no agent tokens: any token of the workspace
        can poll it)."""
        with self.lock:
            now = self.wall()
            record = AgentApproval(
                id=new_id("apr_"),
                seq=self.next_seq(),
                workspace_id=workspace_id or self.workspace.id,
                status=status,
                expires_at=now + expires_in,
                decided_at=None if status == "pending" else now,
                hint=hint,
            )
            self.agent_approvals[record.id] = record
            return record

    # -- projects, branches, databases: used by the handlers, and public for seeding ------------

    def add_project(
        self,
        name: str = "My Project",
        *,
        workspace_id: str | None = None,
        region: str = DEFAULT_REGION,
        logical_id: str | None = None,
        created_at: Instant | None = None,
        default_branch: str = DEFAULT_BRANCH,
    ) -> Project:
        """A project (in the seeded workspace by default) with its default branch, as the API
        creates one, but without a database: add one with :meth:`add_database`."""
        with self.lock:
            workspace = workspace_id or self.workspace.id
            if workspace not in self.workspaces:
                raise ValueError(f"no workspace {workspace_id!r}")
            project = Project(
                id=new_id("proj_"),
                seq=self.next_seq(),
                workspace_id=workspace,
                name=name,
                logical_id=logical_id,
                created_at=self._instant(created_at),
                default_region=region,
            )
            self.projects[project.id] = project
            self.add_branch(project.id, default_branch, created_at=project.created_at)
            return project

    def add_branch(
        self, project_id: str, git_name: str, *, is_default: bool = False, created_at: Instant | None = None
    ) -> Branch:
        """A live branch of the project. The project's first branch is its default and its
        production branch whatever ``is_default`` says; a later one is a ``preview`` branch, and
        ``is_default`` moves only the default flag to it (a feature branch never becomes
        production). A live branch of the same git name is a ``ValueError``."""
        with self.lock:
            if project_id not in self.projects:
                raise ValueError(f"no project {project_id!r}")
            existing = self.live_branches(project_id)
            if any(b.git_name == git_name for b in existing):
                raise ValueError(f"a live branch named {git_name!r} already exists in the project")
            when = self._instant(created_at)
            first = not existing
            branch = Branch(
                id=new_id("br_"),
                seq=self.next_seq(),
                project_id=project_id,
                git_name=git_name,
                is_default=first,
                role="production" if first else "preview",
                created_at=when,
                updated_at=when,
            )
            self.branches[branch.id] = branch
            if is_default and not first:
                self.make_default(branch)
            return branch

    def make_default(self, branch: Branch) -> None:
        """Swap the project's default flag to ``branch``; roles do not move."""
        with self.lock:
            now = self.wall()
            for other in self.live_branches(branch.project_id):
                if other.is_default and other.id != branch.id:
                    other.is_default = False
                    other.updated_at = now
            if not branch.is_default:
                branch.is_default = True
                branch.updated_at = now

    def default_branch(self, project_id: str) -> Branch:
        """The project's default branch (created, as ``main``, for a project that has none)."""
        with self.lock:
            for branch in self.live_branches(project_id):
                if branch.is_default:
                    return branch
            return self.add_branch(project_id, DEFAULT_BRANCH)

    def branch_named(self, project_id: str, git_name: str, *, create: bool = False) -> Branch | None:
        """The live branch of that git name; created (as a preview branch) with ``create``."""
        with self.lock:
            for branch in self.live_branches(project_id):
                if branch.git_name == git_name:
                    return branch
            return self.add_branch(project_id, git_name) if create else None

    def add_database(
        self,
        project_id: str,
        name: str = "database",
        *,
        branch_id: str | None = None,
        branch_git_name: str | None = None,
        region: str | None = None,
        is_default: bool = False,
        logical_id: str | None = None,
        source: dict[str, str] | None = None,
        created_at: Instant | None = None,
        ready: bool = True,
    ) -> Database:
        """A database of the project, on ``branch_id``, else on the branch named
        ``branch_git_name`` (created when missing), else on the project's default branch: every
        database belongs to a branch. It gets its default connection and one completed backup.
        ``created_at`` (a datetime or epoch seconds) backdates it, to test cleanup code;
        ``ready=False`` makes it provision for the fake's ``provisioning_delay``."""
        with self.lock:
            project = self.projects.get(project_id)
            if project is None:
                raise ValueError(f"no project {project_id!r}")
            if branch_id is not None:
                branch = self.branches.get(branch_id)
                if branch is None or branch.project_id != project_id:
                    raise ValueError(f"no branch {branch_id!r} in project {project_id!r}")
            elif branch_git_name is not None:
                branch = self.branch_named(project_id, branch_git_name, create=True)
            else:
                branch = self.default_branch(project_id)
            assert branch is not None
            database = Database(
                id=new_id("db_"),
                seq=self.next_seq(),
                project_id=project_id,
                name=name,
                region=region or project.default_region or DEFAULT_REGION,
                is_default=is_default,
                created_at=self._instant(created_at),
                ready_at=self.ready_after_delay() if not ready else self.now(),
                source=source,
                branch_id=branch.id,
                logical_id=logical_id,
            )
            self.databases[database.id] = database
            database.default_connection_id = self.add_connection(database.id, "default").id
            self.add_backup(database.id)  # the platform's daily backup, so restore has something to use
            return database

    def add_connection(self, database_id: str, name: str) -> Connection:
        """A new connection (user and password) to the database."""
        with self.lock:
            if database_id not in self.databases:
                raise ValueError(f"no database {database_id!r}")
            connection = Connection(
                id=new_id("con_"),
                seq=self.next_seq(),
                database_id=database_id,
                name=name,
                created_at=self.wall(),
                user="u" + new_id("")[1:13],
                password=new_secret(18),
            )
            self.connections[connection.id] = connection
            return connection

    def _instant(self, given: Instant | None) -> float:
        if given is None:
            return self.wall()
        if isinstance(given, datetime):
            if given.tzinfo is None:
                raise ValueError("created_at must be timezone-aware (e.g. datetime.now(timezone.utc))")
            return given.timestamp()
        return float(given)

    def add_backup(
        self,
        database_id: str,
        *,
        backup_type: Literal["full", "incremental", "differential"] = "full",
        status: Literal["running", "completed", "failed", "unknown"] = "completed",
        size: int = 8_388_608,
        created_at: float | None = None,
    ) -> Backup:
        with self.lock:
            record = Backup(
                id=new_id("bkp_"),
                seq=self.next_seq(),
                database_id=database_id,
                backup_type=backup_type,
                created_at=self.wall() if created_at is None else created_at,
                size=size,
                status=status,
            )
            self.backups[record.id] = record
            return record

    def github_oidc_token(
        self, repository_id: int, *, audience: str = "prisma-cloud", expires_in: float = 300.0
    ) -> str:
        """An OIDC token (an RS256 JWT) as GitHub Actions would mint it for a run of
        ``repository_id``; the fake's ``POST /v1/auth/github-actions/token`` verifies it."""
        full_name = next(
            (
                repo.full_name
                for installation in self.scm_installations.values()
                for repo in installation.repositories
                if repo.id == repository_id
            ),
            f"octo-org/repo-{repository_id}",
        )
        return self.github_oidc.mint(repository_id, full_name, audience=audience, expires_in=expires_in)

    def env_var_value(self, env_var_id: str) -> str:
        """What the API never answers: the stored value of an environment variable."""
        with self.lock:
            return self.env_vars[env_var_id].value

    # -- derived state -------------------------------------------------------------------------

    def database_status(
        self, database: Database
    ) -> Literal["failure", "provisioning", "ready", "recovering"]:
        if database.failed:
            return "failure"
        if self.now() >= database.ready_at:
            return "ready"
        return "recovering" if database.recovering else "provisioning"

    def deployment_status(self, deployment: Deployment) -> str:
        if deployment.phase == "new":
            return "new"
        if deployment.phase == "stopped":
            return "stopped"
        return "running" if self.now() >= deployment.running_at else "provisioning"

    def domain_status(self, domain: Domain) -> str:
        return "active" if self.now() >= domain.active_at else "pending_dns"

    def live_branches(self, project_id: str) -> list[Branch]:
        return [branch for branch in self.branches.values() if branch.project_id == project_id]

    def project_of(self, workspace_id: str, project_id: str) -> Project | None:
        project = self.projects.get(project_id)
        if project is None or project.workspace_id != workspace_id:
            return None
        return project
