"""Response models: lenient pydantic classes for every response body.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal, Union

from pydantic import Field

from .._models import LenientModel


class GetAgentApprovalResponse(LenientModel):
    """GetAgentApprovalResponse"""

    id: str
    status: Literal["pending", "approved", "approved_window", "denied", "expired", "consumed"]
    expires_at: str = Field(alias="expiresAt")
    window_expires_at: str | None = Field(alias="windowExpiresAt")
    decided_at: str | None = Field(alias="decidedAt")
    hint: str | None = Field(default=None)


class ErrorDetail(LenientModel):
    """ErrorDetail"""

    code: str
    message: str
    hint: str | None = Field(default=None)


class ErrorResponse(LenientModel):
    """ErrorResponse"""

    error: ErrorDetail


class RegionRef(LenientModel):
    """RegionRef"""

    id: str
    name: str


class App(LenientModel):
    """App"""

    id: str
    type: Literal["app"]
    url: str
    name: str
    region: RegionRef
    project_id: str = Field(alias="projectId")
    branch_id: str | None = Field(alias="branchId")
    latest_deployment_id: str | None = Field(alias="latestDeploymentId")
    app_endpoint_domain: str = Field(alias="appEndpointDomain")
    created_at: datetime = Field(alias="createdAt")
    logical_id: str | None = Field(alias="logicalId")


class GetAppResponse(LenientModel):
    """GetAppResponse"""

    data: App


class ProjectRef(LenientModel):
    """Thin reference to the parent Project. Member resources are intentionally NOT inlined — list /v1/databases?branchId=<br_xxx> or /v1/apps?branchId=<br_xxx> instead (see API design principles "Flat and Hierarchical Coexistence")."""

    id: str
    url: str
    name: str


class Branch(LenientModel):
    """Branch"""

    id: str
    type: Literal["branch"]
    url: str
    git_name: str = Field(alias="gitName")
    is_default: bool = Field(alias="isDefault")
    role: Literal["production", "preview"]
    created_at: datetime = Field(alias="createdAt")
    updated_at: datetime = Field(alias="updatedAt")
    project: ProjectRef
    """Thin reference to the parent Project. Member resources are intentionally NOT inlined — list /v1/databases?branchId=<br_xxx> or /v1/apps?branchId=<br_xxx> instead (see API design principles "Flat and Hierarchical Coexistence")."""


class GetBranchResponse(LenientModel):
    """GetBranchResponse"""

    data: Branch


class Bucket(LenientModel):
    """Bucket"""

    id: str
    type: Literal["bucket"]
    url: str
    name: str
    provider_name: str = Field(alias="providerName")
    status: str
    created_at: datetime = Field(alias="createdAt")
    project: ProjectRef
    branch_id: str | None = Field(alias="branchId")
    logical_id: str | None = Field(alias="logicalId")


class GetBucketResponse(LenientModel):
    """GetBucketResponse"""

    data: Bucket


class BuildResource(LenientModel):
    """BuildResource"""

    resource_type: Literal[
        "project", "branch", "database", "app", "deployment", "bucket", "service_key", "config_variable"
    ] = Field(alias="resourceType")
    resource_id: str = Field(alias="resourceId")
    """Prefixed id of the reported resource."""
    action: Literal["created", "acted_on", "deleted"]
    created_at: str = Field(alias="createdAt")


class Build(LenientModel):
    """Build"""

    id: str
    source: Literal["webhook", "setup", "manual", "ci", "cli"]
    state: Literal["pending", "running", "succeeded", "failed", "cancelled"]
    phase: Literal["queued", "build", "deploy"] | None
    """Null when nothing reported a phase; the platform never invents an observation it did not receive."""
    commit_sha: str = Field(alias="commitSha")
    branch_name: str = Field(alias="branchName")
    git_repo_id: str | None = Field(alias="gitRepoId")
    """Repository the build ran against. Set only when the workspace has a live link to it; a reported repository the platform does not know stays null."""
    project_id: str | None = Field(alias="projectId")
    branch_id: str | None = Field(alias="branchId")
    external_log_url: str | None = Field(alias="externalLogUrl")
    deployed_url: str | None = Field(alias="deployedUrl")
    application_topology_content_hash: str | None = Field(alias="applicationTopologyContentHash")
    error_message: str | None = Field(alias="errorMessage")
    failing_step: str | None = Field(alias="failingStep")
    created_at: str = Field(alias="createdAt")
    started_at: str | None = Field(alias="startedAt")
    finished_at: str | None = Field(alias="finishedAt")
    resources: list[BuildResource]


class GetBuildResponse(LenientModel):
    """GetBuildResponse"""

    data: Build


class DomainDnsRecord(LenientModel):
    """DomainDnsRecord"""

    type: Literal["CNAME"]
    name: str
    value: str = Field(repr=False)
    ttl: float | None


class Domain(LenientModel):
    """Domain"""

    id: str
    type: Literal["custom-domain"]
    url: str
    hostname: str
    app_id: str = Field(alias="appId")
    compute_service_id: str = Field(alias="computeServiceId", deprecated=True)
    """Deprecated: use `appId` instead."""
    status: Literal[
        "pending_dns",
        "verifying",
        "verified_routing_blocked",
        "provisioning_tls",
        "active",
        "failed",
        "removing",
    ]
    foundry_status: str = Field(alias="foundryStatus")
    failure_reason: str | None = Field(alias="failureReason")
    failure_category: Literal["dns", "acme", "storage", "unknown"] | None = Field(alias="failureCategory")
    cert_expires_at: datetime | None = Field(alias="certExpiresAt")
    created_at: datetime = Field(alias="createdAt")
    updated_at: datetime = Field(alias="updatedAt")
    dns_records: list[DomainDnsRecord] = Field(alias="dnsRecords")


class GetDomainResponse(LenientModel):
    """GetDomainResponse"""

    data: Domain


class ConnectionEndpointsDirect(LenientModel):
    """ConnectionEndpointsDirect"""

    host: str
    port: float


class ConnectionEndpoints(LenientModel):
    """ConnectionEndpoints"""

    direct: ConnectionEndpointsDirect | None = Field(default=None)
    pooled: ConnectionEndpointsDirect | None = Field(default=None)
    accelerate: ConnectionEndpointsDirect | None = Field(default=None)


class ConnectionDirectConnection(LenientModel):
    """Deprecated: use `endpoints.direct` instead."""

    host: str
    pass_: str = Field(alias="pass", repr=False)
    user: str


class DatabaseRef(LenientModel):
    """DatabaseRef"""

    id: str
    url: str
    name: str


class Connection(LenientModel):
    """Connection"""

    id: str
    type: Literal["connection"]
    url: str
    name: str
    created_at: datetime = Field(alias="createdAt")
    kind: Literal["postgres", "accelerate"]
    endpoints: ConnectionEndpoints
    direct_connection: ConnectionDirectConnection | None = Field(
        default=None, alias="directConnection", deprecated=True
    )
    """Deprecated: use `endpoints.direct` instead."""
    database: DatabaseRef


class GetConnectionResponse(LenientModel):
    """GetConnectionResponse"""

    data: Connection


class DatabaseRegion(LenientModel):
    """DatabaseRegion"""

    id: str
    name: str


class DatabaseSourceEmpty(LenientModel):
    """DatabaseSourceEmpty"""

    type: Literal["empty"]


class DatabaseSourceBackup(LenientModel):
    """DatabaseSourceBackup"""

    type: Literal["backup"]
    database_id: str = Field(alias="databaseId")
    backup_id: str = Field(alias="backupId")
    """ID of the backup to restore from"""


class DatabaseSourceDatabase(LenientModel):
    """DatabaseSourceDatabase"""

    type: Literal["database"]
    database_id: str = Field(alias="databaseId")


DatabaseSource = Annotated[
    Union[DatabaseSourceEmpty, DatabaseSourceBackup, DatabaseSourceDatabase], Field(discriminator="type")
]


class Database(LenientModel):
    """Database"""

    id: str
    type: Literal["database"]
    url: str
    name: str
    status: Literal["failure", "provisioning", "ready", "recovering"]
    created_at: datetime = Field(alias="createdAt")
    is_default: bool = Field(alias="isDefault")
    default_connection_id: str | None = Field(alias="defaultConnectionId")
    connections: list[Connection]
    project: ProjectRef
    region: DatabaseRegion | None
    source: DatabaseSource | None
    branch_id: str | None = Field(alias="branchId")
    logical_id: str | None = Field(alias="logicalId")


class GetDatabaseResponse(LenientModel):
    """GetDatabaseResponse"""

    data: Database


class DeploymentPortMapping(LenientModel):
    """DeploymentPortMapping"""

    http: float | None = Field(default=None)


class Deployment(LenientModel):
    """Deployment"""

    id: str
    type: Literal["deployment"]
    url: str
    service_id: str = Field(alias="serviceId")
    foundry_version_id: str = Field(alias="foundryVersionId")
    status: str
    preview_domain: str | None = Field(alias="previewDomain")
    env_vars: dict[str, str] | None = Field(default=None, alias="envVars", repr=False)
    """Environment variable names present on this compute version. Values are always redacted as "[redacted]" and must not be treated as deployed secret values."""
    port_mapping: DeploymentPortMapping | None = Field(default=None, alias="portMapping")
    created_at: datetime = Field(alias="createdAt")


class GetDeploymentResponse(LenientModel):
    """GetDeploymentResponse"""

    data: Deployment


class WorkspaceRef(LenientModel):
    """WorkspaceRef"""

    id: str
    url: str
    name: str


class Project(LenientModel):
    """Project"""

    id: str
    type: Literal["project"]
    url: str
    name: str
    logical_id: str | None = Field(alias="logicalId")
    created_at: datetime = Field(alias="createdAt")
    default_region: str | None = Field(alias="defaultRegion")
    workspace: WorkspaceRef


class GetProjectResponse(LenientModel):
    """GetProjectResponse"""

    data: Project


class EnvironmentVariable(LenientModel):
    """EnvironmentVariable"""

    id: str
    type: Literal["environment-variable"]
    url: str
    project_id: str = Field(alias="projectId")
    branch_id: str | None = Field(alias="branchId")
    class_: Literal["production", "preview"] = Field(alias="class")
    key: str
    value_kid: str = Field(alias="valueKid")
    is_managed_by_system: bool = Field(alias="isManagedBySystem")
    created_at: datetime = Field(alias="createdAt")
    updated_at: datetime = Field(alias="updatedAt")


class GetEnvironmentVariableResponse(LenientModel):
    """GetEnvironmentVariableResponse"""

    data: EnvironmentVariable


class IntegrationClient(LenientModel):
    """IntegrationClient"""

    id: str
    name: str
    created_at: datetime = Field(alias="createdAt")


class IntegrationCreatedByUser(LenientModel):
    """IntegrationCreatedByUser"""

    id: str
    email: str
    display_name: str | None = Field(alias="displayName")


class Integration(LenientModel):
    """Integration"""

    id: str
    url: str
    created_at: datetime = Field(alias="createdAt")
    scopes: list[str]
    client: IntegrationClient
    created_by_user: IntegrationCreatedByUser = Field(alias="createdByUser")


class GetIntegrationResponse(LenientModel):
    """GetIntegrationResponse"""

    data: Integration


class SourceRepository(LenientModel):
    """SourceRepository"""

    id: str
    type: Literal["source-repository"]
    url: str
    repo_id: float = Field(alias="repoId")
    provider: Literal["github"]
    repo_full_name: str = Field(alias="repoFullName")
    default_branch: str = Field(alias="defaultBranch")
    is_private: bool = Field(alias="isPrivate")
    status: Literal["active", "archived"]
    project_id: str = Field(alias="projectId")
    installation_id: str = Field(alias="installationId")
    created_at: datetime = Field(alias="createdAt")
    updated_at: datetime = Field(alias="updatedAt")


class GetSourceRepositoryResponse(LenientModel):
    """GetSourceRepositoryResponse"""

    data: SourceRepository
    hint: str | None = Field(default=None)


class Workspace(LenientModel):
    """Workspace"""

    id: str
    type: Literal["workspace"]
    url: str
    name: str
    created_at: datetime = Field(alias="createdAt")


class GetWorkspaceResponse(LenientModel):
    """GetWorkspaceResponse"""

    data: Workspace


class Pagination(LenientModel):
    """Pagination"""

    next_cursor: str | None = Field(alias="nextCursor")
    """Next cursor to continue pagination"""
    has_more: bool = Field(alias="hasMore")
    """Whether there are more items to paginate"""


class ListAppsResponse(LenientModel):
    """ListAppsResponse"""

    data: list[App]
    pagination: Pagination


class ListAppDomainsResponsePagination(LenientModel):
    """ListAppDomainsResponsePagination"""

    has_more: Literal[False] = Field(alias="hasMore")
    next_cursor: None = Field(alias="nextCursor")


class ListAppDomainsResponse(LenientModel):
    """ListAppDomainsResponse"""

    data: list[Domain]
    pagination: ListAppDomainsResponsePagination


class AppDeployment(LenientModel):
    """AppDeployment"""

    id: str
    type: Literal["deployment"]
    url: str
    service_id: str = Field(alias="serviceId")
    foundry_version_id: str = Field(alias="foundryVersionId")
    created_at: datetime = Field(alias="createdAt")


class ListAppDeploymentsResponse(LenientModel):
    """ListAppDeploymentsResponse"""

    data: list[AppDeployment]
    pagination: Pagination


class ListProjectBranchesResponse(LenientModel):
    """ListProjectBranchesResponse"""

    data: list[Branch]
    pagination: Pagination


class ListBucketsResponse(LenientModel):
    """ListBucketsResponse"""

    data: list[Bucket]
    pagination: Pagination


class BucketKey(LenientModel):
    """BucketKey"""

    id: str
    type: Literal["bucketKey"]
    name: str
    value_hint: str = Field(alias="valueHint")
    role: Literal["read", "read_write"]
    created_at: datetime = Field(alias="createdAt")


class ListBucketKeysResponse(LenientModel):
    """ListBucketKeysResponse"""

    data: list[BucketKey]
    pagination: Pagination


class ListBuildsResult(LenientModel):
    """ListBuildsResult"""

    id: str
    source: Literal["webhook", "setup", "manual", "ci", "cli"]
    state: Literal["pending", "running", "succeeded", "failed", "cancelled"]
    phase: Literal["queued", "build", "deploy"] | None
    """Null when nothing reported a phase; the platform never invents an observation it did not receive."""
    commit_sha: str = Field(alias="commitSha")
    branch_name: str = Field(alias="branchName")
    git_repo_id: str | None = Field(alias="gitRepoId")
    """Repository the build ran against. Set only when the workspace has a live link to it; a reported repository the platform does not know stays null."""
    project_id: str | None = Field(alias="projectId")
    branch_id: str | None = Field(alias="branchId")
    external_log_url: str | None = Field(alias="externalLogUrl")
    deployed_url: str | None = Field(alias="deployedUrl")
    application_topology_content_hash: str | None = Field(alias="applicationTopologyContentHash")
    error_message: str | None = Field(alias="errorMessage")
    failing_step: str | None = Field(alias="failingStep")
    created_at: str = Field(alias="createdAt")
    started_at: str | None = Field(alias="startedAt")
    finished_at: str | None = Field(alias="finishedAt")


class ListBuildsResponse(LenientModel):
    """ListBuildsResponse"""

    data: list[ListBuildsResult]
    pagination: Pagination


class GetBuildLogsEventLog(LenientModel):
    """GetBuildLogsEventLog"""

    type: Literal["log"]
    text: str
    level: Literal["info", "error"]
    source: Literal["runner", "stdout", "stderr"]
    step: str | None = Field(default=None)
    cursor: str


class GetBuildLogsEventTerminal(LenientModel):
    """GetBuildLogsEventTerminal"""

    type: Literal["terminal"]
    kind: Literal["end", "error"]
    code: str
    message: str
    retryable: bool
    cursor: str | None


GetBuildLogsEvent = Annotated[
    Union[GetBuildLogsEventLog, GetBuildLogsEventTerminal], Field(discriminator="type")
]


class ListConnectionsResponse(LenientModel):
    """ListConnectionsResponse"""

    data: list[Connection]
    pagination: Pagination


class ListDatabasesResponse(LenientModel):
    """ListDatabasesResponse"""

    data: list[Database]
    pagination: Pagination


class DatabaseBackup(LenientModel):
    """DatabaseBackup"""

    id: str
    backup_type: Literal["full", "incremental", "differential"] = Field(alias="backupType")
    created_at: str = Field(alias="createdAt")
    size: float | None = Field(default=None)
    status: Literal["running", "completed", "failed", "unknown"]
    type: Literal["backup"] | None = Field(default=None)


class ListDatabaseBackupsResponseMeta(LenientModel):
    """ListDatabaseBackupsResponseMeta"""

    backup_retention_days: float = Field(alias="backupRetentionDays")


class ListDatabaseBackupsResponsePagination(LenientModel):
    """ListDatabaseBackupsResponsePagination"""

    has_more: bool = Field(alias="hasMore")
    limit: int | None


class ListDatabaseBackupsResponse(LenientModel):
    """ListDatabaseBackupsResponse"""

    data: list[DatabaseBackup]
    meta: ListDatabaseBackupsResponseMeta
    pagination: ListDatabaseBackupsResponsePagination


class GetDatabaseUsageResponsePeriod(LenientModel):
    """GetDatabaseUsageResponsePeriod"""

    start: datetime
    end: datetime


class GetDatabaseUsageResponseMetricsOperations(LenientModel):
    """GetDatabaseUsageResponseMetricsOperations"""

    used: float
    unit: Literal["ops"]


class GetDatabaseUsageResponseMetricsStorage(LenientModel):
    """GetDatabaseUsageResponseMetricsStorage"""

    used: float
    unit: Literal["GiB"]


class GetDatabaseUsageResponseMetrics(LenientModel):
    """GetDatabaseUsageResponseMetrics"""

    operations: GetDatabaseUsageResponseMetricsOperations
    storage: GetDatabaseUsageResponseMetricsStorage


class GetDatabaseUsageResponse(LenientModel):
    """GetDatabaseUsageResponse"""

    period: GetDatabaseUsageResponsePeriod
    metrics: GetDatabaseUsageResponseMetrics
    generated_at: datetime = Field(alias="generatedAt")


class GetDeploymentLogsEventLog(LenientModel):
    """GetDeploymentLogsEventLog"""

    type: Literal["log"]
    text: str
    byte_start: float = Field(alias="byteStart")
    byte_end: float = Field(alias="byteEnd")


class GetDeploymentLogsEventTerminal(LenientModel):
    """GetDeploymentLogsEventTerminal"""

    type: Literal["terminal"]
    kind: Literal["end", "error"]
    code: str
    message: str
    retryable: bool
    cursor: str | None
    details: dict[str, Any] | None = Field(default=None)


GetDeploymentLogsEvent = Annotated[
    Union[GetDeploymentLogsEventLog, GetDeploymentLogsEventTerminal], Field(discriminator="type")
]


class ListProjectsResponse(LenientModel):
    """ListProjectsResponse"""

    data: list[Project]
    pagination: Pagination


class GetAlchemyStateVersionResponse(LenientModel):
    """GetAlchemyStateVersionResponse"""

    version: float


class BranchApplicationTopologyNode(LenientModel):
    """BranchApplicationTopologyNode"""

    logical_id: str = Field(alias="logicalId")
    parent_logical_id: str | None = Field(alias="parentLogicalId")
    kind: Literal["module", "service", "resource"]
    type: str | None = Field(default=None)


class BranchApplicationTopologyPort(LenientModel):
    """BranchApplicationTopologyPort"""

    logical_id: str = Field(alias="logicalId")
    direction: Literal["in", "out"]
    name: str
    contract_kind: str | None = Field(default=None, alias="contractKind")
    contract_hash: str | None = Field(default=None, alias="contractHash")


class BranchApplicationTopologyEdgeFrom(LenientModel):
    """BranchApplicationTopologyEdgeFrom"""

    logical_id: str = Field(alias="logicalId")
    direction: Literal["in", "out"]
    name: str


class BranchApplicationTopologyEdge(LenientModel):
    """BranchApplicationTopologyEdge"""

    from_: BranchApplicationTopologyEdgeFrom = Field(alias="from")
    to: BranchApplicationTopologyEdgeFrom
    family: Literal["communication", "data"]
    style: str | None = Field(default=None)


class BranchApplicationTopology(LenientModel):
    """BranchApplicationTopology"""

    nodes: list[BranchApplicationTopologyNode]
    ports: list[BranchApplicationTopologyPort]
    edges: list[BranchApplicationTopologyEdge]
    content_hash: str | None = Field(default=None, alias="contentHash")
    written_at: datetime | None = Field(default=None, alias="writtenAt")


class GetBranchApplicationTopologyResponse(LenientModel):
    """GetBranchApplicationTopologyResponse"""

    data: BranchApplicationTopology


class ListEnvironmentVariablesResponse(LenientModel):
    """ListEnvironmentVariablesResponse"""

    data: list[EnvironmentVariable]
    pagination: Pagination


class ListIntegrationsResponse(LenientModel):
    """ListIntegrationsResponse"""

    data: list[Integration]
    pagination: Pagination


class CurrentUserUser(LenientModel):
    """CurrentUserUser"""

    id: str
    email: str
    name: str | None


class CurrentUserWorkspace(LenientModel):
    """CurrentUserWorkspace"""

    id: str
    name: str


class CredentialRef(LenientModel):
    """CredentialRef"""

    type: Literal["oauth", "service_token", "management_token", "agent_token"]
    id: str | None
    name: str | None


class CurrentUser(LenientModel):
    """CurrentUser"""

    user: CurrentUserUser | None
    workspace: CurrentUserWorkspace | None
    credential: CredentialRef


class GetMeResponse(LenientModel):
    """GetMeResponse"""

    data: CurrentUser


class WorkspaceServiceToken(LenientModel):
    """WorkspaceServiceToken"""

    id: str
    type: Literal["serviceToken"]
    name: str
    value_hint: str = Field(alias="valueHint")
    created_at: datetime = Field(alias="createdAt")
    expires_at: datetime | None = Field(default=None, alias="expiresAt")


class ListWorkspaceServiceTokensResponse(LenientModel):
    """ListWorkspaceServiceTokensResponse"""

    data: list[WorkspaceServiceToken]
    pagination: Pagination


class Region(LenientModel):
    """Region"""

    id: str
    type: Literal["region"]
    name: str
    product: Literal["postgres", "accelerate"]
    status: Literal["available", "unavailable"] | None = Field(default=None)


class ListRegionsResponse(LenientModel):
    """ListRegionsResponse"""

    data: list[Region]


class PostgresRegion(LenientModel):
    """PostgresRegion"""

    id: str
    type: Literal["region"]
    name: str
    status: Literal["available", "unavailable"]


class ListPostgresRegionsResponse(LenientModel):
    """ListPostgresRegionsResponse"""

    data: list[PostgresRegion]


class AccelerateRegion(LenientModel):
    """AccelerateRegion"""

    id: str
    type: Literal["region"]
    name: str


class ListAccelerateRegionsResponse(LenientModel):
    """ListAccelerateRegionsResponse"""

    data: list[AccelerateRegion]


class ScmInstallation(LenientModel):
    """ScmInstallation"""

    id: str
    type: Literal["scm-installation"]
    url: str
    provider: Literal["github"]
    installation_id: float = Field(alias="installationId")
    """Numeric installation ID assigned by the SCM provider"""
    account_id: float = Field(alias="accountId")
    """Numeric account ID assigned by the SCM provider"""
    account_login: str = Field(alias="accountLogin")
    account_type: Literal["user", "organization"] = Field(alias="accountType")
    suspended: bool
    created_at: datetime = Field(alias="createdAt")
    updated_at: datetime = Field(alias="updatedAt")


class ListScmInstallationsResponse(LenientModel):
    """ListScmInstallationsResponse"""

    data: list[ScmInstallation]
    pagination: Pagination
    hint: str | None = Field(default=None)


class ScmInstallationRepository(LenientModel):
    """ScmInstallationRepository"""

    id: float
    """Numeric repository ID assigned by the SCM provider"""
    type: Literal["scm-repository"]
    full_name: str = Field(alias="fullName")
    """Full repository name, e.g. "octocat/hello\""""
    default_branch: str = Field(alias="defaultBranch")
    is_private: bool = Field(alias="isPrivate")


