"""Response model ``StartDeploymentResult`` of ``client.deployments``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

import msgspec

from ...._models import LenientModel


class StartDeploymentResult(LenientModel, kw_only=True):
    """StartDeploymentResult"""

    preview_domain: str = msgspec.field(name="previewDomain")


__all__ = ["StartDeploymentResult"]
