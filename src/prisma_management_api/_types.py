"""Small shared types of the public API: timeouts and header arguments."""

from __future__ import annotations

import enum
import math
from collections.abc import Callable, Mapping
from typing import TypeVar, Union

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
    """Seconds to wait: ``connect`` for a connection, ``read`` for each read of the answer, and
    ``total`` for the whole call.

    ``None`` waits forever. ``Timeout(10)`` sets connect and read; ``Timeout(10, read=60)`` sets
    them apart. ``total`` (off by default) is a deadline for the call: connecting, sending,
    reading the whole answer, every retry and every backoff sleep between them. Per-read timeouts
    alone let a server that trickles a byte every few seconds hold a call forever; ``total`` does
    not. When it passes, :class:`~prisma_management_api.APITimeoutError` is raised; a retry whose
    backoff would end after it is not attempted (the last answer or error is returned at once).
    For a streamed (NDJSON) call it covers getting the answer, not iterating the stream. It
    bounds the wait for a token refresh too (the refresh itself runs on to its end).
    """

    __slots__ = ("connect", "read", "total")

    def __init__(
        self,
        timeout: float | None = None,
        *,
        connect: float | _Unset | None = _UNSET,
        read: float | _Unset | None = _UNSET,
        total: float | None = None,
    ) -> None:
        self.connect: float | None = _seconds("connect", timeout if isinstance(connect, _Unset) else connect)
        self.read: float | None = _seconds("read", timeout if isinstance(read, _Unset) else read)
        self.total: float | None = _seconds("total", total)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Timeout) and (self.connect, self.read, self.total) == (
            other.connect,
            other.read,
            other.total,
        )

    def __hash__(self) -> int:
        return hash((self.connect, self.read, self.total))

    def __repr__(self) -> str:
        total = "" if self.total is None else f", total={self.total!r}"
        return f"Timeout(connect={self.connect!r}, read={self.read!r}{total})"


DEFAULT_TIMEOUT = Timeout(60.0, connect=10.0)

DEFAULT_MAX_RESPONSE_SIZE = 32 * 1024 * 1024
"""Bytes an answer's body may have (after gzip/deflate decoding) before
:class:`~prisma_management_api.ResponseTooLargeError`: 32 MiB, far above any answer of the API."""


def check_max_response_size(value: object) -> int | None:
    """``max_response_size`` as a client takes it: a positive number of bytes, or None (no limit)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ValueError(f"max_response_size must be a positive number of bytes or None, got {value!r}")
    return value


DEFAULT_MAX_LINE_BYTES = 16 * 1024 * 1024
"""The longest NDJSON line (one record) a stream accepts by default: 16 MiB."""


def check_max_line_bytes(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"max_ndjson_line_bytes must be a positive int, got {value!r}")
    return value


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
    # A number sets connect and read; a deadline (``total``) set on the client is kept.
    return Timeout(float(value), total=default.total)


_F = TypeVar("_F", bound=Callable[..., object])


def deprecated_overload(message: str) -> Callable[[_F], _F]:
    """``typing_extensions.deprecated`` for ``@overload`` definitions, at run time: a no-op.

    An overload is never called (its implementation is), so there is nothing to warn about at run
    time; type checkers read the real decorator (``_generated/client_methods.py`` and
    ``_generated/async_client_methods.py``).
    """

    def mark(function: _F) -> _F:
        return function

    return mark
