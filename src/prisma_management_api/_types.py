"""Small shared types of the public API: timeouts and header arguments."""

from __future__ import annotations

import enum
import math
from collections.abc import Mapping
from typing import Union

from typing_extensions import TypeAlias


class _Unset(enum.Enum):
    UNSET = enum.auto()


_UNSET = _Unset.UNSET


def _seconds(name: str, value: object) -> float | None:
    """A timeout in seconds: ``None`` (wait forever) or a positive, finite number."""
    if value is None:
        return None
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not math.isfinite(value)
        or value <= 0
    ):
        raise ValueError(
            f"timeout {name} must be a positive, finite number of seconds or None, got {value!r}"
        )
    return float(value)


class Timeout:
    """Seconds to wait: ``connect`` for a connection, ``read`` for each read of the answer.

    ``None`` waits forever. ``Timeout(10)`` sets both; ``Timeout(10, read=60)`` sets them apart.
    """

    __slots__ = ("connect", "read")

    def __init__(
        self,
        timeout: float | None = None,
        *,
        connect: float | _Unset | None = _UNSET,
        read: float | _Unset | None = _UNSET,
    ) -> None:
        self.connect: float | None = _seconds("connect", timeout if isinstance(connect, _Unset) else connect)
        self.read: float | None = _seconds("read", timeout if isinstance(read, _Unset) else read)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Timeout) and (self.connect, self.read) == (other.connect, other.read)

    def __hash__(self) -> int:
        return hash((self.connect, self.read))

    def __repr__(self) -> str:
        return f"Timeout(connect={self.connect!r}, read={self.read!r})"


DEFAULT_TIMEOUT = Timeout(60.0, connect=10.0)

HeadersArg: TypeAlias = Union[Mapping[str, Union[str, None]], None]
"""Extra request headers; ``None`` adds none. A header given as ``None`` removes the client's
header of that name (``headers={"User-Agent": None}``)."""

TimeoutArg: TypeAlias = Union[float, Timeout, None]
"""A per-call timeout in seconds, or a :class:`Timeout`; ``None`` keeps the client's."""


def to_timeout(value: float | Timeout | None, default: Timeout) -> Timeout:
    if value is None:
        return default
    if isinstance(value, Timeout):
        return value
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not math.isfinite(value)
        or value <= 0
    ):
        raise ValueError(f"timeout must be a positive, finite number of seconds or a Timeout, got {value!r}")
    return Timeout(float(value))
