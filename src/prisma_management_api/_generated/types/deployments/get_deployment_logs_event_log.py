"""Response model ``GetDeploymentLogsEventLog`` of ``client.deployments``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import ClassVar, Literal

import msgspec

from ...._models import LenientModel


class GetDeploymentLogsEventLog(LenientModel, kw_only=True, tag_field="type", tag="log"):
    """GetDeploymentLogsEventLog"""

    type: ClassVar[Literal["log"]] = "log"
    text: str
    byte_start: int | float = msgspec.field(name="byteStart")
    byte_end: int | float = msgspec.field(name="byteEnd")


__all__ = ["GetDeploymentLogsEventLog"]
