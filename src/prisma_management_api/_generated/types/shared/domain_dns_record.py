"""Response model ``DomainDnsRecord`` shared by several resources: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Literal

from pydantic import Field

from ...._models import LenientModel


class DomainDnsRecord(LenientModel):
    """DomainDnsRecord"""

    type: Literal["CNAME"]
    name: str
    value: str = Field(repr=False)
    ttl: int | float | None


__all__ = ["DomainDnsRecord"]
