"""Response model ``CreateAppDeploymentResult`` shared by several resources: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Literal

from pydantic import Field

from ...._models import LenientModel


class CreateAppDeploymentResult(LenientModel):
    """CreateAppDeploymentResult"""

    id: str
    type: Literal["deployment"]
    url: str
    foundry_version_id: str = Field(alias="foundryVersionId")
    upload_url: str | None = Field(alias="uploadUrl", repr=False)


__all__ = ["CreateAppDeploymentResult"]
