"""Request types: TypedDicts for every parameter set and request body.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Any, Literal, Union

from typing_extensions import NotRequired, TypedDict


class GetAgentApprovalPathParams(TypedDict):
    """GetAgentApprovalPathParams"""

    approvalId: str


class GetAgentApprovalParams(TypedDict):
    """GetAgentApprovalParams"""

    path: GetAgentApprovalPathParams


class GetAppPathParams(TypedDict):
    """GetAppPathParams"""

    appId: str


class GetAppParams(TypedDict):
    """GetAppParams"""

    path: GetAppPathParams


class GetServicePathParams(TypedDict):
    """GetServicePathParams"""

    serviceId: str


class GetServiceParams(TypedDict):
    """GetServiceParams"""

    path: GetServicePathParams


class GetBranchPathParams(TypedDict):
    """GetBranchPathParams"""

    branchId: str


class GetBranchParams(TypedDict):
    """GetBranchParams"""

    path: GetBranchPathParams


class GetBucketPathParams(TypedDict):
    """GetBucketPathParams"""

    bucketId: str


class GetBucketParams(TypedDict):
    """GetBucketParams"""

    path: GetBucketPathParams


class GetBuildPathParams(TypedDict):
    """GetBuildPathParams"""

    buildId: str


class GetBuildParams(TypedDict):
    """GetBuildParams"""

    path: GetBuildPathParams


class GetDomainPathParams(TypedDict):
    """GetDomainPathParams"""

    domainId: str


class GetDomainParams(TypedDict):
    """GetDomainParams"""

    path: GetDomainPathParams


class GetConnectionPathParams(TypedDict):
    """GetConnectionPathParams"""

    id: str


class GetConnectionParams(TypedDict):
    """GetConnectionParams"""

    path: GetConnectionPathParams


class GetDatabasePathParams(TypedDict):
    """GetDatabasePathParams"""

    databaseId: str


class GetDatabaseParams(TypedDict):
    """GetDatabaseParams"""

    path: GetDatabasePathParams


class GetDeploymentPathParams(TypedDict):
    """GetDeploymentPathParams"""

    deploymentId: str


class GetDeploymentParams(TypedDict):
    """GetDeploymentParams"""

    path: GetDeploymentPathParams


class GetProjectPathParams(TypedDict):
    """GetProjectPathParams"""

    id: str


class GetProjectParams(TypedDict):
    """GetProjectParams"""

    path: GetProjectPathParams


class GetAlchemyResourcePathParams(TypedDict):
    """GetAlchemyResourcePathParams"""

    projectId: str
    branchId: str
    stack: str
    stage: str
    fqn: str


GetAlchemyResourceHeaderParams = TypedDict(
    "GetAlchemyResourceHeaderParams",
    {
        "alchemy-state-lease-id": str,
    },
)


class GetAlchemyResourceParams(TypedDict):
    """GetAlchemyResourceParams"""

    path: GetAlchemyResourcePathParams
    header: GetAlchemyResourceHeaderParams


class GetEnvironmentVariablePathParams(TypedDict):
    """GetEnvironmentVariablePathParams"""

    envVarId: str


class GetEnvironmentVariableParams(TypedDict):
    """GetEnvironmentVariableParams"""

    path: GetEnvironmentVariablePathParams


class GetIntegrationPathParams(TypedDict):
    """GetIntegrationPathParams"""

    id: str


class GetIntegrationParams(TypedDict):
    """GetIntegrationParams"""

    path: GetIntegrationPathParams


class GetSourceRepositoryPathParams(TypedDict):
    """GetSourceRepositoryPathParams"""

    id: str


class GetSourceRepositoryParams(TypedDict):
    """GetSourceRepositoryParams"""

    path: GetSourceRepositoryPathParams


class GetWorkspacePathParams(TypedDict):
    """GetWorkspacePathParams"""

    id: str


class GetWorkspaceParams(TypedDict):
    """GetWorkspaceParams"""

    path: GetWorkspacePathParams


class ListAppsQueryParams(TypedDict):
    """ListAppsQueryParams"""

    cursor: NotRequired[str | None]
    limit: NotRequired[float]
    projectId: NotRequired[str]
    logicalId: NotRequired[str]
    branchId: NotRequired[Literal["unassigned"] | str]
    branchGitName: NotRequired[str]


class ListAppsParams(TypedDict):
    """ListAppsParams"""

    query: NotRequired[ListAppsQueryParams]


class ListAppDomainsPathParams(TypedDict):
    """ListAppDomainsPathParams"""

    appId: str


class ListAppDomainsParams(TypedDict):
    """ListAppDomainsParams"""

    path: ListAppDomainsPathParams


class ListAppDeploymentsPathParams(TypedDict):
    """ListAppDeploymentsPathParams"""

    appId: str


class ListAppDeploymentsQueryParams(TypedDict):
    """ListAppDeploymentsQueryParams"""

    cursor: NotRequired[str | None]
    limit: NotRequired[float]


class ListAppDeploymentsParams(TypedDict):
    """ListAppDeploymentsParams"""

    path: ListAppDeploymentsPathParams
    query: NotRequired[ListAppDeploymentsQueryParams]


class ListServicesQueryParams(TypedDict):
    """ListServicesQueryParams"""

    cursor: NotRequired[str | None]
    limit: NotRequired[float]
    projectId: NotRequired[str]
    logicalId: NotRequired[str]
    branchId: NotRequired[Literal["unassigned"] | str]
    branchGitName: NotRequired[str]


class ListServicesParams(TypedDict):
    """ListServicesParams"""

    query: NotRequired[ListServicesQueryParams]


class ListServiceDomainsPathParams(TypedDict):
    """ListServiceDomainsPathParams"""

    serviceId: str


class ListServiceDomainsParams(TypedDict):
    """ListServiceDomainsParams"""

    path: ListServiceDomainsPathParams


class ListServiceDeploymentsPathParams(TypedDict):
    """ListServiceDeploymentsPathParams"""

    serviceId: str


class ListServiceDeploymentsQueryParams(TypedDict):
    """ListServiceDeploymentsQueryParams"""

    cursor: NotRequired[str | None]
    limit: NotRequired[float]


class ListServiceDeploymentsParams(TypedDict):
    """ListServiceDeploymentsParams"""

    path: ListServiceDeploymentsPathParams
    query: NotRequired[ListServiceDeploymentsQueryParams]


class ListProjectBranchesPathParams(TypedDict):
    """ListProjectBranchesPathParams"""

    projectId: str


class ListProjectBranchesQueryParams(TypedDict):
    """ListProjectBranchesQueryParams"""

    cursor: NotRequired[str | None]
    limit: NotRequired[float]
    gitName: NotRequired[str]
    gitNameContains: NotRequired[str]


class ListProjectBranchesParams(TypedDict):
    """ListProjectBranchesParams"""

    path: ListProjectBranchesPathParams
    query: NotRequired[ListProjectBranchesQueryParams]


class ListBucketsQueryParams(TypedDict):
    """ListBucketsQueryParams"""

    cursor: NotRequired[str | None]
    limit: NotRequired[float]
    projectId: NotRequired[str]
    logicalId: NotRequired[str]
    branchId: NotRequired[Literal["unassigned"] | str]
    branchGitName: NotRequired[str]


class ListBucketsParams(TypedDict):
    """ListBucketsParams"""

    query: NotRequired[ListBucketsQueryParams]


class ListBucketKeysPathParams(TypedDict):
    """ListBucketKeysPathParams"""

    bucketId: str


class ListBucketKeysQueryParams(TypedDict):
    """ListBucketKeysQueryParams"""

    cursor: NotRequired[str | None]
    limit: NotRequired[float]


class ListBucketKeysParams(TypedDict):
    """ListBucketKeysParams"""

    path: ListBucketKeysPathParams
    query: NotRequired[ListBucketKeysQueryParams]


class ListBuildsQueryParams(TypedDict):
    """ListBuildsQueryParams"""

    cursor: NotRequired[str | None]
    limit: NotRequired[float]
    projectId: NotRequired[str]
    branchId: NotRequired[str]
    state: NotRequired[Literal["pending", "running", "succeeded", "failed", "cancelled"]]


class ListBuildsParams(TypedDict):
    """ListBuildsParams"""

    query: NotRequired[ListBuildsQueryParams]


class GetBuildLogsPathParams(TypedDict):
    """GetBuildLogsPathParams"""

    buildId: str


class GetBuildLogsQueryParams(TypedDict):
    """GetBuildLogsQueryParams"""

    follow: NotRequired[Literal["true", "false"]]
    cursor: NotRequired[str]


class GetBuildLogsParams(TypedDict):
    """GetBuildLogsParams"""

    path: GetBuildLogsPathParams
    query: NotRequired[GetBuildLogsQueryParams]


class ListConnectionsQueryParams(TypedDict):
    """ListConnectionsQueryParams"""

    cursor: NotRequired[str | None]
    """Cursor for pagination"""
    limit: NotRequired[float]
    """Limit for pagination"""
    databaseId: NotRequired[str]


class ListConnectionsParams(TypedDict):
    """ListConnectionsParams"""

    query: NotRequired[ListConnectionsQueryParams]


class ListDatabasesQueryParams(TypedDict):
    """ListDatabasesQueryParams"""

    cursor: NotRequired[str | None]
    """Cursor for pagination"""
    limit: NotRequired[float]
    """Limit for pagination"""
    projectId: NotRequired[str]
    """Filter databases by project ID"""
    logicalId: NotRequired[str]
    branchId: NotRequired[Literal["unassigned"] | str]
    branchGitName: NotRequired[str]


class ListDatabasesParams(TypedDict):
    """ListDatabasesParams"""

    query: NotRequired[ListDatabasesQueryParams]


class ListDatabaseConnectionsPathParams(TypedDict):
    """ListDatabaseConnectionsPathParams"""

    databaseId: str


class ListDatabaseConnectionsQueryParams(TypedDict):
    """ListDatabaseConnectionsQueryParams"""

    cursor: NotRequired[str | None]
    """Cursor for pagination"""
    limit: NotRequired[float]
    """Limit for pagination"""


class ListDatabaseConnectionsParams(TypedDict):
    """ListDatabaseConnectionsParams"""

    path: ListDatabaseConnectionsPathParams
    query: NotRequired[ListDatabaseConnectionsQueryParams]


class ListDatabaseBackupsPathParams(TypedDict):
    """ListDatabaseBackupsPathParams"""

    databaseId: str


class ListDatabaseBackupsQueryParams(TypedDict):
    """ListDatabaseBackupsQueryParams"""

    limit: NotRequired[int]


class ListDatabaseBackupsParams(TypedDict):
    """ListDatabaseBackupsParams"""

    path: ListDatabaseBackupsPathParams
    query: NotRequired[ListDatabaseBackupsQueryParams]


class GetDatabaseUsagePathParams(TypedDict):
    """GetDatabaseUsagePathParams"""

    databaseId: str


class GetDatabaseUsageQueryParams(TypedDict):
    """GetDatabaseUsageQueryParams"""

    startDate: NotRequired[str]
    """Start date for metrics query. Defaults to start of current month if not provided."""
    endDate: NotRequired[str]
    """End date for metrics query. Will be set to end of day if a future date is provided. Defaults to current date if not provided."""


class GetDatabaseUsageParams(TypedDict):
    """GetDatabaseUsageParams"""

    path: GetDatabaseUsagePathParams
    query: NotRequired[GetDatabaseUsageQueryParams]


class GetDeploymentLogsPathParams(TypedDict):
    """GetDeploymentLogsPathParams"""

    deploymentId: str


class GetDeploymentLogsQueryParams(TypedDict):
    """GetDeploymentLogsQueryParams"""

    tail: NotRequired[float]
    from_start: NotRequired[Literal["true", "false"]]
    cursor: NotRequired[str]


class GetDeploymentLogsParams(TypedDict):
    """GetDeploymentLogsParams"""

    path: GetDeploymentLogsPathParams
    query: NotRequired[GetDeploymentLogsQueryParams]


class ListProjectsQueryParams(TypedDict):
    """ListProjectsQueryParams"""

    cursor: NotRequired[str | None]
    """Cursor for pagination"""
    limit: NotRequired[float]
    """Limit for pagination"""
    logicalId: NotRequired[str]


class ListProjectsParams(TypedDict):
    """ListProjectsParams"""

    query: NotRequired[ListProjectsQueryParams]


class GetAlchemyStateVersionPathParams(TypedDict):
    """GetAlchemyStateVersionPathParams"""

    projectId: str
    branchId: str


class GetAlchemyStateVersionParams(TypedDict):
    """GetAlchemyStateVersionParams"""

    path: GetAlchemyStateVersionPathParams


class ListAlchemyStacksPathParams(TypedDict):
    """ListAlchemyStacksPathParams"""

    projectId: str
    branchId: str


class ListAlchemyStacksParams(TypedDict):
    """ListAlchemyStacksParams"""

    path: ListAlchemyStacksPathParams


class ListAlchemyStagesPathParams(TypedDict):
    """ListAlchemyStagesPathParams"""

    projectId: str
    branchId: str
    stack: str


ListAlchemyStagesHeaderParams = TypedDict(
    "ListAlchemyStagesHeaderParams",
    {
        "alchemy-state-lease-id": str,
    },
)


class ListAlchemyStagesParams(TypedDict):
    """ListAlchemyStagesParams"""

    path: ListAlchemyStagesPathParams
    header: ListAlchemyStagesHeaderParams


class ListAlchemyResourcesPathParams(TypedDict):
    """ListAlchemyResourcesPathParams"""

    projectId: str
    branchId: str
    stack: str
    stage: str


ListAlchemyResourcesHeaderParams = TypedDict(
    "ListAlchemyResourcesHeaderParams",
    {
        "alchemy-state-lease-id": str,
    },
)


class ListAlchemyResourcesParams(TypedDict):
    """ListAlchemyResourcesParams"""

    path: ListAlchemyResourcesPathParams
    header: ListAlchemyResourcesHeaderParams


class ListAlchemyReplacedResourcesPathParams(TypedDict):
    """ListAlchemyReplacedResourcesPathParams"""

    projectId: str
    branchId: str
    stack: str
    stage: str


ListAlchemyReplacedResourcesHeaderParams = TypedDict(
    "ListAlchemyReplacedResourcesHeaderParams",
    {
        "alchemy-state-lease-id": str,
    },
)


class ListAlchemyReplacedResourcesParams(TypedDict):
    """ListAlchemyReplacedResourcesParams"""

    path: ListAlchemyReplacedResourcesPathParams
    header: ListAlchemyReplacedResourcesHeaderParams


class GetAlchemyOutputPathParams(TypedDict):
    """GetAlchemyOutputPathParams"""

    projectId: str
    branchId: str
    stack: str
    stage: str


GetAlchemyOutputHeaderParams = TypedDict(
    "GetAlchemyOutputHeaderParams",
    {
        "alchemy-state-lease-id": str,
    },
)


class GetAlchemyOutputParams(TypedDict):
    """GetAlchemyOutputParams"""

    path: GetAlchemyOutputPathParams
    header: GetAlchemyOutputHeaderParams


class GetBranchApplicationTopologyPathParams(TypedDict):
    """GetBranchApplicationTopologyPathParams"""

    projectId: str
    branchId: str


class GetBranchApplicationTopologyParams(TypedDict):
    """GetBranchApplicationTopologyParams"""

    path: GetBranchApplicationTopologyPathParams


class ListProjectDatabasesPathParams(TypedDict):
    """ListProjectDatabasesPathParams"""

    projectId: str


class ListProjectDatabasesQueryParams(TypedDict):
    """ListProjectDatabasesQueryParams"""

    cursor: NotRequired[str | None]
    """Cursor for pagination"""
    limit: NotRequired[float]
    """Limit for pagination"""


class ListProjectDatabasesParams(TypedDict):
    """ListProjectDatabasesParams"""

    path: ListProjectDatabasesPathParams
    query: NotRequired[ListProjectDatabasesQueryParams]


ListEnvironmentVariablesQueryParams = TypedDict(
    "ListEnvironmentVariablesQueryParams",
    {
        "cursor": NotRequired[str | None],
        "limit": NotRequired[float],
        "projectId": NotRequired[str],
        "class": NotRequired[Literal["production", "preview"]],
        "key": NotRequired[str],
        "branchId": NotRequired[str],
    },
)


class ListEnvironmentVariablesParams(TypedDict):
    """ListEnvironmentVariablesParams"""

    query: NotRequired[ListEnvironmentVariablesQueryParams]


class ListIntegrationsQueryParams(TypedDict):
    """ListIntegrationsQueryParams"""

    cursor: NotRequired[str | None]
    """Cursor for pagination"""
    limit: NotRequired[float]
    """Limit for pagination"""
    workspaceId: str


class ListIntegrationsParams(TypedDict):
    """ListIntegrationsParams"""

    query: ListIntegrationsQueryParams


class GetMeParams(TypedDict):
    """GetMeParams"""


class ListWorkspaceIntegrationsPathParams(TypedDict):
    """ListWorkspaceIntegrationsPathParams"""

    workspaceId: str


class ListWorkspaceIntegrationsQueryParams(TypedDict):
    """ListWorkspaceIntegrationsQueryParams"""

    cursor: NotRequired[str | None]
    """Cursor for pagination"""
    limit: NotRequired[float]
    """Limit for pagination"""


class ListWorkspaceIntegrationsParams(TypedDict):
    """ListWorkspaceIntegrationsParams"""

    path: ListWorkspaceIntegrationsPathParams
    query: NotRequired[ListWorkspaceIntegrationsQueryParams]


class ListWorkspaceServiceTokensPathParams(TypedDict):
    """ListWorkspaceServiceTokensPathParams"""

    workspaceId: str


class ListWorkspaceServiceTokensQueryParams(TypedDict):
    """ListWorkspaceServiceTokensQueryParams"""

    cursor: NotRequired[str | None]
    limit: NotRequired[float]


class ListWorkspaceServiceTokensParams(TypedDict):
    """ListWorkspaceServiceTokensParams"""

    path: ListWorkspaceServiceTokensPathParams
    query: NotRequired[ListWorkspaceServiceTokensQueryParams]


class ListRegionsQueryParams(TypedDict):
    """ListRegionsQueryParams"""

    product: NotRequired[Literal["postgres", "accelerate"]]


class ListRegionsParams(TypedDict):
    """ListRegionsParams"""

    query: NotRequired[ListRegionsQueryParams]


class ListPostgresRegionsParams(TypedDict):
    """ListPostgresRegionsParams"""


class ListAccelerateRegionsParams(TypedDict):
    """ListAccelerateRegionsParams"""


class ListScmInstallationsQueryParams(TypedDict):
    """ListScmInstallationsQueryParams"""

    cursor: NotRequired[str | None]
    limit: NotRequired[float]
    workspaceId: str
    repository: NotRequired[str]


class ListScmInstallationsParams(TypedDict):
    """ListScmInstallationsParams"""

    query: ListScmInstallationsQueryParams


class ListScmInstallationRepositoriesPathParams(TypedDict):
    """ListScmInstallationRepositoriesPathParams"""

    installationId: str


class ListScmInstallationRepositoriesQueryParams(TypedDict):
    """ListScmInstallationRepositoriesQueryParams"""

    cursor: NotRequired[str | None]
    limit: NotRequired[float]


class ListScmInstallationRepositoriesParams(TypedDict):
    """ListScmInstallationRepositoriesParams"""

    path: ListScmInstallationRepositoriesPathParams
    query: NotRequired[ListScmInstallationRepositoriesQueryParams]


class ListSourceRepositoriesQueryParams(TypedDict):
    """ListSourceRepositoriesQueryParams"""

    cursor: NotRequired[str | None]
    limit: NotRequired[float]
    projectId: str


class ListSourceRepositoriesParams(TypedDict):
    """ListSourceRepositoriesParams"""

    query: ListSourceRepositoriesQueryParams


class ListWorkspacesQueryParams(TypedDict):
    """ListWorkspacesQueryParams"""

    cursor: NotRequired[str | None]
    """Cursor for pagination"""
    limit: NotRequired[float]
    """Limit for pagination"""


class ListWorkspacesParams(TypedDict):
    """ListWorkspacesParams"""

    query: NotRequired[ListWorkspacesQueryParams]


class GetWorkspaceSubscriptionPathParams(TypedDict):
    """GetWorkspaceSubscriptionPathParams"""

    id: str


class GetWorkspaceSubscriptionParams(TypedDict):
    """GetWorkspaceSubscriptionParams"""

    path: GetWorkspaceSubscriptionPathParams


class CreateAppParams(TypedDict):
    """CreateAppParams"""


class CreateAppBody(TypedDict):
    """CreateAppBody"""

    displayName: str
    regionId: NotRequired[
        Literal["us-east-1", "us-west-1", "eu-west-3", "eu-central-1", "ap-northeast-1", "ap-southeast-1"]
    ]
    branchId: NotRequired[str | None]
    branchGitName: NotRequired[str | None]
    projectId: str
    logicalId: NotRequired[str]
    """Declared identity of the resource, unique within its branch. Set by the tool that declares the resource."""


class DeleteAppPathParams(TypedDict):
    """DeleteAppPathParams"""

    appId: str


class DeleteAppParams(TypedDict):
    """DeleteAppParams"""

    path: DeleteAppPathParams


class UpdateAppPathParams(TypedDict):
    """UpdateAppPathParams"""

    appId: str


class UpdateAppParams(TypedDict):
    """UpdateAppParams"""

    path: UpdateAppPathParams


class UpdateAppBody(TypedDict):
    """UpdateAppBody"""

    displayName: NotRequired[str]
    logicalId: NotRequired[str]
    """Declared identity of the resource, unique within its branch. Set by the tool that declares the resource."""
    branchId: NotRequired[str | None]
    branchGitName: NotRequired[str | None]


class PromoteAppPathParams(TypedDict):
    """PromoteAppPathParams"""

    appId: str


class PromoteAppParams(TypedDict):
    """PromoteAppParams"""

    path: PromoteAppPathParams


class PromoteAppBody(TypedDict):
    """PromoteAppBody"""

    deploymentId: NotRequired[str]
    versionId: NotRequired[str]
    """Deprecated: use `deploymentId` instead. Ignored when `deploymentId` is also present."""


class RollbackAppPathParams(TypedDict):
    """RollbackAppPathParams"""

    appId: str


class RollbackAppParams(TypedDict):
    """RollbackAppParams"""

    path: RollbackAppPathParams


class CreateAppDomainPathParams(TypedDict):
    """CreateAppDomainPathParams"""

    appId: str


class CreateAppDomainParams(TypedDict):
    """CreateAppDomainParams"""

    path: CreateAppDomainPathParams


class CreateAppDomainBody(TypedDict):
    """CreateAppDomainBody"""

    hostname: str


class CreateAppDeploymentPathParams(TypedDict):
    """CreateAppDeploymentPathParams"""

    appId: str


class CreateAppDeploymentParams(TypedDict):
    """CreateAppDeploymentParams"""

    path: CreateAppDeploymentPathParams


class CreateAppDeploymentBodyPortMapping(TypedDict):
    """CreateAppDeploymentBodyPortMapping"""

    http: NotRequired[float | None]


class CreateAppDeploymentBody(TypedDict):
    """CreateAppDeploymentBody"""

    portMapping: NotRequired[CreateAppDeploymentBodyPortMapping]
    skipCodeUpload: NotRequired[bool]


class CreateServiceParams(TypedDict):
    """CreateServiceParams"""


class DeleteServicePathParams(TypedDict):
    """DeleteServicePathParams"""

    serviceId: str


class DeleteServiceParams(TypedDict):
    """DeleteServiceParams"""

    path: DeleteServicePathParams


class UpdateServicePathParams(TypedDict):
    """UpdateServicePathParams"""

    serviceId: str


class UpdateServiceParams(TypedDict):
    """UpdateServiceParams"""

    path: UpdateServicePathParams


class PromoteServicePathParams(TypedDict):
    """PromoteServicePathParams"""

    serviceId: str


class PromoteServiceParams(TypedDict):
    """PromoteServiceParams"""

    path: PromoteServicePathParams


class RollbackServicePathParams(TypedDict):
    """RollbackServicePathParams"""

    serviceId: str


class RollbackServiceParams(TypedDict):
    """RollbackServiceParams"""

    path: RollbackServicePathParams


class CreateServiceDomainPathParams(TypedDict):
    """CreateServiceDomainPathParams"""

    serviceId: str


class CreateServiceDomainParams(TypedDict):
    """CreateServiceDomainParams"""

    path: CreateServiceDomainPathParams


class CreateServiceDeploymentPathParams(TypedDict):
    """CreateServiceDeploymentPathParams"""

    serviceId: str


class CreateServiceDeploymentParams(TypedDict):
    """CreateServiceDeploymentParams"""

    path: CreateServiceDeploymentPathParams


class CreateProjectBranchPathParams(TypedDict):
    """CreateProjectBranchPathParams"""

    projectId: str


class CreateProjectBranchParams(TypedDict):
    """CreateProjectBranchParams"""

    path: CreateProjectBranchPathParams


class CreateProjectBranchBody(TypedDict):
    """CreateProjectBranchBody"""

    gitName: str
    isDefault: NotRequired[bool]


class DeleteBranchPathParams(TypedDict):
    """DeleteBranchPathParams"""

    branchId: str


class DeleteBranchParams(TypedDict):
    """DeleteBranchParams"""

    path: DeleteBranchPathParams


class UpdateBranchPathParams(TypedDict):
    """UpdateBranchPathParams"""

    branchId: str


class UpdateBranchParams(TypedDict):
    """UpdateBranchParams"""

    path: UpdateBranchPathParams


class UpdateBranchBody(TypedDict):
    """UpdateBranchBody"""

    isDefault: NotRequired[bool | None]


class CreateBucketParams(TypedDict):
    """CreateBucketParams"""


class CreateBucketBody(TypedDict):
    """CreateBucketBody"""

    projectId: str
    """ID of the project to create the bucket in"""
    name: NotRequired[str]
    """Display name for the bucket. Generated if omitted."""
    branchId: NotRequired[str]
    """ID of the branch to associate the bucket with. Mutually exclusive with branchGitName."""
    branchGitName: NotRequired[str]
    """Git name of the branch to associate the bucket with. Mutually exclusive with branchId."""
    logicalId: NotRequired[str]
    """Declared identity of the resource, unique within its branch. Set by the tool that declares the resource."""


class DeleteBucketPathParams(TypedDict):
    """DeleteBucketPathParams"""

    bucketId: str


class DeleteBucketParams(TypedDict):
    """DeleteBucketParams"""

    path: DeleteBucketPathParams


class UpdateBucketPathParams(TypedDict):
    """UpdateBucketPathParams"""

    bucketId: str


class UpdateBucketParams(TypedDict):
    """UpdateBucketParams"""

    path: UpdateBucketPathParams


class UpdateBucketBody(TypedDict):
    """UpdateBucketBody"""

    displayName: NotRequired[str]
    """New display name for the bucket. A label only: the provider bucket name does not change."""
    branchId: NotRequired[str]
    """ID of the branch to move the bucket to. Mutually exclusive with branchGitName."""
    branchGitName: NotRequired[str]
    """Git name of the branch to move the bucket to; the branch is created when it does not exist. Mutually exclusive with branchId."""
    logicalId: NotRequired[str]
    """Declared identity of the resource, unique within its branch. Set by the tool that declares the resource."""


class CreateBucketKeyPathParams(TypedDict):
    """CreateBucketKeyPathParams"""

    bucketId: str


class CreateBucketKeyParams(TypedDict):
    """CreateBucketKeyParams"""

    path: CreateBucketKeyPathParams


class CreateBucketKeyBody(TypedDict):
    """CreateBucketKeyBody"""

    name: NotRequired[str]
    """Display name for the key. Generated if omitted."""
    role: Literal["read", "read_write"]
    """Access role for the key: "read" or "read_write"."""


class DeleteBucketKeyPathParams(TypedDict):
    """DeleteBucketKeyPathParams"""

    bucketId: str
    keyId: str


class DeleteBucketKeyParams(TypedDict):
    """DeleteBucketKeyParams"""

    path: DeleteBucketKeyPathParams


class CreateBuildParams(TypedDict):
    """CreateBuildParams"""


class CreateBuildBodyRunIdentity(TypedDict):
    """Identifies the CI run. Supplying it makes creation idempotent — a repeat call for the same run returns the build that already exists. Omit it for builds with no run to name, such as a deploy from a laptop, where every call creates a new build."""

    provider: Literal["github"]
    """CI provider the run identity belongs to."""
    repositoryId: str
    """Provider's repository id (for GitHub, the numeric repo id)."""
    runId: str
    """Provider's workflow-run id."""
    runAttempt: float
    """Attempt number of the run; a re-run is a separate build."""


