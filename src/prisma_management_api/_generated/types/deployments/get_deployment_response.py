"""Response model ``GetDeploymentResponse`` of ``client.deployments``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .deployment import Deployment


class GetDeploymentResponse(LenientModel, kw_only=True):
    """GetDeploymentResponse"""

    data: Deployment


__all__ = ["GetDeploymentResponse"]
