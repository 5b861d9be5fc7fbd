"""Response model ``Build`` of ``client.builds``: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Literal

from pydantic import Field

from ...._models import LenientModel
from .build_resource import BuildResource


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


__all__ = ["Build"]