class CreateBuildBody(TypedDict):
    """CreateBuildBody"""

    source: Literal["ci", "cli"]
    """`ci` for a build reported from a CI run, `cli` for a deploy run directly by a human or agent."""
    commitSha: str
    """Commit the build ran on."""
    branchName: str
    """Git branch name."""
    runIdentity: NotRequired[CreateBuildBodyRunIdentity]
    """Identifies the CI run. Supplying it makes creation idempotent — a repeat call for the same run returns the build that already exists. Omit it for builds with no run to name, such as a deploy from a laptop, where every call creates a new build."""
    externalLogUrl: NotRequired[str]
    """Link to the run's logs in the reporter's own system."""
    projectId: NotRequired[str]
    """Project the build targets, when it exists. A build may be reported before its project does."""
    branchId: NotRequired[str]
    applicationTopologyContentHash: NotRequired[str]
    """Content hash of the application topology this run deploys, as submitted to the application-topology endpoint. A value match, never a reference: equal hashes identify the same graph."""


class UpdateBuildPathParams(TypedDict):
    """UpdateBuildPathParams"""

    buildId: str


class UpdateBuildParams(TypedDict):
    """UpdateBuildParams"""

    path: UpdateBuildPathParams


class UpdateBuildBody(TypedDict):
    """UpdateBuildBody"""

    phase: NotRequired[Literal["queued", "build", "deploy"]]
    """How far the run has got."""
    state: NotRequired[Literal["pending", "running", "succeeded", "failed", "cancelled"]]
    failingStep: NotRequired[str]
    """Name of the step that failed, free text — step names come from build tooling the platform cannot validate."""
    errorMessage: NotRequired[str]
    externalLogUrl: NotRequired[str]
    projectId: NotRequired[str]
    """Project the build targets. Can be set once and never changed: a reporter that learns the project partway through a deploy may set it, but a value already recorded cannot be changed."""
    branchId: NotRequired[str]
    """Branch the build targets. Can be set once and never changed, like `projectId`."""
    deployedUrl: NotRequired[str]
    """Where the deployed app can be reached. Can be set once and never changed, like `projectId`."""
    applicationTopologyContentHash: NotRequired[str]
    """Content hash of the application topology this run deploys, as submitted to the application-topology endpoint. A value match, never a reference: equal hashes identify the same graph. Can be set once and never changed, like `projectId`."""


