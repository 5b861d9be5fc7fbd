"""Response model ``SourceRepository`` of ``client.source_repositories``: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime
from typing import Literal

from pydantic import Field

from ...._models import LenientModel


class SourceRepository(LenientModel):
    """SourceRepository"""

    id: str
    type: Literal["source-repository"]
    url: str
    repo_id: int | float = Field(alias="repoId")
    provider: Literal["github"]
    repo_full_name: str = Field(alias="repoFullName")
    default_branch: str = Field(alias="defaultBranch")
    is_private: bool = Field(alias="isPrivate")
    status: Literal["active", "archived"]
    project_id: str = Field(alias="projectId")
    installation_id: str = Field(alias="installationId")
    created_at: datetime = Field(alias="createdAt")
    updated_at: datetime = Field(alias="updatedAt")


__all__ = ["SourceRepository"]