class ListScmInstallationRepositoriesResponse(LenientModel):
    """ListScmInstallationRepositoriesResponse"""

    data: list[ScmInstallationRepository]
    pagination: Pagination


class ListSourceRepositoriesResponse(LenientModel):
    """ListSourceRepositoriesResponse"""

    data: list[SourceRepository]
    pagination: Pagination


class ListWorkspacesResponse(LenientModel):
    """ListWorkspacesResponse"""

    data: list[Workspace]
    pagination: Pagination


class WorkspaceSubscription(LenientModel):
    """WorkspaceSubscription"""

    plan_name: str = Field(alias="planName")
    usage_blocked: bool = Field(alias="usageBlocked")
    upgrade_url: str = Field(alias="upgradeUrl")


class GetWorkspaceSubscriptionResponse(LenientModel):
    """GetWorkspaceSubscriptionResponse"""

    data: WorkspaceSubscription


class CreateAppErrorResponseError(LenientModel):
    """CreateAppErrorResponseError"""

    code: Literal["app:already_exists"]
    message: str
    existing_app_id: str = Field(alias="existingAppId")
    name: str
    branch_git_name: str = Field(alias="branchGitName")
    conflict: Literal["name", "logicalId"] | None = Field(default=None)
    """Which attribute of the existing app clashed."""
    logical_id: str | None = Field(default=None, alias="logicalId")
    """The existing app's logical id."""


