"""Response models of ``client.databases``: lenient pydantic classes.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime
from typing import Literal

from pydantic import Field

from ..._models import LenientModel
from .shared import (
    Connection,
    CreateDatabaseResultConnection,
    Database,
    DatabaseRegion,
    DatabaseSource,
    DatabaseSourceBackup,
    ProjectRef,
)


class GetDatabaseResponse(LenientModel):
    """GetDatabaseResponse"""

    data: Database


class DatabaseBackup(LenientModel):
    """DatabaseBackup"""

    id: str
    backup_type: Literal["full", "incremental", "differential"] = Field(alias="backupType")
    created_at: str = Field(alias="createdAt")
    size: int | float | None = Field(default=None)
    status: Literal["running", "completed", "failed", "unknown"]
    type: Literal["backup"] | None = Field(default=None)


class ListDatabaseBackupsResponseMeta(LenientModel):
    """ListDatabaseBackupsResponseMeta"""

    backup_retention_days: int | float = Field(alias="backupRetentionDays")


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

    used: int | float
    unit: Literal["ops"]


class GetDatabaseUsageResponseMetricsStorage(LenientModel):
    """GetDatabaseUsageResponseMetricsStorage"""

    used: int | float
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


__all__ = [
    "CreateDatabaseResponse",
    "CreateDatabaseResult",
    "DatabaseBackup",
    "GetDatabaseResponse",
    "GetDatabaseUsageResponse",
    "GetDatabaseUsageResponseMetrics",
    "GetDatabaseUsageResponseMetricsOperations",
    "GetDatabaseUsageResponseMetricsStorage",
    "GetDatabaseUsageResponsePeriod",
    "ListDatabaseBackupsResponse",
    "ListDatabaseBackupsResponseMeta",
    "ListDatabaseBackupsResponsePagination",
    "RestoreDatabaseResponse",
    "RestoreDatabaseResult",
]
