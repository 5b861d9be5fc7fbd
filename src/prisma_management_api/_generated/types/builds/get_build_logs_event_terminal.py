"""Response model ``GetBuildLogsEventTerminal`` of ``client.builds``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import ClassVar, Literal

from ...._models import LenientModel


class GetBuildLogsEventTerminal(LenientModel, kw_only=True, tag_field="type", tag="terminal"):
    """GetBuildLogsEventTerminal"""

    type: ClassVar[Literal["terminal"]] = "terminal"
    kind: Literal["end", "error"]
    code: str
    message: str
    retryable: bool
    cursor: str | None


__all__ = ["GetBuildLogsEventTerminal"]