class CreateAppErrorResponse(LenientModel):
    """CreateAppErrorResponse"""

    error: CreateAppErrorResponseError


class PromoteAppResult(LenientModel):
    """PromoteAppResult"""

    app_endpoint_domain: str = Field(alias="appEndpointDomain")
    reassigned_domains: float = Field(alias="reassignedDomains")


class PromoteAppResponse(LenientModel):
    """PromoteAppResponse"""

    data: PromoteAppResult


class CreateAppDeploymentResult(LenientModel):
    """CreateAppDeploymentResult"""

    id: str
    type: Literal["deployment"]
    url: str
    foundry_version_id: str = Field(alias="foundryVersionId")
    upload_url: str | None = Field(alias="uploadUrl", repr=False)


class CreateAppDeploymentResponse(LenientModel):
    """CreateAppDeploymentResponse"""

    data: CreateAppDeploymentResult


class Key(LenientModel):
    """Key"""

    id: str
    type: Literal["bucketKey"]
    name: str
    value_hint: str = Field(alias="valueHint")
    role: Literal["read", "read_write"]
    created_at: datetime = Field(alias="createdAt")
    secret_access_key: str = Field(alias="secretAccessKey", repr=False)
    access_key_id: str = Field(alias="accessKeyId")
    endpoint: str
    bucket_name: str = Field(alias="bucketName")


