"""Response models of ``client.projects``: lenient pydantic classes.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime
from typing import Literal

from pydantic import Field

from ..._models import LenientModel
from .shared import (
    Branch,
    ConnectionDirectConnection,
    ConnectionEndpoints,
    CreateDatabaseResultConnection,
    DatabaseSource,
    Pagination,
    ProjectRef,
    RegionRef,
)


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


class ListProjectBranchesResponse(LenientModel):
    """ListProjectBranchesResponse"""

    data: list[Branch]
    pagination: Pagination


class ListProjectsResponse(LenientModel):
    """ListProjectsResponse"""

    data: list[Project]
    pagination: Pagination


class GetAlchemyStateVersionResponse(LenientModel):
    """GetAlchemyStateVersionResponse"""

    version: int | float


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


class CreateProjectResultDatabaseApiKey(LenientModel):
    """CreateProjectResultDatabaseApiKey"""

    id: str
    type: Literal["connection"]
    url: str
    name: str
    created_at: datetime = Field(alias="createdAt")
    kind: Literal["postgres", "accelerate"]
    endpoints: ConnectionEndpoints
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
    api_keys: list[CreateProjectResultDatabaseApiKey] = Field(
        alias="apiKeys", deprecated=True, repr=False, description="Deprecated: use `connections[]` instead."
    )
    """Deprecated: use `connections[]` instead."""
    connection_string: str | None = Field(
        alias="connectionString",
        deprecated=True,
        repr=False,
        description="Deprecated: use `connections[].endpoints.direct.connectionString` or `connections[].endpoints.pooled.connectionString`.",
    )
    """Deprecated: use `connections[].endpoints.direct.connectionString` or `connections[].endpoints.pooled.connectionString`."""
    direct_connection: ConnectionDirectConnection | None = Field(
        alias="directConnection",
        deprecated=True,
        description="Deprecated: use `connections[].endpoints.direct` instead.",
    )
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

    lease_id: str = Field(
        alias="leaseId",
        repr=False,
        description="Capability token for the deploy lease. Send it in the Alchemy-State-Lease-Id header with every state operation; do not log it.",
    )
    """Capability token for the deploy lease. Send it in the Alchemy-State-Lease-Id header with every state operation; do not log it."""
    expires_at: str = Field(alias="expiresAt", description="Lease expiry as an ISO-8601 timestamp.")
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
    api_keys: list[CreateProjectResultDatabaseApiKey] = Field(
        alias="apiKeys", deprecated=True, repr=False, description="Deprecated: use `connections[]` instead."
    )
    """Deprecated: use `connections[]` instead."""
    connection_string: str | None = Field(
        alias="connectionString",
        deprecated=True,
        repr=False,
        description="Deprecated: use `connections[].endpoints.direct.connectionString` or `connections[].endpoints.pooled.connectionString`.",
    )
    """Deprecated: use `connections[].endpoints.direct.connectionString` or `connections[].endpoints.pooled.connectionString`."""
    direct_connection: ConnectionDirectConnection | None = Field(
        alias="directConnection",
        deprecated=True,
        description="Deprecated: use `connections[].endpoints.direct` instead.",
    )
    """Deprecated: use `connections[].endpoints.direct` instead."""


class CreateProjectDatabaseResponse(LenientModel):
    """CreateProjectDatabaseResponse"""

    data: ProjectDatabase


__all__ = [
    "AcquireAlchemyStateLeaseResponse",
    "AlchemyStateLease",
    "BranchApplicationTopology",
    "BranchApplicationTopologyEdge",
    "BranchApplicationTopologyEdgeFrom",
    "BranchApplicationTopologyNode",
    "BranchApplicationTopologyPort",
    "CreateProjectDatabaseResponse",
    "CreateProjectResponse",
    "CreateProjectResult",
    "CreateProjectResultDatabase",
    "CreateProjectResultDatabaseApiKey",
    "GetAlchemyStateVersionResponse",
    "GetBranchApplicationTopologyResponse",
    "GetProjectResponse",
    "ListProjectBranchesResponse",
    "ListProjectsResponse",
    "Project",
    "ProjectDatabase",
    "WorkspaceRef",
]
