"""Response model ``GetEnvironmentVariableResponse`` of ``client.environment_variables``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .environment_variable import EnvironmentVariable


class GetEnvironmentVariableResponse(LenientModel, kw_only=True):
    """GetEnvironmentVariableResponse"""

    data: EnvironmentVariable


__all__ = ["GetEnvironmentVariableResponse"]