class CreateBucketKeyResponse(LenientModel):
    """CreateBucketKeyResponse"""

    data: Key


class CreateBuildResponse(LenientModel):
    """CreateBuildResponse"""

    data: ListBuildsResult


class CreateConnectionResultEndpointsDirect(LenientModel):
    """CreateConnectionResultEndpointsDirect"""

    host: str
    port: float
    connection_string: str = Field(alias="connectionString", repr=False)


class CreateConnectionResultEndpoints(LenientModel):
    """CreateConnectionResultEndpoints"""

    direct: CreateConnectionResultEndpointsDirect | None = Field(default=None)
    pooled: CreateConnectionResultEndpointsDirect | None = Field(default=None)
    accelerate: CreateConnectionResultEndpointsDirect | None = Field(default=None)


class CreateConnectionResult(LenientModel):
    """CreateConnectionResult"""

    id: str
    type: Literal["connection"]
    url: str
    name: str
    created_at: datetime = Field(alias="createdAt")
    kind: Literal["postgres", "accelerate"]
    endpoints: CreateConnectionResultEndpoints
    connection_string: str = Field(alias="connectionString", deprecated=True, repr=False)
    """Deprecated: use `endpoints.direct.connectionString` or `endpoints.pooled.connectionString` instead."""
    direct_connection: ConnectionDirectConnection | None = Field(
        default=None, alias="directConnection", deprecated=True
    )
    """Deprecated: use `endpoints.direct` instead."""
    database: DatabaseRef
    host: str | None = Field(deprecated=True)
    """Deprecated: use `endpoints.direct` instead."""
    pass_: str | None = Field(alias="pass", deprecated=True, repr=False)
    """Deprecated: use `endpoints.direct.connectionString` or `endpoints.pooled.connectionString` instead."""
    user: str | None = Field(deprecated=True)
    """Deprecated: use `endpoints.direct.connectionString` or `endpoints.pooled.connectionString` instead."""


