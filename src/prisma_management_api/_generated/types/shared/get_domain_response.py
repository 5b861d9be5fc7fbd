"""Response model ``GetDomainResponse`` shared by several resources: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .domain import Domain


class GetDomainResponse(LenientModel, kw_only=True):
    """GetDomainResponse"""

    data: Domain


__all__ = ["GetDomainResponse"]
