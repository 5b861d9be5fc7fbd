"""Response model ``Branch`` shared by several resources: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime
from typing import Literal

from pydantic import Field

from ...._models import LenientModel
from .project_ref import ProjectRef


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


__all__ = ["Branch"]
