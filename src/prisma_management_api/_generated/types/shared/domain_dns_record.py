"""Response model ``DomainDnsRecord`` shared by several resources: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import ClassVar, Literal

from ...._models import LenientModel


class DomainDnsRecord(LenientModel, kw_only=True):
    """DomainDnsRecord"""

    type: Literal["CNAME"]
    name: str
    value: str
    ttl: int | float | None

    __secret_fields__: ClassVar[frozenset[str]] = frozenset({"value"})
    """Fields holding credentials: left out of reprs."""


__all__ = ["DomainDnsRecord"]
