"""Response model ``Branch`` shared by several resources: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime
from typing import Literal

import msgspec

from ...._models import LenientModel
from .project_ref import ProjectRef


class Branch(LenientModel, kw_only=True):
    """Branch"""

    id: str
    type: Literal["branch"]
    url: str
    git_name: str = msgspec.field(name="gitName")
    is_default: bool = msgspec.field(name="isDefault")
    role: Literal["production", "preview"]
    created_at: datetime = msgspec.field(name="createdAt")
    updated_at: datetime = msgspec.field(name="updatedAt")
    project: ProjectRef
    """Thin reference to the parent Project. Member resources are intentionally NOT inlined — list /v1/databases?branchId=<br_xxx> or /v1/apps?branchId=<br_xxx> instead (see API design principles "Flat and Hierarchical Coexistence")."""


__all__ = ["Branch"]
