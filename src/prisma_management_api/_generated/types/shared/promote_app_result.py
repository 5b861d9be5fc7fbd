"""Response model ``PromoteAppResult`` shared by several resources: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from pydantic import Field

from ...._models import LenientModel


class PromoteAppResult(LenientModel):
    """PromoteAppResult"""

    app_endpoint_domain: str = Field(alias="appEndpointDomain")
    reassigned_domains: int | float = Field(alias="reassignedDomains")


__all__ = ["PromoteAppResult"]