class PutBuildResourcePathParams(TypedDict):
    """PutBuildResourcePathParams"""

    buildId: str
    resourceType: Literal[
        "project", "branch", "database", "app", "deployment", "bucket", "service_key", "config_variable"
    ]
    resourceId: str


class PutBuildResourceParams(TypedDict):
    """PutBuildResourceParams"""

    path: PutBuildResourcePathParams


class PutBuildResourceBody(TypedDict):
    """PutBuildResourceBody"""

    action: Literal["created", "acted_on", "deleted"]
    """The strongest effect the build had on the resource. Re-reporting is safe: a weaker action never overwrites a stronger one, so `created` survives a later `acted_on`."""


class DeleteDomainPathParams(TypedDict):
    """DeleteDomainPathParams"""

    domainId: str


class DeleteDomainParams(TypedDict):
    """DeleteDomainParams"""

    path: DeleteDomainPathParams


class RetryDomainPathParams(TypedDict):
    """RetryDomainPathParams"""

    domainId: str


class RetryDomainParams(TypedDict):
    """RetryDomainParams"""

    path: RetryDomainPathParams


class CreateConnectionParams(TypedDict):
    """CreateConnectionParams"""


class CreateConnectionBody(TypedDict):
    """CreateConnectionBody"""

    databaseId: str
    name: str


