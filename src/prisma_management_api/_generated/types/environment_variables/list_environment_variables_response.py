"""Response model ``ListEnvironmentVariablesResponse`` of ``client.environment_variables``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from ..shared.pagination import Pagination
from .environment_variable import EnvironmentVariable


class ListEnvironmentVariablesResponse(LenientModel, kw_only=True):
    """ListEnvironmentVariablesResponse"""

    data: list[EnvironmentVariable]
    pagination: Pagination


__all__ = ["ListEnvironmentVariablesResponse"]
