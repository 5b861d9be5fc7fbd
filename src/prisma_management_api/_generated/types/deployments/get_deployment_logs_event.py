"""Response model ``GetDeploymentLogsEvent`` of ``client.deployments``: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Annotated, Union

from pydantic import Field

from .get_deployment_logs_event_log import GetDeploymentLogsEventLog
from .get_deployment_logs_event_terminal import GetDeploymentLogsEventTerminal

GetDeploymentLogsEvent = Annotated[
    Union[GetDeploymentLogsEventLog, GetDeploymentLogsEventTerminal], Field(discriminator="type")
]


__all__ = ["GetDeploymentLogsEvent"]