class DeleteConnectionPathParams(TypedDict):
    """DeleteConnectionPathParams"""

    id: str


class DeleteConnectionParams(TypedDict):
    """DeleteConnectionParams"""

    path: DeleteConnectionPathParams


class RotateConnectionPathParams(TypedDict):
    """RotateConnectionPathParams"""

    id: str


class RotateConnectionParams(TypedDict):
    """RotateConnectionParams"""

    path: RotateConnectionPathParams


class CreateDatabaseParams(TypedDict):
    """CreateDatabaseParams"""


class CreateDatabaseBodySourceEmpty(TypedDict):
    """CreateDatabaseBodySourceEmpty"""

    type: Literal["empty"]


class CreateDatabaseBodySourceBackup(TypedDict):
    """CreateDatabaseBodySourceBackup"""

    type: Literal["backup"]
    databaseId: str
    """ID of the database the backup belongs to"""
    backupId: str
    """ID of the backup to restore from"""


class CreateDatabaseBodySourceDatabase(TypedDict):
    """CreateDatabaseBodySourceDatabase"""

    type: Literal["database"]
    databaseId: str
    """ID of the database to clone from"""


# Source to create the database from. Omit to create an empty database.
CreateDatabaseBodySource = Union[
    CreateDatabaseBodySourceEmpty, CreateDatabaseBodySourceBackup, CreateDatabaseBodySourceDatabase
]


