"""Response model ``Deployment`` of ``client.deployments``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from datetime import datetime
from typing import ClassVar, Literal

import msgspec

from ...._models import LenientModel
from .deployment_port_mapping import DeploymentPortMapping


class Deployment(LenientModel, kw_only=True):
    """Deployment"""

    id: str
    type: Literal["deployment"]
    url: str
    service_id: str = msgspec.field(name="serviceId")
    foundry_version_id: str = msgspec.field(name="foundryVersionId")
    status: str
    preview_domain: str | None = msgspec.field(name="previewDomain")
    env_vars: dict[str, str] | None = msgspec.field(name="envVars", default=None)
    """Environment variable names present on this compute version. Values are always redacted as "[redacted]" and must not be treated as deployed secret values."""
    port_mapping: DeploymentPortMapping | None = msgspec.field(name="portMapping", default=None)
    created_at: datetime = msgspec.field(name="createdAt")

    __secret_fields__: ClassVar[frozenset[str]] = frozenset({"env_vars"})
    """Fields holding credentials: left out of reprs."""


__all__ = ["Deployment"]