class CreateConnectionResponse(LenientModel):
    """CreateConnectionResponse"""

    data: CreateConnectionResult


class CreateDatabaseResultConnectionEndpointsDirect(LenientModel):
    """CreateDatabaseResultConnectionEndpointsDirect"""

    host: str
    port: float
    connection_string: str | None = Field(default=None, alias="connectionString", repr=False)


class CreateDatabaseResultConnectionEndpoints(LenientModel):
    """CreateDatabaseResultConnectionEndpoints"""

    direct: CreateDatabaseResultConnectionEndpointsDirect | None = Field(default=None)
    pooled: CreateDatabaseResultConnectionEndpointsDirect | None = Field(default=None)
    accelerate: CreateDatabaseResultConnectionEndpointsDirect | None = Field(default=None)


class CreateDatabaseResultConnection(LenientModel):
    """CreateDatabaseResultConnection"""

    id: str
    type: Literal["connection"]
    url: str
    name: str
    created_at: datetime = Field(alias="createdAt")
    kind: Literal["postgres", "accelerate"]
    endpoints: CreateDatabaseResultConnectionEndpoints
    direct_connection: ConnectionDirectConnection | None = Field(
        default=None, alias="directConnection", deprecated=True
    )
    """Deprecated: use `endpoints.direct` instead."""
    database: DatabaseRef


