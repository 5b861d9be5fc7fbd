"""Response model ``PromoteAppResult`` shared by several resources: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

import msgspec

from ...._models import LenientModel


class PromoteAppResult(LenientModel, kw_only=True):
    """PromoteAppResult"""

    app_endpoint_domain: str = msgspec.field(name="appEndpointDomain")
    reassigned_domains: int | float = msgspec.field(name="reassignedDomains")


__all__ = ["PromoteAppResult"]
