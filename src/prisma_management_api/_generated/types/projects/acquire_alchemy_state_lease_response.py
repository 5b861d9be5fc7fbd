"""Response model ``AcquireAlchemyStateLeaseResponse`` of ``client.projects``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .alchemy_state_lease import AlchemyStateLease


class AcquireAlchemyStateLeaseResponse(LenientModel, kw_only=True):
    """AcquireAlchemyStateLeaseResponse"""

    data: AlchemyStateLease


__all__ = ["AcquireAlchemyStateLeaseResponse"]
