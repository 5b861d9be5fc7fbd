"""Response model ``GetDeploymentLogsEventTerminal`` of ``client.deployments``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Any, ClassVar, Literal

from ...._models import LenientModel


class GetDeploymentLogsEventTerminal(LenientModel, kw_only=True, tag_field="type", tag="terminal"):
    """GetDeploymentLogsEventTerminal"""

    type: ClassVar[Literal["terminal"]] = "terminal"
    kind: Literal["end", "error"]
    code: str
    message: str
    retryable: bool
    cursor: str | None
    details: dict[str, Any] | None = None


__all__ = ["GetDeploymentLogsEventTerminal"]
