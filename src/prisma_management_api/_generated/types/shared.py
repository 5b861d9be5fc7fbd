"""Response models shared by several resources: lenient pydantic classes.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime
from typing import Annotated, Literal, Union

from pydantic import Field

from ..._models import LenientModel


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
    project: ProjectRef = Field(
        description='Thin reference to the parent Project. Member resources are intentionally NOT inlined — list /v1/databases?branchId=<br_xxx> or /v1/apps?branchId=<br_xxx> instead (see API design principles "Flat and Hierarchical Coexistence").'
    )
    """Thin reference to the parent Project. Member resources are intentionally NOT inlined — list /v1/databases?branchId=<br_xxx> or /v1/apps?branchId=<br_xxx> instead (see API design principles "Flat and Hierarchical Coexistence")."""


class GetBranchResponse(LenientModel):
    """GetBranchResponse"""

    data: Branch


class DomainDnsRecord(LenientModel):
    """DomainDnsRecord"""

    type: Literal["CNAME"]
    name: str
    value: str = Field(repr=False)
    ttl: int | float | None


class Domain(LenientModel):
    """Domain"""

    id: str
    type: Literal["custom-domain"]
    url: str
    hostname: str
    app_id: str = Field(alias="appId")
    compute_service_id: str = Field(
        alias="computeServiceId", deprecated=True, description="Deprecated: use `appId` instead."
    )
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


class ConnectionEndpoint(LenientModel):
    """ConnectionEndpoint"""

    host: str
    port: int | float


class ConnectionEndpoints(LenientModel):
    """ConnectionEndpoints"""

    direct: ConnectionEndpoint | None = Field(default=None)
    pooled: ConnectionEndpoint | None = Field(default=None)
    accelerate: ConnectionEndpoint | None = Field(default=None)


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
        default=None,
        alias="directConnection",
        deprecated=True,
        description="Deprecated: use `endpoints.direct` instead.",
    )
    """Deprecated: use `endpoints.direct` instead."""
    database: DatabaseRef


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
    backup_id: str = Field(alias="backupId", description="ID of the backup to restore from")
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


class Pagination(LenientModel):
    """Pagination"""

    next_cursor: str | None = Field(alias="nextCursor", description="Next cursor to continue pagination")
    """Next cursor to continue pagination"""
    has_more: bool = Field(alias="hasMore", description="Whether there are more items to paginate")
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


class ListConnectionsResponse(LenientModel):
    """ListConnectionsResponse"""

    data: list[Connection]
    pagination: Pagination


class ListDatabasesResponse(LenientModel):
    """ListDatabasesResponse"""

    data: list[Database]
    pagination: Pagination


class ListIntegrationsResponse(LenientModel):
    """ListIntegrationsResponse"""

    data: list[Integration]
    pagination: Pagination


class CreateAppErrorResponseError(LenientModel):
    """CreateAppErrorResponseError"""

    code: Literal["app:already_exists"]
    message: str
    existing_app_id: str = Field(alias="existingAppId")
    name: str
    branch_git_name: str = Field(alias="branchGitName")
    conflict: Literal["name", "logicalId"] | None = Field(
        default=None, description="Which attribute of the existing app clashed."
    )
    """Which attribute of the existing app clashed."""
    logical_id: str | None = Field(
        default=None, alias="logicalId", description="The existing app's logical id."
    )
    """The existing app's logical id."""


class CreateAppErrorResponse(LenientModel):
    """CreateAppErrorResponse"""

    error: CreateAppErrorResponseError


class PromoteAppResult(LenientModel):
    """PromoteAppResult"""

    app_endpoint_domain: str = Field(alias="appEndpointDomain")
    reassigned_domains: int | float = Field(alias="reassignedDomains")


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


class ConnectionEndpointWithConnectionString(LenientModel):
    """ConnectionEndpointWithConnectionString"""

    host: str
    port: int | float
    connection_string: str = Field(alias="connectionString", repr=False)


class CreateConnectionResultEndpoints(LenientModel):
    """CreateConnectionResultEndpoints"""

    direct: ConnectionEndpointWithConnectionString | None = Field(default=None)
    pooled: ConnectionEndpointWithConnectionString | None = Field(default=None)
    accelerate: ConnectionEndpointWithConnectionString | None = Field(default=None)