class CreateDatabaseResult(LenientModel):
    """CreateDatabaseResult"""

    id: str
    type: Literal["database"]
    url: str
    name: str
    status: Literal["failure", "provisioning", "ready", "recovering"]
    created_at: datetime = Field(alias="createdAt")
    is_default: bool = Field(alias="isDefault")
    default_connection_id: str | None = Field(alias="defaultConnectionId")
    connections: list[CreateDatabaseResultConnection]
    project: ProjectRef
    region: DatabaseRegion | None
    source: DatabaseSource | None
    branch_id: str | None = Field(alias="branchId")
    logical_id: str | None = Field(alias="logicalId")


class CreateDatabaseResponse(LenientModel):
    """CreateDatabaseResponse"""

    data: CreateDatabaseResult


class RestoreDatabaseResult(LenientModel):
    """RestoreDatabaseResult"""

    id: str
    type: Literal["database"]
    url: str
    name: str
    status: Literal["failure", "provisioning", "ready", "recovering"]
    created_at: datetime = Field(alias="createdAt")
    is_default: bool = Field(alias="isDefault")
    default_connection_id: str | None = Field(alias="defaultConnectionId")
    connections: list[Connection]
    project: ProjectRef
    region: DatabaseRegion | None
    source: DatabaseSourceBackup
    branch_id: str | None = Field(alias="branchId")
    logical_id: str | None = Field(alias="logicalId")


class RestoreDatabaseResponse(LenientModel):
    """RestoreDatabaseResponse"""

    data: RestoreDatabaseResult


class StartDeploymentResult(LenientModel):
    """StartDeploymentResult"""

    preview_domain: str = Field(alias="previewDomain")


class StartDeploymentResponse(LenientModel):
    """StartDeploymentResponse"""

    data: StartDeploymentResult


class CreateProjectResultDatabaseApiKey(LenientModel):
    """CreateProjectResultDatabaseApiKey"""

    id: str
    type: Literal["connection"]
    url: str
    name: str
    created_at: datetime = Field(alias="createdAt")
    kind: Literal["postgres", "accelerate"]
    endpoints: ConnectionEndpoints
    connection_string: str = Field(alias="connectionString", deprecated=True, repr=False)
    """Deprecated: use `endpoints.direct.connectionString` or `endpoints.pooled.connectionString` instead."""
    direct_connection: ConnectionDirectConnection | None = Field(
        default=None, alias="directConnection", deprecated=True
    )
    """Deprecated: use `endpoints.direct` instead."""


