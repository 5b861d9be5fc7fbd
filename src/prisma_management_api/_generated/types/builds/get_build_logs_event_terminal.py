"""Response model ``GetBuildLogsEventTerminal`` of ``client.builds``: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Literal

from ...._models import LenientModel


class GetBuildLogsEventTerminal(LenientModel):
    """GetBuildLogsEventTerminal"""

    type: Literal["terminal"]
    kind: Literal["end", "error"]
    code: str
    message: str
    retryable: bool
    cursor: str | None


__all__ = ["GetBuildLogsEventTerminal"]
