"""Response model ``GetBuildLogsEvent`` of ``client.builds``: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Annotated, Union

from pydantic import Field

from .get_build_logs_event_log import GetBuildLogsEventLog
from .get_build_logs_event_terminal import GetBuildLogsEventTerminal

GetBuildLogsEvent = Annotated[
    Union[GetBuildLogsEventLog, GetBuildLogsEventTerminal], Field(discriminator="type")
]


__all__ = ["GetBuildLogsEvent"]
