"""Response model ``CreateGithubActionsTokenResponse`` of ``client.auth``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .github_actions_token import GithubActionsToken


class CreateGithubActionsTokenResponse(LenientModel, kw_only=True):
    """CreateGithubActionsTokenResponse"""

    data: GithubActionsToken


__all__ = ["CreateGithubActionsTokenResponse"]
