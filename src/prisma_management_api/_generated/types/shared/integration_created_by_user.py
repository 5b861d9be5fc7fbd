"""Response model ``IntegrationCreatedByUser`` shared by several resources: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

import msgspec

from ...._models import LenientModel


class IntegrationCreatedByUser(LenientModel, kw_only=True):
    """IntegrationCreatedByUser"""

    id: str
    email: str
    display_name: str | None = msgspec.field(name="displayName")


__all__ = ["IntegrationCreatedByUser"]
