"""Response model ``CredentialRef`` of ``client.me``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Literal

from ...._models import LenientModel


class CredentialRef(LenientModel, kw_only=True):
    """CredentialRef"""

    type: Literal["oauth", "service_token", "management_token", "agent_token"]
    id: str | None
    name: str | None


__all__ = ["CredentialRef"]
