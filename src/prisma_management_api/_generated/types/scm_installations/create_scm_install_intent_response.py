"""Response model ``CreateScmInstallIntentResponse`` of ``client.scm_installations``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from ...._models import LenientModel
from .scm_install_intent import ScmInstallIntent


class CreateScmInstallIntentResponse(LenientModel, kw_only=True):
    """CreateScmInstallIntentResponse"""

    data: ScmInstallIntent


__all__ = ["CreateScmInstallIntentResponse"]
