"""Response model ``CreateAppDeploymentResult`` shared by several resources: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import ClassVar, Literal

import msgspec

from ...._models import LenientModel


class CreateAppDeploymentResult(LenientModel, kw_only=True):
    """CreateAppDeploymentResult"""

    id: str
    type: Literal["deployment"]
    url: str
    foundry_version_id: str = msgspec.field(name="foundryVersionId")
    upload_url: str | None = msgspec.field(name="uploadUrl")

    __secret_fields__: ClassVar[frozenset[str]] = frozenset({"upload_url"})
    """Fields holding credentials: left out of reprs."""


__all__ = ["CreateAppDeploymentResult"]
