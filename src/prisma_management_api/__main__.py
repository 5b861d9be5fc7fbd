"""``python -m prisma_management_api``: the ``prisma-management`` CLI (extra ``cli``)."""

from __future__ import annotations

try:
    from ._cli import main
except ImportError as exc:  # click is the cli extra
    raise SystemExit(
        f"prisma-management needs the cli extra: pip install 'prisma-management-api[cli]' ({exc})"
    ) from None

main()
