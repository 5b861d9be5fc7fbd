"""``prisma-management``: the Prisma Management API from a terminal and from CI (extra ``cli``).

Only Click is imported to parse a command line; the SDK, msgspec and Rich load when a command
runs, so ``--help`` answers fast.
"""

from __future__ import annotations

from ._app import cli, main

__all__ = ["cli", "main"]
