"""Response models of ``client.deployments``: lenient pydantic classes.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime
from typing import Annotated, Any, Literal, Union

from pydantic import Field

from ..._models import LenientModel


class DeploymentPortMapping(LenientModel):
    """DeploymentPortMapping"""

    http: int | float | None = Field(default=None)


class Deployment(LenientModel):
    """Deployment"""

    id: str
    type: Literal["deployment"]
    url: str
    service_id: str = Field(alias="serviceId")
    foundry_version_id: str = Field(alias="foundryVersionId")
    status: str
    preview_domain: str | None = Field(alias="previewDomain")
    env_vars: dict[str, str] | None = Field(
        default=None,
        alias="envVars",
        repr=False,
        description='Environment variable names present on this compute version. Values are always redacted as "[redacted]" and must not be treated as deployed secret values.',
    )
    """Environment variable names present on this compute version. Values are always redacted as "[redacted]" and must not be treated as deployed secret values."""
    port_mapping: DeploymentPortMapping | None = Field(default=None, alias="portMapping")
    created_at: datetime = Field(alias="createdAt")


class GetDeploymentResponse(LenientModel):
    """GetDeploymentResponse"""

    data: Deployment


class GetDeploymentLogsEventLog(LenientModel):
    """GetDeploymentLogsEventLog"""

    type: Literal["log"]
    text: str
    byte_start: int | float = Field(alias="byteStart")
    byte_end: int | float = Field(alias="byteEnd")


class GetDeploymentLogsEventTerminal(LenientModel):
    """GetDeploymentLogsEventTerminal"""

    type: Literal["terminal"]
    kind: Literal["end", "error"]
    code: str
    message: str
    retryable: bool
    cursor: str | None
    details: dict[str, Any] | None = Field(default=None)


GetDeploymentLogsEvent = Annotated[
    Union[GetDeploymentLogsEventLog, GetDeploymentLogsEventTerminal], Field(discriminator="type")
]


class StartDeploymentResult(LenientModel):
    """StartDeploymentResult"""

    preview_domain: str = Field(alias="previewDomain")


class StartDeploymentResponse(LenientModel):
    """StartDeploymentResponse"""

    data: StartDeploymentResult


__all__ = [
    "Deployment",
    "DeploymentPortMapping",
    "GetDeploymentLogsEvent",
    "GetDeploymentLogsEventLog",
    "GetDeploymentLogsEventTerminal",
    "GetDeploymentResponse",
    "StartDeploymentResponse",
    "StartDeploymentResult",
]
