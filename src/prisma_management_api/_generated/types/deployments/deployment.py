"""Response model ``Deployment`` of ``client.deployments``: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime
from typing import Literal

from pydantic import Field

from ...._models import LenientModel
from .deployment_port_mapping import DeploymentPortMapping


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


__all__ = ["Deployment"]
