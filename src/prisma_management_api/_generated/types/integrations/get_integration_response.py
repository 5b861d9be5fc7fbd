"""Response model ``GetIntegrationResponse`` of ``client.integrations``: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from ..shared.integration import Integration


class GetIntegrationResponse(LenientModel):
    """GetIntegrationResponse"""

    data: Integration


__all__ = ["GetIntegrationResponse"]
