"""Response model ``CreateGithubActionsTokenErrorResponse`` of ``client.auth``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Literal

import msgspec

from ...._models import LenientModel


class CreateGithubActionsTokenErrorResponse(LenientModel, kw_only=True):
    """CreateGithubActionsTokenErrorResponse"""

    error: Literal["unauthorized"]
    error_description: str = msgspec.field(name="errorDescription")


__all__ = ["CreateGithubActionsTokenErrorResponse"]
