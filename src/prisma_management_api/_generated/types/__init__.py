"""Every response model, by name; each model's module is imported on first access.

``types.Project`` imports ``types/projects/project.py`` (and the modules of the models it
refers to) and nothing else: parsing an answer makes only the classes it needs.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .agent_approvals.get_agent_approval_response import GetAgentApprovalResponse
    from .auth.create_github_actions_token_error_response import CreateGithubActionsTokenErrorResponse
    from .auth.create_github_actions_token_response import CreateGithubActionsTokenResponse
    from .auth.github_actions_token import GithubActionsToken
    from .buckets.bucket import Bucket
    from .buckets.bucket_key import BucketKey
    from .buckets.create_bucket_key_response import CreateBucketKeyResponse
    from .buckets.get_bucket_response import GetBucketResponse
    from .buckets.key import Key
    from .buckets.list_bucket_keys_response import ListBucketKeysResponse
    from .buckets.list_buckets_response import ListBucketsResponse
    from .builds.build import Build
    from .builds.build_resource import BuildResource
    from .builds.create_build_response import CreateBuildResponse
    from .builds.get_build_logs_event import GetBuildLogsEvent
    from .builds.get_build_logs_event_log import GetBuildLogsEventLog
    from .builds.get_build_logs_event_terminal import GetBuildLogsEventTerminal
    from .builds.get_build_response import GetBuildResponse
    from .builds.list_builds_response import ListBuildsResponse
    from .builds.list_builds_result import ListBuildsResult
    from .connections.get_connection_response import GetConnectionResponse
    from .databases.create_database_response import CreateDatabaseResponse
    from .databases.create_database_result import CreateDatabaseResult
    from .databases.database_backup import DatabaseBackup
    from .databases.get_database_response import GetDatabaseResponse
    from .databases.get_database_usage_response import GetDatabaseUsageResponse
    from .databases.get_database_usage_response_metrics import GetDatabaseUsageResponseMetrics
    from .databases.get_database_usage_response_metrics_operations import (
        GetDatabaseUsageResponseMetricsOperations,
    )
    from .databases.get_database_usage_response_metrics_storage import GetDatabaseUsageResponseMetricsStorage
    from .databases.get_database_usage_response_period import GetDatabaseUsageResponsePeriod
    from .databases.list_database_backups_response import ListDatabaseBackupsResponse
    from .databases.list_database_backups_response_meta import ListDatabaseBackupsResponseMeta
    from .databases.list_database_backups_response_pagination import ListDatabaseBackupsResponsePagination
    from .databases.restore_database_response import RestoreDatabaseResponse
    from .databases.restore_database_result import RestoreDatabaseResult
    from .deployments.deployment import Deployment
    from .deployments.deployment_port_mapping import DeploymentPortMapping
    from .deployments.get_deployment_logs_event import GetDeploymentLogsEvent
    from .deployments.get_deployment_logs_event_log import GetDeploymentLogsEventLog
    from .deployments.get_deployment_logs_event_terminal import GetDeploymentLogsEventTerminal
    from .deployments.get_deployment_response import GetDeploymentResponse
    from .deployments.start_deployment_response import StartDeploymentResponse
    from .deployments.start_deployment_result import StartDeploymentResult
    from .environment_variables.environment_variable import EnvironmentVariable
    from .environment_variables.get_environment_variable_response import GetEnvironmentVariableResponse
    from .environment_variables.list_environment_variables_response import ListEnvironmentVariablesResponse
    from .integrations.get_integration_response import GetIntegrationResponse
    from .me.credential_ref import CredentialRef
    from .me.current_user import CurrentUser
    from .me.current_user_user import CurrentUserUser
    from .me.current_user_workspace import CurrentUserWorkspace
    from .me.get_me_response import GetMeResponse
    from .projects.acquire_alchemy_state_lease_response import AcquireAlchemyStateLeaseResponse
    from .projects.alchemy_state_lease import AlchemyStateLease
    from .projects.branch_application_topology import BranchApplicationTopology
    from .projects.branch_application_topology_edge import BranchApplicationTopologyEdge
    from .projects.branch_application_topology_edge_from import BranchApplicationTopologyEdgeFrom
    from .projects.branch_application_topology_node import BranchApplicationTopologyNode
    from .projects.branch_application_topology_port import BranchApplicationTopologyPort
    from .projects.create_project_database_response import CreateProjectDatabaseResponse
    from .projects.create_project_response import CreateProjectResponse
    from .projects.create_project_result import CreateProjectResult
    from .projects.create_project_result_database import CreateProjectResultDatabase
    from .projects.create_project_result_database_api_key import CreateProjectResultDatabaseApiKey
    from .projects.get_alchemy_state_version_response import GetAlchemyStateVersionResponse
    from .projects.get_branch_application_topology_response import GetBranchApplicationTopologyResponse
    from .projects.get_project_response import GetProjectResponse
    from .projects.list_project_branches_response import ListProjectBranchesResponse
    from .projects.list_projects_response import ListProjectsResponse
    from .projects.project import Project
    from .projects.project_database import ProjectDatabase
    from .projects.workspace_ref import WorkspaceRef
    from .regions.accelerate_region import AccelerateRegion
    from .regions.list_accelerate_regions_response import ListAccelerateRegionsResponse
    from .regions.list_postgres_regions_response import ListPostgresRegionsResponse
    from .regions.list_regions_response import ListRegionsResponse
    from .regions.postgres_region import PostgresRegion
    from .regions.region import Region
    from .scm_installations.create_scm_install_intent_response import CreateScmInstallIntentResponse
    from .scm_installations.list_scm_installation_repositories_response import (
        ListScmInstallationRepositoriesResponse,
    )
    from .scm_installations.list_scm_installations_response import ListScmInstallationsResponse
    from .scm_installations.scm_install_intent import ScmInstallIntent
    from .scm_installations.scm_installation import ScmInstallation
    from .scm_installations.scm_installation_repository import ScmInstallationRepository
    from .shared.app import App
    from .shared.app_deployment import AppDeployment
    from .shared.branch import Branch
    from .shared.connection import Connection
    from .shared.connection_direct_connection import ConnectionDirectConnection
    from .shared.connection_endpoint import ConnectionEndpoint
    from .shared.connection_endpoint_with_connection_string import ConnectionEndpointWithConnectionString
    from .shared.connection_endpoint_with_optional_connection_string import (
        ConnectionEndpointWithOptionalConnectionString,
    )
    from .shared.connection_endpoints import ConnectionEndpoints
    from .shared.create_app_deployment_response import CreateAppDeploymentResponse
    from .shared.create_app_deployment_result import CreateAppDeploymentResult
    from .shared.create_app_error_response import CreateAppErrorResponse
    from .shared.create_app_error_response_error import CreateAppErrorResponseError
    from .shared.create_connection_response import CreateConnectionResponse
    from .shared.create_connection_result import CreateConnectionResult
    from .shared.create_connection_result_endpoints import CreateConnectionResultEndpoints
    from .shared.create_database_result_connection import CreateDatabaseResultConnection
    from .shared.create_database_result_connection_endpoints import CreateDatabaseResultConnectionEndpoints
    from .shared.database import Database
    from .shared.database_ref import DatabaseRef
    from .shared.database_region import DatabaseRegion
    from .shared.database_source import DatabaseSource
    from .shared.database_source_backup import DatabaseSourceBackup
    from .shared.database_source_database import DatabaseSourceDatabase
    from .shared.database_source_empty import DatabaseSourceEmpty
    from .shared.domain import Domain
    from .shared.domain_dns_record import DomainDnsRecord
    from .shared.error_detail import ErrorDetail
    from .shared.error_response import ErrorResponse
    from .shared.get_app_response import GetAppResponse
    from .shared.get_branch_response import GetBranchResponse
    from .shared.get_domain_response import GetDomainResponse
    from .shared.integration import Integration
    from .shared.integration_client import IntegrationClient
    from .shared.integration_created_by_user import IntegrationCreatedByUser
    from .shared.list_app_deployments_response import ListAppDeploymentsResponse
    from .shared.list_app_domains_response import ListAppDomainsResponse
    from .shared.list_app_domains_response_pagination import ListAppDomainsResponsePagination
    from .shared.list_apps_response import ListAppsResponse
    from .shared.list_connections_response import ListConnectionsResponse
    from .shared.list_databases_response import ListDatabasesResponse
    from .shared.list_integrations_response import ListIntegrationsResponse
    from .shared.pagination import Pagination
    from .shared.project_ref import ProjectRef
    from .shared.promote_app_response import PromoteAppResponse
    from .shared.promote_app_result import PromoteAppResult
    from .shared.region_ref import RegionRef
    from .source_repositories.get_source_repository_response import GetSourceRepositoryResponse
    from .source_repositories.list_source_repositories_response import ListSourceRepositoriesResponse
    from .source_repositories.source_repository import SourceRepository
    from .workspaces.create_workspace_response import CreateWorkspaceResponse
    from .workspaces.create_workspace_result import CreateWorkspaceResult
    from .workspaces.create_workspace_service_token_response import CreateWorkspaceServiceTokenResponse
    from .workspaces.get_workspace_response import GetWorkspaceResponse
    from .workspaces.get_workspace_subscription_response import GetWorkspaceSubscriptionResponse
    from .workspaces.list_workspace_service_tokens_response import ListWorkspaceServiceTokensResponse
    from .workspaces.list_workspaces_response import ListWorkspacesResponse
    from .workspaces.service_token import ServiceToken
    from .workspaces.workspace import Workspace
    from .workspaces.workspace_service_token import WorkspaceServiceToken
    from .workspaces.workspace_subscription import WorkspaceSubscription

MODULES: dict[str, str] = {
    "AccelerateRegion": "regions.accelerate_region",
    "AcquireAlchemyStateLeaseResponse": "projects.acquire_alchemy_state_lease_response",
    "AlchemyStateLease": "projects.alchemy_state_lease",
    "App": "shared.app",
    "AppDeployment": "shared.app_deployment",
    "Branch": "shared.branch",
    "BranchApplicationTopology": "projects.branch_application_topology",
    "BranchApplicationTopologyEdge": "projects.branch_application_topology_edge",
    "BranchApplicationTopologyEdgeFrom": "projects.branch_application_topology_edge_from",
    "BranchApplicationTopologyNode": "projects.branch_application_topology_node",
    "BranchApplicationTopologyPort": "projects.branch_application_topology_port",
    "Bucket": "buckets.bucket",
    "BucketKey": "buckets.bucket_key",
    "Build": "builds.build",
    "BuildResource": "builds.build_resource",
    "Connection": "shared.connection",
    "ConnectionDirectConnection": "shared.connection_direct_connection",
    "ConnectionEndpoint": "shared.connection_endpoint",
    "ConnectionEndpointWithConnectionString": "shared.connection_endpoint_with_connection_string",
    "ConnectionEndpointWithOptionalConnectionString": "shared.connection_endpoint_with_optional_connection_string",
    "ConnectionEndpoints": "shared.connection_endpoints",
    "CreateAppDeploymentResponse": "shared.create_app_deployment_response",
    "CreateAppDeploymentResult": "shared.create_app_deployment_result",
    "CreateAppErrorResponse": "shared.create_app_error_response",
    "CreateAppErrorResponseError": "shared.create_app_error_response_error",
    "CreateBucketKeyResponse": "buckets.create_bucket_key_response",
    "CreateBuildResponse": "builds.create_build_response",
    "CreateConnectionResponse": "shared.create_connection_response",
    "CreateConnectionResult": "shared.create_connection_result",
    "CreateConnectionResultEndpoints": "shared.create_connection_result_endpoints",
    "CreateDatabaseResponse": "databases.create_database_response",
    "CreateDatabaseResult": "databases.create_database_result",
    "CreateDatabaseResultConnection": "shared.create_database_result_connection",
    "CreateDatabaseResultConnectionEndpoints": "shared.create_database_result_connection_endpoints",
    "CreateGithubActionsTokenErrorResponse": "auth.create_github_actions_token_error_response",
    "CreateGithubActionsTokenResponse": "auth.create_github_actions_token_response",
    "CreateProjectDatabaseResponse": "projects.create_project_database_response",
    "CreateProjectResponse": "projects.create_project_response",
    "CreateProjectResult": "projects.create_project_result",
    "CreateProjectResultDatabase": "projects.create_project_result_database",
    "CreateProjectResultDatabaseApiKey": "projects.create_project_result_database_api_key",
    "CreateScmInstallIntentResponse": "scm_installations.create_scm_install_intent_response",
    "CreateWorkspaceResponse": "workspaces.create_workspace_response",
    "CreateWorkspaceResult": "workspaces.create_workspace_result",
    "CreateWorkspaceServiceTokenResponse": "workspaces.create_workspace_service_token_response",
    "CredentialRef": "me.credential_ref",
    "CurrentUser": "me.current_user",
    "CurrentUserUser": "me.current_user_user",
    "CurrentUserWorkspace": "me.current_user_workspace",
    "Database": "shared.database",
    "DatabaseBackup": "databases.database_backup",
    "DatabaseRef": "shared.database_ref",
    "DatabaseRegion": "shared.database_region",
    "DatabaseSource": "shared.database_source",
    "DatabaseSourceBackup": "shared.database_source_backup",
    "DatabaseSourceDatabase": "shared.database_source_database",
    "DatabaseSourceEmpty": "shared.database_source_empty",
    "Deployment": "deployments.deployment",
    "DeploymentPortMapping": "deployments.deployment_port_mapping",
    "Domain": "shared.domain",
    "DomainDnsRecord": "shared.domain_dns_record",
    "EnvironmentVariable": "environment_variables.environment_variable",
    "ErrorDetail": "shared.error_detail",
    "ErrorResponse": "shared.error_response",
    "GetAgentApprovalResponse": "agent_approvals.get_agent_approval_response",
    "GetAlchemyStateVersionResponse": "projects.get_alchemy_state_version_response",
    "GetAppResponse": "shared.get_app_response",
    "GetBranchApplicationTopologyResponse": "projects.get_branch_application_topology_response",
    "GetBranchResponse": "shared.get_branch_response",
    "GetBucketResponse": "buckets.get_bucket_response",
    "GetBuildLogsEvent": "builds.get_build_logs_event",
    "GetBuildLogsEventLog": "builds.get_build_logs_event_log",
    "GetBuildLogsEventTerminal": "builds.get_build_logs_event_terminal",
    "GetBuildResponse": "builds.get_build_response",
    "GetConnectionResponse": "connections.get_connection_response",
    "GetDatabaseResponse": "databases.get_database_response",
    "GetDatabaseUsageResponse": "databases.get_database_usage_response",
    "GetDatabaseUsageResponseMetrics": "databases.get_database_usage_response_metrics",
    "GetDatabaseUsageResponseMetricsOperations": "databases.get_database_usage_response_metrics_operations",
    "GetDatabaseUsageResponseMetricsStorage": "databases.get_database_usage_response_metrics_storage",
    "GetDatabaseUsageResponsePeriod": "databases.get_database_usage_response_period",
    "GetDeploymentLogsEvent": "deployments.get_deployment_logs_event",
    "GetDeploymentLogsEventLog": "deployments.get_deployment_logs_event_log",
    "GetDeploymentLogsEventTerminal": "deployments.get_deployment_logs_event_terminal",
    "GetDeploymentResponse": "deployments.get_deployment_response",
    "GetDomainResponse": "shared.get_domain_response",
    "GetEnvironmentVariableResponse": "environment_variables.get_environment_variable_response",
    "GetIntegrationResponse": "integrations.get_integration_response",
    "GetMeResponse": "me.get_me_response",
    "GetProjectResponse": "projects.get_project_response",
    "GetSourceRepositoryResponse": "source_repositories.get_source_repository_response",
    "GetWorkspaceResponse": "workspaces.get_workspace_response",
    "GetWorkspaceSubscriptionResponse": "workspaces.get_workspace_subscription_response",
    "GithubActionsToken": "auth.github_actions_token",
    "Integration": "shared.integration",
    "IntegrationClient": "shared.integration_client",
    "IntegrationCreatedByUser": "shared.integration_created_by_user",
    "Key": "buckets.key",
    "ListAccelerateRegionsResponse": "regions.list_accelerate_regions_response",
    "ListAppDeploymentsResponse": "shared.list_app_deployments_response",
    "ListAppDomainsResponse": "shared.list_app_domains_response",
    "ListAppDomainsResponsePagination": "shared.list_app_domains_response_pagination",
    "ListAppsResponse": "shared.list_apps_response",
    "ListBucketKeysResponse": "buckets.list_bucket_keys_response",
    "ListBucketsResponse": "buckets.list_buckets_response",
    "ListBuildsResponse": "builds.list_builds_response",
    "ListBuildsResult": "builds.list_builds_result",
    "ListConnectionsResponse": "shared.list_connections_response",
    "ListDatabaseBackupsResponse": "databases.list_database_backups_response",
    "ListDatabaseBackupsResponseMeta": "databases.list_database_backups_response_meta",
    "ListDatabaseBackupsResponsePagination": "databases.list_database_backups_response_pagination",
    "ListDatabasesResponse": "shared.list_databases_response",
    "ListEnvironmentVariablesResponse": "environment_variables.list_environment_variables_response",
    "ListIntegrationsResponse": "shared.list_integrations_response",
    "ListPostgresRegionsResponse": "regions.list_postgres_regions_response",
    "ListProjectBranchesResponse": "projects.list_project_branches_response",
    "ListProjectsResponse": "projects.list_projects_response",
    "ListRegionsResponse": "regions.list_regions_response",
    "ListScmInstallationRepositoriesResponse": "scm_installations.list_scm_installation_repositories_response",
    "ListScmInstallationsResponse": "scm_installations.list_scm_installations_response",
    "ListSourceRepositoriesResponse": "source_repositories.list_source_repositories_response",
    "ListWorkspaceServiceTokensResponse": "workspaces.list_workspace_service_tokens_response",
    "ListWorkspacesResponse": "workspaces.list_workspaces_response",
    "Pagination": "shared.pagination",
    "PostgresRegion": "regions.postgres_region",
    "Project": "projects.project",
    "ProjectDatabase": "projects.project_database",
    "ProjectRef": "shared.project_ref",
    "PromoteAppResponse": "shared.promote_app_response",
    "PromoteAppResult": "shared.promote_app_result",
    "Region": "regions.region",
    "RegionRef": "shared.region_ref",
    "RestoreDatabaseResponse": "databases.restore_database_response",
    "RestoreDatabaseResult": "databases.restore_database_result",
    "ScmInstallIntent": "scm_installations.scm_install_intent",
    "ScmInstallation": "scm_installations.scm_installation",
    "ScmInstallationRepository": "scm_installations.scm_installation_repository",
    "ServiceToken": "workspaces.service_token",
    "SourceRepository": "source_repositories.source_repository",
    "StartDeploymentResponse": "deployments.start_deployment_response",
    "StartDeploymentResult": "deployments.start_deployment_result",
    "Workspace": "workspaces.workspace",
    "WorkspaceRef": "projects.workspace_ref",
    "WorkspaceServiceToken": "workspaces.workspace_service_token",
    "WorkspaceSubscription": "workspaces.workspace_subscription",
}


def __getattr__(name: str) -> Any:
    module = MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # found once; later lookups are plain attribute reads
    return value


def __dir__() -> list[str]:
    return [*globals(), *__all__]


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
    "ConnectionEndpoint",
    "ConnectionEndpointWithConnectionString",
    "ConnectionEndpointWithOptionalConnectionString",
    "ConnectionEndpoints",
    "CreateAppDeploymentResponse",
    "CreateAppDeploymentResult",
    "CreateAppErrorResponse",
    "CreateAppErrorResponseError",
    "CreateBucketKeyResponse",
    "CreateBuildResponse",
    "CreateConnectionResponse",
    "CreateConnectionResult",
    "CreateConnectionResultEndpoints",
    "CreateDatabaseResponse",
    "CreateDatabaseResult",
    "CreateDatabaseResultConnection",
    "CreateDatabaseResultConnectionEndpoints",
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
