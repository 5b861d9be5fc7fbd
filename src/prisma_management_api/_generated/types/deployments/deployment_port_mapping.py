"""Response model ``DeploymentPortMapping`` of ``client.deployments``: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from pydantic import Field

from ...._models import LenientModel


class DeploymentPortMapping(LenientModel):
    """DeploymentPortMapping"""

    http: int | float | None = Field(default=None)


__all__ = ["DeploymentPortMapping"]
