"""Response model ``GetBuildLogsEventLog`` of ``client.builds``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import ClassVar, Literal

from ...._models import LenientModel


class GetBuildLogsEventLog(LenientModel, kw_only=True, tag_field="type", tag="log"):
    """GetBuildLogsEventLog"""

    type: ClassVar[Literal["log"]] = "log"
    text: str
    level: Literal["info", "error"]
    source: Literal["runner", "stdout", "stderr"]
    step: str | None = None
    cursor: str


__all__ = ["GetBuildLogsEventLog"]
