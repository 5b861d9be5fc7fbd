"""Response model ``GetBuildLogsEvent`` of ``client.builds``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Union

from .get_build_logs_event_log import GetBuildLogsEventLog
from .get_build_logs_event_terminal import GetBuildLogsEventTerminal

GetBuildLogsEvent = Union[GetBuildLogsEventLog, GetBuildLogsEventTerminal]


__all__ = ["GetBuildLogsEvent"]
