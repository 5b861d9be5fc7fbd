"""Response model ``GetBuildLogsEventLog`` of ``client.builds``: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Literal

from pydantic import Field

from ...._models import LenientModel


class GetBuildLogsEventLog(LenientModel):
    """GetBuildLogsEventLog"""

    type: Literal["log"]
    text: str
    level: Literal["info", "error"]
    source: Literal["runner", "stdout", "stderr"]
    step: str | None = Field(default=None)
    cursor: str


__all__ = ["GetBuildLogsEventLog"]
