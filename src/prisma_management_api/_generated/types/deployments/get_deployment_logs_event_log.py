"""Response model ``GetDeploymentLogsEventLog`` of ``client.deployments``: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Literal

from pydantic import Field

from ...._models import LenientModel


class GetDeploymentLogsEventLog(LenientModel):
    """GetDeploymentLogsEventLog"""

    type: Literal["log"]
    text: str
    byte_start: int | float = Field(alias="byteStart")
    byte_end: int | float = Field(alias="byteEnd")


__all__ = ["GetDeploymentLogsEventLog"]
