"""Response model ``ListBuildsResult`` of ``client.builds``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Literal

import msgspec

from ...._models import LenientModel


class ListBuildsResult(LenientModel, kw_only=True):
    """ListBuildsResult"""

    id: str
    source: Literal["webhook", "setup", "manual", "ci", "cli"]
    state: Literal["pending", "running", "succeeded", "failed", "cancelled"]
    phase: Literal["queued", "build", "deploy"] | None
    """Null when nothing reported a phase; the platform never invents an observation it did not receive."""
    commit_sha: str = msgspec.field(name="commitSha")
    branch_name: str = msgspec.field(name="branchName")
    git_repo_id: str | None = msgspec.field(name="gitRepoId")
    """Repository the build ran against. Set only when the workspace has a live link to it; a reported repository the platform does not know stays null."""
    project_id: str | None = msgspec.field(name="projectId")
    branch_id: str | None = msgspec.field(name="branchId")
    external_log_url: str | None = msgspec.field(name="externalLogUrl")
    deployed_url: str | None = msgspec.field(name="deployedUrl")
    application_topology_content_hash: str | None = msgspec.field(name="applicationTopologyContentHash")
    error_message: str | None = msgspec.field(name="errorMessage")
    failing_step: str | None = msgspec.field(name="failingStep")
    created_at: str = msgspec.field(name="createdAt")
    started_at: str | None = msgspec.field(name="startedAt")
    finished_at: str | None = msgspec.field(name="finishedAt")


__all__ = ["ListBuildsResult"]
