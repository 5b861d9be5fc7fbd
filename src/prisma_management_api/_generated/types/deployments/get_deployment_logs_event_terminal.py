"""Response model ``GetDeploymentLogsEventTerminal`` of ``client.deployments``: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Any, Literal

from pydantic import Field

from ...._models import LenientModel


class GetDeploymentLogsEventTerminal(LenientModel):
    """GetDeploymentLogsEventTerminal"""

    type: Literal["terminal"]
    kind: Literal["end", "error"]
    code: str
    message: str
    retryable: bool
    cursor: str | None
    details: dict[str, Any] | None = Field(default=None)


__all__ = ["GetDeploymentLogsEventTerminal"]
