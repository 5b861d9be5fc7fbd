"""Response model ``ScmInstallationRepository`` of ``client.scm_installations``: a lenient pydantic class.

Generated from Prisma Postgres Management API v1 by ``python -m codegen``. Do not edit: change the generator
or the OpenAPI document and regenerate.
"""

from typing import Literal

from pydantic import Field

from ...._models import LenientModel


class ScmInstallationRepository(LenientModel):
    """ScmInstallationRepository"""

    id: int | float = Field(description="Numeric repository ID assigned by the SCM provider")
    """Numeric repository ID assigned by the SCM provider"""
    type: Literal["scm-repository"]
    full_name: str = Field(alias="fullName", description='Full repository name, e.g. "octocat/hello"')
    """Full repository name, e.g. "octocat/hello\""""
    default_branch: str = Field(alias="defaultBranch")
    is_private: bool = Field(alias="isPrivate")


__all__ = ["ScmInstallationRepository"]