class CreateDatabaseBody(TypedDict):
    """CreateDatabaseBody"""

    projectId: str
    """ID of the project to create the database in"""
    region: NotRequired[
        Literal[
            "us-east-1",
            "us-west-1",
            "eu-west-3",
            "eu-central-1",
            "ap-northeast-1",
            "ap-southeast-1",
            "inherit",
        ]
    ]
    """Use "inherit" to use the project's default region (falls back to the default database's region for projects without one)."""
    name: NotRequired[str]
    """Display name for the database"""
    isDefault: NotRequired[bool]
    """Whether this is the default database"""
    source: NotRequired[CreateDatabaseBodySource]
    """Source to create the database from. Omit to create an empty database."""
    branchId: NotRequired[str | None]
    """ID of the Branch to attach the database to. Omit to attach the database to the project's default Branch. Every database belongs to a Branch, so null is rejected."""
    branchGitName: NotRequired[str | None]
    """Git name of the Branch to attach the database to; the Branch is created when it does not exist. Mutually exclusive with branchId. Omit to attach to the project's default Branch. Every database belongs to a Branch, so null is rejected."""
    logicalId: NotRequired[str]
    """Declared identity of the resource, unique within its branch. Set by the tool that declares the resource."""


class UpdateDatabasePathParams(TypedDict):
    """UpdateDatabasePathParams"""

    databaseId: str


class UpdateDatabaseParams(TypedDict):
    """UpdateDatabaseParams"""

    path: UpdateDatabasePathParams


class UpdateDatabaseBody(TypedDict):
    """UpdateDatabaseBody"""

    name: NotRequired[str]
    """New display name for the database"""
    branchId: NotRequired[str | None]
    """ID of the Branch to move the database to. Every database belongs to a Branch, so null (detach) is rejected."""
    branchGitName: NotRequired[str | None]
    """Git name of the Branch to move the database to; the Branch is created when it does not exist. Mutually exclusive with branchId. Every database belongs to a Branch, so null (detach) is rejected."""
    logicalId: NotRequired[str]
    """Declared identity of the resource, unique within its branch. Set by the tool that declares the resource."""


class DeleteDatabasePathParams(TypedDict):
    """DeleteDatabasePathParams"""

    databaseId: str


class DeleteDatabaseParams(TypedDict):
    """DeleteDatabaseParams"""

    path: DeleteDatabasePathParams


class CreateDatabaseConnectionPathParams(TypedDict):
    """CreateDatabaseConnectionPathParams"""

    databaseId: str


class CreateDatabaseConnectionParams(TypedDict):
    """CreateDatabaseConnectionParams"""

    path: CreateDatabaseConnectionPathParams


class CreateDatabaseConnectionBody(TypedDict):
    """CreateDatabaseConnectionBody"""

    name: str


class RestoreDatabasePathParams(TypedDict):
    """RestoreDatabasePathParams"""

    targetDatabaseId: str


class RestoreDatabaseParams(TypedDict):
    """RestoreDatabaseParams"""

    path: RestoreDatabasePathParams


class RestoreDatabaseBody(TypedDict):
    """RestoreDatabaseBody"""

    source: CreateDatabaseBodySourceBackup


class DeleteDeploymentPathParams(TypedDict):
    """DeleteDeploymentPathParams"""

    deploymentId: str


class DeleteDeploymentParams(TypedDict):
    """DeleteDeploymentParams"""

    path: DeleteDeploymentPathParams


class StartDeploymentPathParams(TypedDict):
    """StartDeploymentPathParams"""

    deploymentId: str


class StartDeploymentParams(TypedDict):
    """StartDeploymentParams"""

    path: StartDeploymentPathParams


class StopDeploymentPathParams(TypedDict):
    """StopDeploymentPathParams"""

    deploymentId: str


class StopDeploymentParams(TypedDict):
    """StopDeploymentParams"""

    path: StopDeploymentPathParams


class CreateProjectParams(TypedDict):
    """CreateProjectParams"""


class CreateProjectBody(TypedDict):
    """CreateProjectBody"""

    createDatabase: NotRequired[bool]
    name: NotRequired[str]
    region: NotRequired[
        Literal["us-east-1", "us-west-1", "eu-west-3", "eu-central-1", "ap-northeast-1", "ap-southeast-1"]
    ]
    logicalId: NotRequired[str]
    workspaceId: NotRequired[str]


class DeleteProjectPathParams(TypedDict):
    """DeleteProjectPathParams"""

    id: str


class DeleteProjectParams(TypedDict):
    """DeleteProjectParams"""

    path: DeleteProjectPathParams


class UpdateProjectPathParams(TypedDict):
    """UpdateProjectPathParams"""

    id: str


class UpdateProjectParams(TypedDict):
    """UpdateProjectParams"""

    path: UpdateProjectPathParams


class UpdateProjectBody(TypedDict):
    """UpdateProjectBody"""

    name: NotRequired[str]
    settings: NotRequired[dict[str, Any]]


class TransferProjectPathParams(TypedDict):
    """TransferProjectPathParams"""

    id: str


