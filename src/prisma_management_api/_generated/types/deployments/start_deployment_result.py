"""Response model ``StartDeploymentResult`` of ``client.deployments``: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from pydantic import Field

from ...._models import LenientModel


class StartDeploymentResult(LenientModel):
    """StartDeploymentResult"""

    preview_domain: str = Field(alias="previewDomain")


__all__ = ["StartDeploymentResult"]
