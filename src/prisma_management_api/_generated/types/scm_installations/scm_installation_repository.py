"""Response model ``ScmInstallationRepository`` of ``client.scm_installations``: a lenient msgspec struct.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Literal

import msgspec

from ...._models import LenientModel


class ScmInstallationRepository(LenientModel, kw_only=True):
    """ScmInstallationRepository"""

    id: int | float
    """Numeric repository ID assigned by the SCM provider"""
    type: Literal["scm-repository"]
    full_name: str = msgspec.field(name="fullName")
    """Full repository name, e.g. "octocat/hello\""""
    default_branch: str = msgspec.field(name="defaultBranch")
    is_private: bool = msgspec.field(name="isPrivate")


__all__ = ["ScmInstallationRepository"]
