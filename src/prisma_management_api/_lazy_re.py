"""Regular expressions compiled on first use.

Compiling a pattern costs 0.1-0.4 ms. Those that only reprs, redirects and middleware need were
~0.8 ms of a first response (import, client, one GET) that never uses them (bench/README.md).
"""

from __future__ import annotations

import re


class LazyPattern:
    """``re.compile(pattern, flags)``, done on the first ``search``."""

    __slots__ = ("_compiled", "_flags", "_pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def search(self, string: str) -> re.Match[str] | None:
        compiled = self._compiled
        if compiled is None:  # two threads may both compile: the same pattern, harmless
            compiled = self._compiled = re.compile(self._pattern, self._flags)
        return compiled.search(string)

    def __repr__(self) -> str:
        return f"LazyPattern({self._pattern!r}, {self._flags!r})"
