"""Response model ``SourceRepository`` of ``client.source_repositories``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime
from typing import Literal

import msgspec

from ...._models import LenientModel


class SourceRepository(LenientModel, kw_only=True):
    """SourceRepository"""

    id: str
    type: Literal["source-repository"]
    url: str
    repo_id: int | float = msgspec.field(name="repoId")
    provider: Literal["github"]
    repo_full_name: str = msgspec.field(name="repoFullName")
    default_branch: str = msgspec.field(name="defaultBranch")
    is_private: bool = msgspec.field(name="isPrivate")
    status: Literal["active", "archived"]
    project_id: str = msgspec.field(name="projectId")
    installation_id: str = msgspec.field(name="installationId")
    created_at: datetime = msgspec.field(name="createdAt")
    updated_at: datetime = msgspec.field(name="updatedAt")


__all__ = ["SourceRepository"]
