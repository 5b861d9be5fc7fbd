"""Response model ``CreateAppDeploymentResponse`` shared by several resources: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .create_app_deployment_result import CreateAppDeploymentResult


class CreateAppDeploymentResponse(LenientModel):
    """CreateAppDeploymentResponse"""

    data: CreateAppDeploymentResult


__all__ = ["CreateAppDeploymentResponse"]
