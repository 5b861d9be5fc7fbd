"""Response model ``StartDeploymentResponse`` of ``client.deployments``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .start_deployment_result import StartDeploymentResult


class StartDeploymentResponse(LenientModel, kw_only=True):
    """StartDeploymentResponse"""

    data: StartDeploymentResult


__all__ = ["StartDeploymentResponse"]
