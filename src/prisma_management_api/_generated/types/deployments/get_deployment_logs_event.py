"""Response model ``GetDeploymentLogsEvent`` of ``client.deployments``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Union

from .get_deployment_logs_event_log import GetDeploymentLogsEventLog
from .get_deployment_logs_event_terminal import GetDeploymentLogsEventTerminal

GetDeploymentLogsEvent = Union[GetDeploymentLogsEventLog, GetDeploymentLogsEventTerminal]


__all__ = ["GetDeploymentLogsEvent"]
