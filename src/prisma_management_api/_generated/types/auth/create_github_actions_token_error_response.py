"""Response model ``CreateGithubActionsTokenErrorResponse`` of ``client.auth``: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Literal

from pydantic import Field

from ...._models import LenientModel


class CreateGithubActionsTokenErrorResponse(LenientModel):
    """CreateGithubActionsTokenErrorResponse"""

    error: Literal["unauthorized"]
    error_description: str = Field(alias="errorDescription")


__all__ = ["CreateGithubActionsTokenErrorResponse"]
