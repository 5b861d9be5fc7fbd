"""Settings read from the environment when they are not passed: an explicit argument always wins.

Read when a client or SDK is made (not at import), so a process may set them first.
"""

from __future__ import annotations

import os

TOKEN_VAR = "PRISMA_SERVICE_TOKEN"  # noqa: S105 (a variable name)
API_URL_VAR = "PRISMA_MANAGEMENT_API_URL"
AUTH_URL_VAR = "PRISMA_AUTH_BASE_URL"
LOG_VAR = "PRISMA_LOG"


def from_env(name: str) -> str | None:
    """The variable's value, or ``None`` when it is unset or blank (an empty ``export X=`` is unset)."""
    value = os.environ.get(name, "").strip()
    return value or None


def token_or_env(token: str | None) -> str | None:
    return token if token is not None else from_env(TOKEN_VAR)


def api_url_or_env(base_url: str | None, default: str) -> str:
    if base_url is not None:
        return base_url
    return from_env(API_URL_VAR) or default


def auth_url_or_env(auth_base_url: str | None, default: str) -> str:
    if auth_base_url is not None:
        return auth_base_url
    return from_env(AUTH_URL_VAR) or default