class TransferProjectParams(TypedDict):
    """TransferProjectParams"""

    path: TransferProjectPathParams


class TransferProjectBody(TypedDict):
    """TransferProjectBody"""

    recipientAccessToken: str


class AcquireAlchemyStateLeasePathParams(TypedDict):
    """AcquireAlchemyStateLeasePathParams"""

    projectId: str
    branchId: str


class AcquireAlchemyStateLeaseParams(TypedDict):
    """AcquireAlchemyStateLeaseParams"""

    path: AcquireAlchemyStateLeasePathParams


class AcquireAlchemyStateLeaseBody(TypedDict):
    """AcquireAlchemyStateLeaseBody"""

    stack: str
    """Alchemy stack name (opaque wire value)."""
    stage: str
    """Alchemy stage name (opaque wire value)."""
    ttlSeconds: NotRequired[float]
    """Requested lease TTL in seconds. Default 60, clamped to [30, 300]."""
    holderDescription: NotRequired[str]
    """Free-form description of the acquiring deploy, echoed in the contention error so a blocked deploy can name who holds the lease."""


class ReleaseAlchemyStateLeasePathParams(TypedDict):
    """ReleaseAlchemyStateLeasePathParams"""

    projectId: str
    branchId: str


ReleaseAlchemyStateLeaseHeaderParams = TypedDict(
    "ReleaseAlchemyStateLeaseHeaderParams",
    {
        "alchemy-state-lease-id": str,
    },
)


class ReleaseAlchemyStateLeaseParams(TypedDict):
    """ReleaseAlchemyStateLeaseParams"""

    path: ReleaseAlchemyStateLeasePathParams
    header: ReleaseAlchemyStateLeaseHeaderParams


class RenewAlchemyStateLeasePathParams(TypedDict):
    """RenewAlchemyStateLeasePathParams"""

    projectId: str
    branchId: str


RenewAlchemyStateLeaseHeaderParams = TypedDict(
    "RenewAlchemyStateLeaseHeaderParams",
    {
        "alchemy-state-lease-id": str,
    },
)


class RenewAlchemyStateLeaseParams(TypedDict):
    """RenewAlchemyStateLeaseParams"""

    path: RenewAlchemyStateLeasePathParams
    header: RenewAlchemyStateLeaseHeaderParams


class RenewAlchemyStateLeaseBody(TypedDict):
    """RenewAlchemyStateLeaseBody"""

    ttlSeconds: NotRequired[float]
    """Requested lease TTL in seconds. Default 60, clamped to [30, 300]."""


class PutAlchemyResourcePathParams(TypedDict):
    """PutAlchemyResourcePathParams"""

    projectId: str
    branchId: str
    stack: str
    stage: str
    fqn: str


PutAlchemyResourceHeaderParams = TypedDict(
    "PutAlchemyResourceHeaderParams",
    {
        "alchemy-state-lease-id": str,
    },
)


class PutAlchemyResourceParams(TypedDict):
    """PutAlchemyResourceParams"""

    path: PutAlchemyResourcePathParams
    header: PutAlchemyResourceHeaderParams


class DeleteAlchemyResourcePathParams(TypedDict):
    """DeleteAlchemyResourcePathParams"""

    projectId: str
    branchId: str
    stack: str
    stage: str
    fqn: str


DeleteAlchemyResourceHeaderParams = TypedDict(
    "DeleteAlchemyResourceHeaderParams",
    {
        "alchemy-state-lease-id": str,
    },
)


class DeleteAlchemyResourceParams(TypedDict):
    """DeleteAlchemyResourceParams"""

    path: DeleteAlchemyResourcePathParams
    header: DeleteAlchemyResourceHeaderParams


class PutAlchemyOutputPathParams(TypedDict):
    """PutAlchemyOutputPathParams"""

    projectId: str
    branchId: str
    stack: str
    stage: str


PutAlchemyOutputHeaderParams = TypedDict(
    "PutAlchemyOutputHeaderParams",
    {
        "alchemy-state-lease-id": str,
    },
)


class PutAlchemyOutputParams(TypedDict):
    """PutAlchemyOutputParams"""

    path: PutAlchemyOutputPathParams
    header: PutAlchemyOutputHeaderParams


class DeleteAlchemyStackPathParams(TypedDict):
    """DeleteAlchemyStackPathParams"""

    projectId: str
    branchId: str
    stack: str


class DeleteAlchemyStackQueryParams(TypedDict):
    """DeleteAlchemyStackQueryParams"""

    stage: NotRequired[str]


DeleteAlchemyStackHeaderParams = TypedDict(
    "DeleteAlchemyStackHeaderParams",
    {
        "alchemy-state-lease-id": str,
    },
)


class DeleteAlchemyStackParams(TypedDict):
    """DeleteAlchemyStackParams"""

    path: DeleteAlchemyStackPathParams
    query: NotRequired[DeleteAlchemyStackQueryParams]
    header: DeleteAlchemyStackHeaderParams


class PutBranchApplicationTopologyPathParams(TypedDict):
    """PutBranchApplicationTopologyPathParams"""

    projectId: str
    branchId: str


class PutBranchApplicationTopologyParams(TypedDict):
    """PutBranchApplicationTopologyParams"""

    path: PutBranchApplicationTopologyPathParams


class PutBranchApplicationTopologyBodyNode(TypedDict):
    """PutBranchApplicationTopologyBodyNode"""

    logicalId: str
    parentLogicalId: str | None
    kind: Literal["module", "service", "resource"]
    type: NotRequired[str]


class PutBranchApplicationTopologyBodyPort(TypedDict):
    """PutBranchApplicationTopologyBodyPort"""

    logicalId: str
    direction: Literal["in", "out"]
    name: str
    contractKind: NotRequired[str]
    contractHash: NotRequired[str]


class PutBranchApplicationTopologyBodyEdgeFrom(TypedDict):
    """PutBranchApplicationTopologyBodyEdgeFrom"""

    logicalId: str
    direction: Literal["in", "out"]
    name: str


PutBranchApplicationTopologyBodyEdge = TypedDict(
    "PutBranchApplicationTopologyBodyEdge",
    {
        "from": PutBranchApplicationTopologyBodyEdgeFrom,
        "to": PutBranchApplicationTopologyBodyEdgeFrom,
        "family": Literal["communication", "data"],
        "style": NotRequired[str],
    },
)


class PutBranchApplicationTopologyBody(TypedDict):
    """PutBranchApplicationTopologyBody"""

    contentHash: NotRequired[str]
    nodes: list[PutBranchApplicationTopologyBodyNode]
    ports: list[PutBranchApplicationTopologyBodyPort]
    edges: list[PutBranchApplicationTopologyBodyEdge]


class CreateProjectDatabasePathParams(TypedDict):
    """CreateProjectDatabasePathParams"""

    projectId: str


class CreateProjectDatabaseParams(TypedDict):
    """CreateProjectDatabaseParams"""

    path: CreateProjectDatabasePathParams


class CreateProjectDatabaseBodyFromDatabase(TypedDict):
    """Deprecated: use `source` instead."""

    id: str
    backupId: NotRequired[str]


class CreateProjectDatabaseBody(TypedDict):
    """CreateProjectDatabaseBody"""

    region: NotRequired[
        Literal[
            "us-east-1",
            "us-west-1",
            "eu-west-3",
            "eu-central-1",
            "ap-northeast-1",
            "ap-southeast-1",
            "inherit",
        ]
    ]
    """Use "inherit" to use the project's default region (falls back to the default database's region for projects without one)."""
    name: NotRequired[str]
    isDefault: NotRequired[bool]
    fromDatabase: NotRequired[CreateProjectDatabaseBodyFromDatabase]
    """Deprecated: use `source` instead."""
    source: NotRequired[CreateDatabaseBodySource]


class CreateEnvironmentVariableParams(TypedDict):
    """CreateEnvironmentVariableParams"""


