"""What ``credentials=`` of a client accepts: something that authenticates each request as a
middleware of the flow pipeline (see :class:`~prisma_management_api.GitHubActionsOIDC`)."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from ._pipeline import Middleware


@runtime_checkable
class Credentials(Protocol):
    def middleware(self, base_url: str) -> Middleware:
        """The middleware that authenticates the requests of a client of ``base_url``."""
        ...