class CreateProjectResultDatabase(LenientModel):
    """CreateProjectResultDatabase"""

    id: str
    type: Literal["database"]
    url: str
    name: str
    status: Literal["provisioning", "ready"]
    created_at: datetime = Field(alias="createdAt")
    is_default: bool = Field(alias="isDefault")
    default_connection_id: str | None = Field(alias="defaultConnectionId")
    connections: list[CreateDatabaseResultConnection]
    region: RegionRef
    source: DatabaseSource | None
    branch_id: str | None = Field(alias="branchId")
    logical_id: str | None = Field(alias="logicalId")
    api_keys: list[CreateProjectResultDatabaseApiKey] = Field(alias="apiKeys", deprecated=True, repr=False)
    """Deprecated: use `connections[]` instead."""
    connection_string: str | None = Field(alias="connectionString", deprecated=True, repr=False)
    """Deprecated: use `connections[].endpoints.direct.connectionString` or `connections[].endpoints.pooled.connectionString`."""
    direct_connection: ConnectionDirectConnection | None = Field(alias="directConnection", deprecated=True)
    """Deprecated: use `connections[].endpoints.direct` instead."""


class CreateProjectResult(LenientModel):
    """CreateProjectResult"""

    id: str
    type: Literal["project"]
    url: str
    name: str
    logical_id: str | None = Field(alias="logicalId")
    created_at: datetime = Field(alias="createdAt")
    default_region: str | None = Field(alias="defaultRegion")
    workspace: WorkspaceRef
    database: CreateProjectResultDatabase | None


class CreateProjectResponse(LenientModel):
    """CreateProjectResponse"""

    data: CreateProjectResult


class AlchemyStateLease(LenientModel):
    """AlchemyStateLease"""

    lease_id: str = Field(alias="leaseId")
    """Capability token for the deploy lease. Send it in the Alchemy-State-Lease-Id header with every state operation; do not log it."""
    expires_at: str = Field(alias="expiresAt")
    """Lease expiry as an ISO-8601 timestamp."""


class AcquireAlchemyStateLeaseResponse(LenientModel):
    """AcquireAlchemyStateLeaseResponse"""

    data: AlchemyStateLease


class ProjectDatabase(LenientModel):
    """ProjectDatabase"""

    id: str
    type: Literal["database"]
    url: str
    name: str
    status: Literal["provisioning", "ready"]
    created_at: datetime = Field(alias="createdAt")
    is_default: bool = Field(alias="isDefault")
    default_connection_id: str | None = Field(alias="defaultConnectionId")
    connections: list[CreateDatabaseResultConnection]
    project: ProjectRef
    region: RegionRef
    source: DatabaseSource | None
    branch_id: str | None = Field(alias="branchId")
    logical_id: str | None = Field(alias="logicalId")
    api_keys: list[CreateProjectResultDatabaseApiKey] = Field(alias="apiKeys", deprecated=True, repr=False)
    """Deprecated: use `connections[]` instead."""
    connection_string: str | None = Field(alias="connectionString", deprecated=True, repr=False)
    """Deprecated: use `connections[].endpoints.direct.connectionString` or `connections[].endpoints.pooled.connectionString`."""
    direct_connection: ConnectionDirectConnection | None = Field(alias="directConnection", deprecated=True)
    """Deprecated: use `connections[].endpoints.direct` instead."""


class CreateProjectDatabaseResponse(LenientModel):
    """CreateProjectDatabaseResponse"""

    data: ProjectDatabase


class ServiceToken(LenientModel):
    """ServiceToken"""

    id: str
    type: Literal["serviceToken"]
    name: str
    value_hint: str = Field(alias="valueHint")
    created_at: datetime = Field(alias="createdAt")
    expires_at: datetime | None = Field(default=None, alias="expiresAt")
    value: str = Field(repr=False)


class CreateWorkspaceServiceTokenResponse(LenientModel):
    """CreateWorkspaceServiceTokenResponse"""

    data: ServiceToken


class GithubActionsToken(LenientModel):
    """GithubActionsToken"""

    id: str
    """Prefixed integration token ID (`itgr_` prefix)."""
    type: Literal["serviceToken"]
    value: str = Field(repr=False)
    """The minted integration token. Returned once — copy it immediately."""
    expires_at: datetime = Field(alias="expiresAt")
    """ISO 8601 instant after which the token is invalid."""
    workspace_id: str = Field(alias="workspaceId")
    """Prefixed workspace ID the token is scoped to."""


class CreateGithubActionsTokenResponse(LenientModel):
    """CreateGithubActionsTokenResponse"""

    data: GithubActionsToken


class CreateGithubActionsTokenErrorResponse(LenientModel):
    """CreateGithubActionsTokenErrorResponse"""

    error: Literal["unauthorized"]
    error_description: str = Field(alias="errorDescription")


class ScmInstallIntent(LenientModel):
    """ScmInstallIntent"""

    type: Literal["install-intent"]
    provider: Literal["github"]
    workspace_id: str = Field(alias="workspaceId")
    install_url: str = Field(alias="installUrl")
    already_linked: bool | None = Field(default=None, alias="alreadyLinked")
    account_login: str | None = Field(default=None, alias="accountLogin")
    hint: str | None = Field(default=None)


class CreateScmInstallIntentResponse(LenientModel):
    """CreateScmInstallIntentResponse"""

    data: ScmInstallIntent