CreateEnvironmentVariableBody = TypedDict(
    "CreateEnvironmentVariableBody",
    {
        "projectId": str,
        "branchId": NotRequired[str],
        "class": Literal["production", "preview"],
        "key": str,
        "value": str,
    },
)


class DeleteEnvironmentVariablePathParams(TypedDict):
    """DeleteEnvironmentVariablePathParams"""

    envVarId: str


class DeleteEnvironmentVariableParams(TypedDict):
    """DeleteEnvironmentVariableParams"""

    path: DeleteEnvironmentVariablePathParams


class UpdateEnvironmentVariablePathParams(TypedDict):
    """UpdateEnvironmentVariablePathParams"""

    envVarId: str


class UpdateEnvironmentVariableParams(TypedDict):
    """UpdateEnvironmentVariableParams"""

    path: UpdateEnvironmentVariablePathParams


class UpdateEnvironmentVariableBody(TypedDict):
    """UpdateEnvironmentVariableBody"""

    value: str


class DeleteIntegrationPathParams(TypedDict):
    """DeleteIntegrationPathParams"""

    id: str


class DeleteIntegrationParams(TypedDict):
    """DeleteIntegrationParams"""

    path: DeleteIntegrationPathParams


class DeleteWorkspaceIntegrationPathParams(TypedDict):
    """DeleteWorkspaceIntegrationPathParams"""

    clientId: str
    workspaceId: str


class DeleteWorkspaceIntegrationParams(TypedDict):
    """DeleteWorkspaceIntegrationParams"""

    path: DeleteWorkspaceIntegrationPathParams


class CreateWorkspaceServiceTokenPathParams(TypedDict):
    """CreateWorkspaceServiceTokenPathParams"""

    workspaceId: str


class CreateWorkspaceServiceTokenParams(TypedDict):
    """CreateWorkspaceServiceTokenParams"""

    path: CreateWorkspaceServiceTokenPathParams


class DeleteWorkspaceServiceTokenPathParams(TypedDict):
    """DeleteWorkspaceServiceTokenPathParams"""

    workspaceId: str
    serviceTokenId: str


class DeleteWorkspaceServiceTokenParams(TypedDict):
    """DeleteWorkspaceServiceTokenParams"""

    path: DeleteWorkspaceServiceTokenPathParams


class CreateGithubActionsTokenParams(TypedDict):
    """CreateGithubActionsTokenParams"""


class CreateGithubActionsTokenBody(TypedDict):
    """CreateGithubActionsTokenBody"""

    token: str
    """The GitHub Actions OIDC token with audience `prisma-cloud`."""
    expiresInSeconds: NotRequired[float]
    """Requested token lifetime in seconds. Defaults to 1800 (30 min); capped at 3600 (60 min)."""


class CreateScmInstallIntentParams(TypedDict):
    """CreateScmInstallIntentParams"""


class CreateScmInstallIntentBody(TypedDict):
    """CreateScmInstallIntentBody"""

    provider: Literal["github"]
    workspaceId: str
    repository: NotRequired[str]


class CreateSourceRepositoryParams(TypedDict):
    """CreateSourceRepositoryParams"""


class CreateSourceRepositoryBody(TypedDict):
    """CreateSourceRepositoryBody"""

    projectId: str
    provider: Literal["github"]
    providerRepositoryId: float
    installationId: NotRequired[str]
    """Optional SCM installation ID to use for linking. When omitted, the API auto-picks the workspace's installation."""


class DeleteSourceRepositoryPathParams(TypedDict):
    """DeleteSourceRepositoryPathParams"""

    id: str


class DeleteSourceRepositoryParams(TypedDict):
    """DeleteSourceRepositoryParams"""

    path: DeleteSourceRepositoryPathParams


class CreateWorkspaceParams(TypedDict):
    """CreateWorkspaceParams"""


class CreateWorkspaceBody(TypedDict):
    """CreateWorkspaceBody"""

    displayName: NotRequired[str]


