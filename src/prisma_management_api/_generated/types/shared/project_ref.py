"""Response model ``ProjectRef`` shared by several resources: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel


class ProjectRef(LenientModel, kw_only=True):
    """Thin reference to the parent Project. Member resources are intentionally NOT inlined — list /v1/databases?branchId=<br_xxx> or /v1/apps?branchId=<br_xxx> instead (see API design principles "Flat and Hierarchical Coexistence")."""

    id: str
    url: str
    name: str


__all__ = ["ProjectRef"]
