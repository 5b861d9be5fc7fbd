"""Response model ``CreateAppDeploymentResponse`` shared by several resources: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .create_app_deployment_result import CreateAppDeploymentResult


class CreateAppDeploymentResponse(LenientModel, kw_only=True):
    """CreateAppDeploymentResponse"""

    data: CreateAppDeploymentResult


__all__ = ["CreateAppDeploymentResponse"]