__all__ = [
    "AcquireAlchemyStateLeaseBody",
    "AcquireAlchemyStateLeaseParams",
    "AcquireAlchemyStateLeasePathParams",
    "CreateAppBody",
    "CreateAppDeploymentBody",
    "CreateAppDeploymentBodyPortMapping",
    "CreateAppDeploymentParams",
    "CreateAppDeploymentPathParams",
    "CreateAppDomainBody",
    "CreateAppDomainParams",
    "CreateAppDomainPathParams",
    "CreateAppParams",
    "CreateBucketBody",
    "CreateBucketKeyBody",
    "CreateBucketKeyParams",
    "CreateBucketKeyPathParams",
    "CreateBucketParams",
    "CreateBuildBody",
    "CreateBuildBodyRunIdentity",
    "CreateBuildParams",
    "CreateConnectionBody",
    "CreateConnectionParams",
    "CreateDatabaseBody",
    "CreateDatabaseBodySource",
    "CreateDatabaseBodySourceBackup",
    "CreateDatabaseBodySourceDatabase",
    "CreateDatabaseBodySourceEmpty",
    "CreateDatabaseConnectionBody",
    "CreateDatabaseConnectionParams",
    "CreateDatabaseConnectionPathParams",
    "CreateDatabaseParams",
    "CreateEnvironmentVariableBody",
    "CreateEnvironmentVariableParams",
    "CreateGithubActionsTokenBody",
    "CreateGithubActionsTokenParams",
    "CreateProjectBody",
    "CreateProjectBranchBody",
    "CreateProjectBranchParams",
    "CreateProjectBranchPathParams",
    "CreateProjectDatabaseBody",
    "CreateProjectDatabaseBodyFromDatabase",
    "CreateProjectDatabaseParams",
    "CreateProjectDatabasePathParams",
    "CreateProjectParams",
    "CreateScmInstallIntentBody",
    "CreateScmInstallIntentParams",
    "CreateServiceDeploymentParams",
    "CreateServiceDeploymentPathParams",
    "CreateServiceDomainParams",
    "CreateServiceDomainPathParams",
    "CreateServiceParams",
    "CreateSourceRepositoryBody",
    "CreateSourceRepositoryParams",
    "CreateWorkspaceBody",
    "CreateWorkspaceParams",
    "CreateWorkspaceServiceTokenParams",
    "CreateWorkspaceServiceTokenPathParams",
    "DeleteAlchemyResourceHeaderParams",
    "DeleteAlchemyResourceParams",
    "DeleteAlchemyResourcePathParams",
    "DeleteAlchemyStackHeaderParams",
    "DeleteAlchemyStackParams",
    "DeleteAlchemyStackPathParams",
    "DeleteAlchemyStackQueryParams",
    "DeleteAppParams",
    "DeleteAppPathParams",
    "DeleteBranchParams",
    "DeleteBranchPathParams",
    "DeleteBucketKeyParams",
    "DeleteBucketKeyPathParams",
    "DeleteBucketParams",
    "DeleteBucketPathParams",
    "DeleteConnectionParams",
    "DeleteConnectionPathParams",
    "DeleteDatabaseParams",
    "DeleteDatabasePathParams",
    "DeleteDeploymentParams",
    "DeleteDeploymentPathParams",
    "DeleteDomainParams",
    "DeleteDomainPathParams",
    "DeleteEnvironmentVariableParams",
    "DeleteEnvironmentVariablePathParams",
    "DeleteIntegrationParams",
    "DeleteIntegrationPathParams",
    "DeleteProjectParams",
    "DeleteProjectPathParams",
    "DeleteServiceParams",
    "DeleteServicePathParams",
    "DeleteSourceRepositoryParams",
    "DeleteSourceRepositoryPathParams",
    "DeleteWorkspaceIntegrationParams",
    "DeleteWorkspaceIntegrationPathParams",
    "DeleteWorkspaceServiceTokenParams",
    "DeleteWorkspaceServiceTokenPathParams",
    "GetAgentApprovalParams",
    "GetAgentApprovalPathParams",
    "GetAlchemyOutputHeaderParams",
    "GetAlchemyOutputParams",
    "GetAlchemyOutputPathParams",
    "GetAlchemyResourceHeaderParams",
    "GetAlchemyResourceParams",
    "GetAlchemyResourcePathParams",
    "GetAlchemyStateVersionParams",
    "GetAlchemyStateVersionPathParams",
    "GetAppParams",
    "GetAppPathParams",
    "GetBranchApplicationTopologyParams",
    "GetBranchApplicationTopologyPathParams",
    "GetBranchParams",
    "GetBranchPathParams",
    "GetBucketParams",
    "GetBucketPathParams",
    "GetBuildLogsParams",
    "GetBuildLogsPathParams",
    "GetBuildLogsQueryParams",
    "GetBuildParams",
    "GetBuildPathParams",
    "GetConnectionParams",
    "GetConnectionPathParams",
    "GetDatabaseParams",
    "GetDatabasePathParams",
    "GetDatabaseUsageParams",
    "GetDatabaseUsagePathParams",
    "GetDatabaseUsageQueryParams",
    "GetDeploymentLogsParams",
    "GetDeploymentLogsPathParams",
    "GetDeploymentLogsQueryParams",
    "GetDeploymentParams",
    "GetDeploymentPathParams",
    "GetDomainParams",
    "GetDomainPathParams",
    "GetEnvironmentVariableParams",
    "GetEnvironmentVariablePathParams",
    "GetIntegrationParams",
    "GetIntegrationPathParams",
    "GetMeParams",
    "GetProjectParams",
    "GetProjectPathParams",
    "GetServiceParams",
    "GetServicePathParams",
    "GetSourceRepositoryParams",
    "GetSourceRepositoryPathParams",
    "GetWorkspaceParams",
    "GetWorkspacePathParams",
    "GetWorkspaceSubscriptionParams",
    "GetWorkspaceSubscriptionPathParams",
    "ListAccelerateRegionsParams",
    "ListAlchemyReplacedResourcesHeaderParams",
    "ListAlchemyReplacedResourcesParams",
    "ListAlchemyReplacedResourcesPathParams",
    "ListAlchemyResourcesHeaderParams",
    "ListAlchemyResourcesParams",
    "ListAlchemyResourcesPathParams",
    "ListAlchemyStacksParams",
    "ListAlchemyStacksPathParams",
    "ListAlchemyStagesHeaderParams",
    "ListAlchemyStagesParams",
    "ListAlchemyStagesPathParams",
    "ListAppDeploymentsParams",
    "ListAppDeploymentsPathParams",
    "ListAppDeploymentsQueryParams",
    "ListAppDomainsParams",
    "ListAppDomainsPathParams",
    "ListAppsParams",
    "ListAppsQueryParams",
    "ListBucketKeysParams",
    "ListBucketKeysPathParams",
    "ListBucketKeysQueryParams",
    "ListBucketsParams",
    "ListBucketsQueryParams",
    "ListBuildsParams",
    "ListBuildsQueryParams",
    "ListConnectionsParams",
    "ListConnectionsQueryParams",
    "ListDatabaseBackupsParams",
    "ListDatabaseBackupsPathParams",
    "ListDatabaseBackupsQueryParams",
    "ListDatabaseConnectionsParams",
    "ListDatabaseConnectionsPathParams",
    "ListDatabaseConnectionsQueryParams",
    "ListDatabasesParams",
    "ListDatabasesQueryParams",
    "ListEnvironmentVariablesParams",
    "ListEnvironmentVariablesQueryParams",
    "ListIntegrationsParams",
    "ListIntegrationsQueryParams",
    "ListPostgresRegionsParams",
    "ListProjectBranchesParams",
    "ListProjectBranchesPathParams",
    "ListProjectBranchesQueryParams",
    "ListProjectDatabasesParams",
    "ListProjectDatabasesPathParams",
    "ListProjectDatabasesQueryParams",
    "ListProjectsParams",
    "ListProjectsQueryParams",
    "ListRegionsParams",
    "ListRegionsQueryParams",
    "ListScmInstallationRepositoriesParams",
    "ListScmInstallationRepositoriesPathParams",
    "ListScmInstallationRepositoriesQueryParams",
    "ListScmInstallationsParams",
    "ListScmInstallationsQueryParams",
    "ListServiceDeploymentsParams",
    "ListServiceDeploymentsPathParams",
    "ListServiceDeploymentsQueryParams",
    "ListServiceDomainsParams",
    "ListServiceDomainsPathParams",
    "ListServicesParams",
    "ListServicesQueryParams",
    "ListSourceRepositoriesParams",
    "ListSourceRepositoriesQueryParams",
    "ListWorkspaceIntegrationsParams",
    "ListWorkspaceIntegrationsPathParams",
    "ListWorkspaceIntegrationsQueryParams",
    "ListWorkspaceServiceTokensParams",
    "ListWorkspaceServiceTokensPathParams",
    "ListWorkspaceServiceTokensQueryParams",
    "ListWorkspacesParams",
    "ListWorkspacesQueryParams",
    "PromoteAppBody",
    "PromoteAppParams",
    "PromoteAppPathParams",
    "PromoteServiceParams",
    "PromoteServicePathParams",
    "PutAlchemyOutputHeaderParams",
    "PutAlchemyOutputParams",
    "PutAlchemyOutputPathParams",
    "PutAlchemyResourceHeaderParams",
    "PutAlchemyResourceParams",
    "PutAlchemyResourcePathParams",
    "PutBranchApplicationTopologyBody",
    "PutBranchApplicationTopologyBodyEdge",
    "PutBranchApplicationTopologyBodyEdgeFrom",
    "PutBranchApplicationTopologyBodyNode",
    "PutBranchApplicationTopologyBodyPort",
    "PutBranchApplicationTopologyParams",
    "PutBranchApplicationTopologyPathParams",
    "PutBuildResourceBody",
    "PutBuildResourceParams",
    "PutBuildResourcePathParams",
    "ReleaseAlchemyStateLeaseHeaderParams",
    "ReleaseAlchemyStateLeaseParams",
    "ReleaseAlchemyStateLeasePathParams",
    "RenewAlchemyStateLeaseBody",
    "RenewAlchemyStateLeaseHeaderParams",
    "RenewAlchemyStateLeaseParams",
    "RenewAlchemyStateLeasePathParams",
    "RestoreDatabaseBody",
    "RestoreDatabaseParams",
    "RestoreDatabasePathParams",
    "RetryDomainParams",
    "RetryDomainPathParams",
    "RollbackAppParams",
    "RollbackAppPathParams",
    "RollbackServiceParams",
    "RollbackServicePathParams",
    "RotateConnectionParams",
    "RotateConnectionPathParams",
    "StartDeploymentParams",
    "StartDeploymentPathParams",
    "StopDeploymentParams",
    "StopDeploymentPathParams",
    "TransferProjectBody",
    "TransferProjectParams",
    "TransferProjectPathParams",
    "UpdateAppBody",
    "UpdateAppParams",
    "UpdateAppPathParams",
    "UpdateBranchBody",
    "UpdateBranchParams",
    "UpdateBranchPathParams",
    "UpdateBucketBody",
    "UpdateBucketParams",
    "UpdateBucketPathParams",
    "UpdateBuildBody",
    "UpdateBuildParams",
    "UpdateBuildPathParams",
    "UpdateDatabaseBody",
    "UpdateDatabaseParams",
    "UpdateDatabasePathParams",
    "UpdateEnvironmentVariableBody",
    "UpdateEnvironmentVariableParams",
    "UpdateEnvironmentVariablePathParams",
    "UpdateProjectBody",
    "UpdateProjectParams",
    "UpdateProjectPathParams",
    "UpdateServiceParams",
    "UpdateServicePathParams",
]
