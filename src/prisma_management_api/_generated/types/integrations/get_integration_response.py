"""Response model ``GetIntegrationResponse`` of ``client.integrations``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from ..shared.integration import Integration


class GetIntegrationResponse(LenientModel, kw_only=True):
    """GetIntegrationResponse"""

    data: Integration


__all__ = ["GetIntegrationResponse"]
