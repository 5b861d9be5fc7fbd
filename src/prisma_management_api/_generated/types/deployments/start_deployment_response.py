"""Response model ``StartDeploymentResponse`` of ``client.deployments``: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .start_deployment_result import StartDeploymentResult


class StartDeploymentResponse(LenientModel):
    """StartDeploymentResponse"""

    data: StartDeploymentResult


__all__ = ["StartDeploymentResponse"]
