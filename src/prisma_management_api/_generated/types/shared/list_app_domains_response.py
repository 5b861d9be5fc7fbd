"""Response model ``ListAppDomainsResponse`` shared by several resources: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .domain import Domain
from .list_app_domains_response_pagination import ListAppDomainsResponsePagination


class ListAppDomainsResponse(LenientModel, kw_only=True):
    """ListAppDomainsResponse"""

    data: list[Domain]
    pagination: ListAppDomainsResponsePagination


__all__ = ["ListAppDomainsResponse"]
