"""The clients' resource namespaces, built (and imported) on first access.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._resource import resource_namespace

if TYPE_CHECKING:
    from .resources.agent_approvals import AgentApprovalsResource, AsyncAgentApprovalsResource
    from .resources.apps import AppsResource, AsyncAppsResource
    from .resources.auth import AsyncAuthResource, AuthResource
    from .resources.branches import AsyncBranchesResource, BranchesResource
    from .resources.buckets import AsyncBucketsResource, BucketsResource
    from .resources.builds import AsyncBuildsResource, BuildsResource
    from .resources.connections import AsyncConnectionsResource, ConnectionsResource
    from .resources.databases import AsyncDatabasesResource, DatabasesResource
    from .resources.deployments import AsyncDeploymentsResource, DeploymentsResource
    from .resources.domains import AsyncDomainsResource, DomainsResource
    from .resources.environment_variables import (
        AsyncEnvironmentVariablesResource,
        EnvironmentVariablesResource,
    )
    from .resources.integrations import AsyncIntegrationsResource, IntegrationsResource
    from .resources.me import AsyncMeResource, MeResource
    from .resources.projects import AsyncProjectsResource, ProjectsResource
    from .resources.regions import AsyncRegionsResource, RegionsResource
    from .resources.scm_installations import AsyncScmInstallationsResource, ScmInstallationsResource
    from .resources.services import AsyncServicesResource, ServicesResource
    from .resources.source_repositories import AsyncSourceRepositoriesResource, SourceRepositoriesResource
    from .resources.workspaces import AsyncWorkspacesResource, WorkspacesResource


class SyncResources:
    """Mixed into the client: one property per top-level namespace of the API."""

    @property
    def agent_approvals(self) -> AgentApprovalsResource:
        """``client.agent_approvals``: ``/v1/agent-approvals/{approvalId}``"""
        return resource_namespace(self, "resources.agent_approvals", "AgentApprovalsResource")

    @property
    def apps(self) -> AppsResource:
        """``client.apps``: ``/v1/apps``, ``/v1/apps/{appId}``, ``/v1/apps/{appId}/deployments``, ..."""
        return resource_namespace(self, "resources.apps", "AppsResource")

    @property
    def services(self) -> ServicesResource:
        """``client.services``: ``/v1/services``, ``/v1/services/{serviceId}``, ``/v1/services/{serviceId}/deployments``, ..."""
        return resource_namespace(self, "resources.services", "ServicesResource")

    @property
    def projects(self) -> ProjectsResource:
        """``client.projects``: ``/v1/projects``, ``/v1/projects/{id}``, ``/v1/projects/{id}/transfer``, ..."""
        return resource_namespace(self, "resources.projects", "ProjectsResource")

    @property
    def branches(self) -> BranchesResource:
        """``client.branches``: ``/v1/branches/{branchId}``"""
        return resource_namespace(self, "resources.branches", "BranchesResource")

    @property
    def buckets(self) -> BucketsResource:
        """``client.buckets``: ``/v1/buckets``, ``/v1/buckets/{bucketId}``, ``/v1/buckets/{bucketId}/keys``, ..."""
        return resource_namespace(self, "resources.buckets", "BucketsResource")

    @property
    def builds(self) -> BuildsResource:
        """``client.builds``: ``/v1/builds``, ``/v1/builds/{buildId}``, ``/v1/builds/{buildId}/logs``, ..."""
        return resource_namespace(self, "resources.builds", "BuildsResource")

    @property
    def domains(self) -> DomainsResource:
        """``client.domains``: ``/v1/domains/{domainId}``, ``/v1/domains/{domainId}/retry``"""
        return resource_namespace(self, "resources.domains", "DomainsResource")

    @property
    def connections(self) -> ConnectionsResource:
        """``client.connections``: ``/v1/connections``, ``/v1/connections/{id}``, ``/v1/connections/{id}/rotate``"""
        return resource_namespace(self, "resources.connections", "ConnectionsResource")

    @property
    def databases(self) -> DatabasesResource:
        """``client.databases``: ``/v1/databases``, ``/v1/databases/{databaseId}``, ``/v1/databases/{databaseId}/backups``, ..."""
        return resource_namespace(self, "resources.databases", "DatabasesResource")

    @property
    def deployments(self) -> DeploymentsResource:
        """``client.deployments``: ``/v1/deployments/{deploymentId}``, ``/v1/deployments/{deploymentId}/logs``, ``/v1/deployments/{deploymentId}/start``, ..."""
        return resource_namespace(self, "resources.deployments", "DeploymentsResource")

    @property
    def environment_variables(self) -> EnvironmentVariablesResource:
        """``client.environment_variables``: ``/v1/environment-variables``, ``/v1/environment-variables/{envVarId}``"""
        return resource_namespace(self, "resources.environment_variables", "EnvironmentVariablesResource")

    @property
    def integrations(self) -> IntegrationsResource:
        """``client.integrations``: ``/v1/integrations``, ``/v1/integrations/{id}``"""
        return resource_namespace(self, "resources.integrations", "IntegrationsResource")

    @property
    def me(self) -> MeResource:
        """``client.me``: ``/v1/me``"""
        return resource_namespace(self, "resources.me", "MeResource")

    @property
    def workspaces(self) -> WorkspacesResource:
        """``client.workspaces``: ``/v1/workspaces``, ``/v1/workspaces/{id}``, ``/v1/workspaces/{id}/subscription``, ..."""
        return resource_namespace(self, "resources.workspaces", "WorkspacesResource")

    @property
    def auth(self) -> AuthResource:
        """``client.auth``: ``/v1/auth/github-actions/token``"""
        return resource_namespace(self, "resources.auth", "AuthResource")

    @property
    def regions(self) -> RegionsResource:
        """``client.regions``: ``/v1/regions``, ``/v1/regions/accelerate``, ``/v1/regions/postgres``"""
        return resource_namespace(self, "resources.regions", "RegionsResource")

    @property
    def scm_installations(self) -> ScmInstallationsResource:
        """``client.scm_installations``: ``/v1/scm-installations``, ``/v1/scm-installations/install-intents``, ``/v1/scm-installations/{installationId}/repositories``"""
        return resource_namespace(self, "resources.scm_installations", "ScmInstallationsResource")

    @property
    def source_repositories(self) -> SourceRepositoriesResource:
        """``client.source_repositories``: ``/v1/source-repositories``, ``/v1/source-repositories/{id}``"""
        return resource_namespace(self, "resources.source_repositories", "SourceRepositoriesResource")


class AsyncResources:
    """Mixed into the async client: one property per top-level namespace of the API."""

    @property
    def agent_approvals(self) -> AsyncAgentApprovalsResource:
        """``client.agent_approvals``: ``/v1/agent-approvals/{approvalId}``"""
        return resource_namespace(self, "resources.agent_approvals", "AsyncAgentApprovalsResource")

    @property
    def apps(self) -> AsyncAppsResource:
        """``client.apps``: ``/v1/apps``, ``/v1/apps/{appId}``, ``/v1/apps/{appId}/deployments``, ..."""
        return resource_namespace(self, "resources.apps", "AsyncAppsResource")

    @property
    def services(self) -> AsyncServicesResource:
        """``client.services``: ``/v1/services``, ``/v1/services/{serviceId}``, ``/v1/services/{serviceId}/deployments``, ..."""
        return resource_namespace(self, "resources.services", "AsyncServicesResource")

    @property
    def projects(self) -> AsyncProjectsResource:
        """``client.projects``: ``/v1/projects``, ``/v1/projects/{id}``, ``/v1/projects/{id}/transfer``, ..."""
        return resource_namespace(self, "resources.projects", "AsyncProjectsResource")

    @property
    def branches(self) -> AsyncBranchesResource:
        """``client.branches``: ``/v1/branches/{branchId}``"""
        return resource_namespace(self, "resources.branches", "AsyncBranchesResource")

    @property
    def buckets(self) -> AsyncBucketsResource:
        """``client.buckets``: ``/v1/buckets``, ``/v1/buckets/{bucketId}``, ``/v1/buckets/{bucketId}/keys``, ..."""
        return resource_namespace(self, "resources.buckets", "AsyncBucketsResource")

    @property
    def builds(self) -> AsyncBuildsResource:
        """``client.builds``: ``/v1/builds``, ``/v1/builds/{buildId}``, ``/v1/builds/{buildId}/logs``, ..."""
        return resource_namespace(self, "resources.builds", "AsyncBuildsResource")

    @property
    def domains(self) -> AsyncDomainsResource:
        """``client.domains``: ``/v1/domains/{domainId}``, ``/v1/domains/{domainId}/retry``"""
        return resource_namespace(self, "resources.domains", "AsyncDomainsResource")

    @property
    def connections(self) -> AsyncConnectionsResource:
        """``client.connections``: ``/v1/connections``, ``/v1/connections/{id}``, ``/v1/connections/{id}/rotate``"""
        return resource_namespace(self, "resources.connections", "AsyncConnectionsResource")

    @property
    def databases(self) -> AsyncDatabasesResource:
        """``client.databases``: ``/v1/databases``, ``/v1/databases/{databaseId}``, ``/v1/databases/{databaseId}/backups``, ..."""
        return resource_namespace(self, "resources.databases", "AsyncDatabasesResource")

    @property
    def deployments(self) -> AsyncDeploymentsResource:
        """``client.deployments``: ``/v1/deployments/{deploymentId}``, ``/v1/deployments/{deploymentId}/logs``, ``/v1/deployments/{deploymentId}/start``, ..."""
        return resource_namespace(self, "resources.deployments", "AsyncDeploymentsResource")

    @property
    def environment_variables(self) -> AsyncEnvironmentVariablesResource:
        """``client.environment_variables``: ``/v1/environment-variables``, ``/v1/environment-variables/{envVarId}``"""
        return resource_namespace(
            self, "resources.environment_variables", "AsyncEnvironmentVariablesResource"
        )

    @property
    def integrations(self) -> AsyncIntegrationsResource:
        """``client.integrations``: ``/v1/integrations``, ``/v1/integrations/{id}``"""
        return resource_namespace(self, "resources.integrations", "AsyncIntegrationsResource")

    @property
    def me(self) -> AsyncMeResource:
        """``client.me``: ``/v1/me``"""
        return resource_namespace(self, "resources.me", "AsyncMeResource")

    @property
    def workspaces(self) -> AsyncWorkspacesResource:
        """``client.workspaces``: ``/v1/workspaces``, ``/v1/workspaces/{id}``, ``/v1/workspaces/{id}/subscription``, ..."""
        return resource_namespace(self, "resources.workspaces", "AsyncWorkspacesResource")

    @property
    def auth(self) -> AsyncAuthResource:
        """``client.auth``: ``/v1/auth/github-actions/token``"""
        return resource_namespace(self, "resources.auth", "AsyncAuthResource")

    @property
    def regions(self) -> AsyncRegionsResource:
        """``client.regions``: ``/v1/regions``, ``/v1/regions/accelerate``, ``/v1/regions/postgres``"""
        return resource_namespace(self, "resources.regions", "AsyncRegionsResource")

    @property
    def scm_installations(self) -> AsyncScmInstallationsResource:
        """``client.scm_installations``: ``/v1/scm-installations``, ``/v1/scm-installations/install-intents``, ``/v1/scm-installations/{installationId}/repositories``"""
        return resource_namespace(self, "resources.scm_installations", "AsyncScmInstallationsResource")

    @property
    def source_repositories(self) -> AsyncSourceRepositoriesResource:
        """``client.source_repositories``: ``/v1/source-repositories``, ``/v1/source-repositories/{id}``"""
        return resource_namespace(self, "resources.source_repositories", "AsyncSourceRepositoriesResource")


__all__ = ["AsyncResources", "SyncResources"]