class CreateWorkspaceResult(LenientModel):
    """CreateWorkspaceResult"""

    id: str
    type: Literal["workspace"]
    url: str
    name: str
    created_at: datetime = Field(alias="createdAt")


class CreateWorkspaceResponse(LenientModel):
    """CreateWorkspaceResponse"""

    data: CreateWorkspaceResult


__all__ = [
    "AccelerateRegion",
    "AcquireAlchemyStateLeaseResponse",
    "AlchemyStateLease",
    "App",
    "AppDeployment",
    "Branch",
    "BranchApplicationTopology",
    "BranchApplicationTopologyEdge",
    "BranchApplicationTopologyEdgeFrom",
    "BranchApplicationTopologyNode",
    "BranchApplicationTopologyPort",
    "Bucket",
    "BucketKey",
    "Build",
    "BuildResource",
    "Connection",
    "ConnectionDirectConnection",
    "ConnectionEndpoints",
    "ConnectionEndpointsDirect",
    "CreateAppDeploymentResponse",
    "CreateAppDeploymentResult",
    "CreateAppErrorResponse",
    "CreateAppErrorResponseError",
    "CreateBucketKeyResponse",
    "CreateBuildResponse",
    "CreateConnectionResponse",
    "CreateConnectionResult",
    "CreateConnectionResultEndpoints",
    "CreateConnectionResultEndpointsDirect",
    "CreateDatabaseResponse",
    "CreateDatabaseResult",
    "CreateDatabaseResultConnection",
    "CreateDatabaseResultConnectionEndpoints",
    "CreateDatabaseResultConnectionEndpointsDirect",
    "CreateGithubActionsTokenErrorResponse",
    "CreateGithubActionsTokenResponse",
    "CreateProjectDatabaseResponse",
    "CreateProjectResponse",
    "CreateProjectResult",
    "CreateProjectResultDatabase",
    "CreateProjectResultDatabaseApiKey",
    "CreateScmInstallIntentResponse",
    "CreateWorkspaceResponse",
    "CreateWorkspaceResult",
    "CreateWorkspaceServiceTokenResponse",
    "CredentialRef",
    "CurrentUser",
    "CurrentUserUser",
    "CurrentUserWorkspace",
    "Database",
    "DatabaseBackup",
    "DatabaseRef",
    "DatabaseRegion",
    "DatabaseSource",
    "DatabaseSourceBackup",
    "DatabaseSourceDatabase",
    "DatabaseSourceEmpty",
    "Deployment",
    "DeploymentPortMapping",
    "Domain",
    "DomainDnsRecord",
    "EnvironmentVariable",
    "ErrorDetail",
    "ErrorResponse",
    "GetAgentApprovalResponse",
    "GetAlchemyStateVersionResponse",
    "GetAppResponse",
    "GetBranchApplicationTopologyResponse",
    "GetBranchResponse",
    "GetBucketResponse",
    "GetBuildLogsEvent",
    "GetBuildLogsEventLog",
    "GetBuildLogsEventTerminal",
    "GetBuildResponse",
    "GetConnectionResponse",
    "GetDatabaseResponse",
    "GetDatabaseUsageResponse",
    "GetDatabaseUsageResponseMetrics",
    "GetDatabaseUsageResponseMetricsOperations",
    "GetDatabaseUsageResponseMetricsStorage",
    "GetDatabaseUsageResponsePeriod",
    "GetDeploymentLogsEvent",
    "GetDeploymentLogsEventLog",
    "GetDeploymentLogsEventTerminal",
    "GetDeploymentResponse",
    "GetDomainResponse",
    "GetEnvironmentVariableResponse",
    "GetIntegrationResponse",
    "GetMeResponse",
    "GetProjectResponse",
    "GetSourceRepositoryResponse",
    "GetWorkspaceResponse",
    "GetWorkspaceSubscriptionResponse",
    "GithubActionsToken",
    "Integration",
    "IntegrationClient",
    "IntegrationCreatedByUser",
    "Key",
    "ListAccelerateRegionsResponse",
    "ListAppDeploymentsResponse",
    "ListAppDomainsResponse",
    "ListAppDomainsResponsePagination",
    "ListAppsResponse",
    "ListBucketKeysResponse",
    "ListBucketsResponse",
    "ListBuildsResponse",
    "ListBuildsResult",
    "ListConnectionsResponse",
    "ListDatabaseBackupsResponse",
    "ListDatabaseBackupsResponseMeta",
    "ListDatabaseBackupsResponsePagination",
    "ListDatabasesResponse",
    "ListEnvironmentVariablesResponse",
    "ListIntegrationsResponse",
    "ListPostgresRegionsResponse",
    "ListProjectBranchesResponse",
    "ListProjectsResponse",
    "ListRegionsResponse",
    "ListScmInstallationRepositoriesResponse",
    "ListScmInstallationsResponse",
    "ListSourceRepositoriesResponse",
    "ListWorkspaceServiceTokensResponse",
    "ListWorkspacesResponse",
    "Pagination",
    "PostgresRegion",
    "Project",
    "ProjectDatabase",
    "ProjectRef",
    "PromoteAppResponse",
    "PromoteAppResult",
    "Region",
    "RegionRef",
    "RestoreDatabaseResponse",
    "RestoreDatabaseResult",
    "ScmInstallIntent",
    "ScmInstallation",
    "ScmInstallationRepository",
    "ServiceToken",
    "SourceRepository",
    "StartDeploymentResponse",
    "StartDeploymentResult",
    "Workspace",
    "WorkspaceRef",
    "WorkspaceServiceToken",
    "WorkspaceSubscription",
]