class CreateConnectionResult(LenientModel):
    """CreateConnectionResult"""

    id: str
    type: Literal["connection"]
    url: str
    name: str
    created_at: datetime = Field(alias="createdAt")
    kind: Literal["postgres", "accelerate"]
    endpoints: CreateConnectionResultEndpoints
    connection_string: str = Field(
        alias="connectionString",
        deprecated=True,
        repr=False,
        description="Deprecated: use `endpoints.direct.connectionString` or `endpoints.pooled.connectionString` instead.",
    )
    """Deprecated: use `endpoints.direct.connectionString` or `endpoints.pooled.connectionString` instead."""
    direct_connection: ConnectionDirectConnection | None = Field(
        default=None,
        alias="directConnection",
        deprecated=True,
        description="Deprecated: use `endpoints.direct` instead.",
    )
    """Deprecated: use `endpoints.direct` instead."""
    database: DatabaseRef
    host: str | None = Field(deprecated=True, description="Deprecated: use `endpoints.direct` instead.")
    """Deprecated: use `endpoints.direct` instead."""
    pass_: str | None = Field(
        alias="pass",
        deprecated=True,
        repr=False,
        description="Deprecated: use `endpoints.direct.connectionString` or `endpoints.pooled.connectionString` instead.",
    )
    """Deprecated: use `endpoints.direct.connectionString` or `endpoints.pooled.connectionString` instead."""
    user: str | None = Field(
        deprecated=True,
        description="Deprecated: use `endpoints.direct.connectionString` or `endpoints.pooled.connectionString` instead.",
    )
    """Deprecated: use `endpoints.direct.connectionString` or `endpoints.pooled.connectionString` instead."""


class CreateConnectionResponse(LenientModel):
    """CreateConnectionResponse"""

    data: CreateConnectionResult


class ConnectionEndpointWithOptionalConnectionString(LenientModel):
    """ConnectionEndpointWithOptionalConnectionString"""

    host: str
    port: int | float
    connection_string: str | None = Field(default=None, alias="connectionString", repr=False)


class CreateDatabaseResultConnectionEndpoints(LenientModel):
    """CreateDatabaseResultConnectionEndpoints"""

    direct: ConnectionEndpointWithOptionalConnectionString | None = Field(default=None)
    pooled: ConnectionEndpointWithOptionalConnectionString | None = Field(default=None)
    accelerate: ConnectionEndpointWithOptionalConnectionString | None = Field(default=None)


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
        default=None,
        alias="directConnection",
        deprecated=True,
        description="Deprecated: use `endpoints.direct` instead.",
    )
    """Deprecated: use `endpoints.direct` instead."""
    database: DatabaseRef


__all__ = [
    "App",
    "AppDeployment",
    "Branch",
    "Connection",
    "ConnectionDirectConnection",
    "ConnectionEndpoint",
    "ConnectionEndpointWithConnectionString",
    "ConnectionEndpointWithOptionalConnectionString",
    "ConnectionEndpoints",
    "CreateAppDeploymentResponse",
    "CreateAppDeploymentResult",
    "CreateAppErrorResponse",
    "CreateAppErrorResponseError",
    "CreateConnectionResponse",
    "CreateConnectionResult",
    "CreateConnectionResultEndpoints",
    "CreateDatabaseResultConnection",
    "CreateDatabaseResultConnectionEndpoints",
    "Database",
    "DatabaseRef",
    "DatabaseRegion",
    "DatabaseSource",
    "DatabaseSourceBackup",
    "DatabaseSourceDatabase",
    "DatabaseSourceEmpty",
    "Domain",
    "DomainDnsRecord",
    "ErrorDetail",
    "ErrorResponse",
    "GetAppResponse",
    "GetBranchResponse",
    "GetDomainResponse",
    "Integration",
    "IntegrationClient",
    "IntegrationCreatedByUser",
    "ListAppDeploymentsResponse",
    "ListAppDomainsResponse",
    "ListAppDomainsResponsePagination",
    "ListAppsResponse",
    "ListConnectionsResponse",
    "ListDatabasesResponse",
    "ListIntegrationsResponse",
    "Pagination",
    "ProjectRef",
    "PromoteAppResponse",
    "PromoteAppResult",
    "RegionRef",
]
