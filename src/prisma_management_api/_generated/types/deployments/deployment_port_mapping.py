"""Response model ``DeploymentPortMapping`` of ``client.deployments``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel


class DeploymentPortMapping(LenientModel, kw_only=True):
    """DeploymentPortMapping"""

    http: int | float | None = None


__all__ = ["DeploymentPortMapping"]
