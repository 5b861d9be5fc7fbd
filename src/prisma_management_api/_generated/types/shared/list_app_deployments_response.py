"""Response model ``ListAppDeploymentsResponse`` shared by several resources: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .app_deployment import AppDeployment
from .pagination import Pagination


class ListAppDeploymentsResponse(LenientModel, kw_only=True):
    """ListAppDeploymentsResponse"""

    data: list[AppDeployment]
    pagination: Pagination


__all__ = ["ListAppDeploymentsResponse"]
