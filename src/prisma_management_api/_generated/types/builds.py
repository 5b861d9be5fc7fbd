"""Response models of ``client.builds``: lenient pydantic classes.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Annotated, Literal, Union

from pydantic import Field

from ..._models import LenientModel
from .shared import Pagination


class BuildResource(LenientModel):
    """BuildResource"""

    resource_type: Literal[
        "project", "branch", "database", "app", "deployment", "bucket", "service_key", "config_variable"
    ] = Field(alias="resourceType")
    resource_id: str = Field(alias="resourceId", description="Prefixed id of the reported resource.")
    """Prefixed id of the reported resource."""
    action: Literal["created", "acted_on", "deleted"]
    created_at: str = Field(alias="createdAt")


class Build(LenientModel):
    """Build"""

    id: str
    source: Literal["webhook", "setup", "manual", "ci", "cli"]
    state: Literal["pending", "running", "succeeded", "failed", "cancelled"]
    phase: Literal["queued", "build", "deploy"] | None = Field(
        description="Null when nothing reported a phase; the platform never invents an observation it did not receive."
    )
    """Null when nothing reported a phase; the platform never invents an observation it did not receive."""
    commit_sha: str = Field(alias="commitSha")
    branch_name: str = Field(alias="branchName")
    git_repo_id: str | None = Field(
        alias="gitRepoId",
        description="Repository the build ran against. Set only when the workspace has a live link to it; a reported repository the platform does not know stays null.",
    )
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


class ListBuildsResult(LenientModel):
    """ListBuildsResult"""

    id: str
    source: Literal["webhook", "setup", "manual", "ci", "cli"]
    state: Literal["pending", "running", "succeeded", "failed", "cancelled"]
    phase: Literal["queued", "build", "deploy"] | None = Field(
        description="Null when nothing reported a phase; the platform never invents an observation it did not receive."
    )
    """Null when nothing reported a phase; the platform never invents an observation it did not receive."""
    commit_sha: str = Field(alias="commitSha")
    branch_name: str = Field(alias="branchName")
    git_repo_id: str | None = Field(
        alias="gitRepoId",
        description="Repository the build ran against. Set only when the workspace has a live link to it; a reported repository the platform does not know stays null.",
    )
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


class CreateBuildResponse(LenientModel):
    """CreateBuildResponse"""

    data: ListBuildsResult


__all__ = [
    "Build",
    "BuildResource",
    "CreateBuildResponse",
    "GetBuildLogsEvent",
    "GetBuildLogsEventLog",
    "GetBuildLogsEventTerminal",
    "GetBuildResponse",
    "ListBuildsResponse",
    "ListBuildsResult",
]
