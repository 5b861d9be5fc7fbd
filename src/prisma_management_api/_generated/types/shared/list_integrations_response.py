"""Response model ``ListIntegrationsResponse`` shared by several resources: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .integration import Integration
from .pagination import Pagination


class ListIntegrationsResponse(LenientModel, kw_only=True):
    """ListIntegrationsResponse"""

    data: list[Integration]
    pagination: Pagination


__all__ = ["ListIntegrationsResponse"]
