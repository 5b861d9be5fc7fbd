"""Newline-delimited JSON, read lazily: one parsed record per line, never the whole body at once."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from types import TracebackType
from typing import Any, Generic, TypeVar

from ._exceptions import NdjsonLineTooLongError, ResponseParseError
from ._json import parse_json
from ._types import DEFAULT_MAX_LINE_BYTES, check_max_line_bytes

T = TypeVar("T")


class LineSplitter:
    """Sans-I/O: feed byte chunks, get complete lines back; the sync and async readers share it.

    Linear in the bytes fed, however they are cut: a chunk is searched once for newlines, and the
    unfinished line is kept as a list of pieces, joined once when its newline arrives (appending
    to one ``bytes`` copied the whole line per chunk: a 64 MB line took minutes). A line longer
    than ``max_line_bytes`` raises :class:`NdjsonLineTooLongError` once it is that long (before
    its end), so a hostile stream cannot make it buffer without bound.
    """

    __slots__ = ("_overflow", "_parts", "_size", "max_line_bytes")

    def __init__(self, max_line_bytes: int = DEFAULT_MAX_LINE_BYTES) -> None:
        self.max_line_bytes = check_max_line_bytes(max_line_bytes)
        self._parts: list[bytes] = []
        self._size = 0
        self._overflow = False

    def feed(self, chunk: bytes) -> list[bytes]:
        """The lines this chunk completes. A line over the limit is raised on the next call, so
        the complete lines before it, even in the same chunk, are delivered first."""
        self._raise_on_overflow()
        lines: list[bytes] = []
        start = 0
        end = chunk.find(b"\n")
        while end >= 0:
            if not self._keep(chunk[start:end]):
                return lines
            line = b"".join(self._parts)
            self._parts.clear()
            self._size = 0
            if line.strip():
                lines.append(line)
            start = end + 1
            end = chunk.find(b"\n", start)
        if start < len(chunk):
            self._keep(chunk[start:])
        return lines

    def flush(self) -> list[bytes]:
        self._raise_on_overflow()
        rest = b"".join(self._parts)
        self._parts.clear()
        self._size = 0
        return [rest] if rest.strip() else []

    def _keep(self, piece: bytes) -> bool:
        self._size += len(piece)
        if self._size > self.max_line_bytes:
            self._overflow = True
            self._parts.clear()  # nothing of it will be used: free it now
            return False
        if piece:
            self._parts.append(piece)
        return True

    def _raise_on_overflow(self) -> None:
        if self._overflow:
            raise NdjsonLineTooLongError(self.max_line_bytes)


def _parse(line: bytes, number: int) -> Any:
    try:
        return parse_json(line)
    except ValueError as exc:  # malformed, or nested too deeply (never a raw RecursionError)
        raise ResponseParseError(f"NDJSON line {number} is not valid JSON ({exc})") from None


class NdjsonStream(Generic[T]):
    """An iterator of records; closes the connection when exhausted or on ``close()``/``with``."""

    def __init__(
        self,
        chunks: Iterator[bytes],
        close: Callable[[], None],
        parse: Callable[[Any], T],
        max_line_bytes: int = DEFAULT_MAX_LINE_BYTES,
    ) -> None:
        self._chunks = chunks
        self._close = close
        self._parse = parse
        self._closed = False
        self.max_line_bytes = check_max_line_bytes(max_line_bytes)

    def __iter__(self) -> Iterator[T]:
        splitter = LineSplitter(self.max_line_bytes)
        number = 0
        try:
            for chunk in self._chunks:
                for line in splitter.feed(chunk):
                    number += 1
                    yield self._parse(_parse(line, number))
            for line in splitter.flush():
                yield self._parse(_parse(line, number + 1))
        finally:
            self.close()

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._close()

    def __enter__(self) -> NdjsonStream[T]:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncNdjsonStream(Generic[T]):
    """``async for`` over records; closes the connection when exhausted or on ``aclose()``."""

    def __init__(
        self,
        chunks: AsyncIterator[bytes],
        close: Callable[[], Any],
        parse: Callable[[Any], T],
        max_line_bytes: int = DEFAULT_MAX_LINE_BYTES,
    ) -> None:
        self._chunks = chunks
        self._close = close
        self._parse = parse
        self._closed = False
        self.max_line_bytes = check_max_line_bytes(max_line_bytes)

    async def __aiter__(self) -> AsyncIterator[T]:
        splitter = LineSplitter(self.max_line_bytes)
        number = 0
        try:
            async for chunk in self._chunks:
                for line in splitter.feed(chunk):
                    number += 1
                    yield self._parse(_parse(line, number))
            for line in splitter.flush():
                yield self._parse(_parse(line, number + 1))
        finally:
            await self.aclose()

    async def aclose(self) -> None:
        if not self._closed:
            self._closed = True
            outcome = self._close()
            if hasattr(outcome, "__await__"):
                await outcome

    async def __aenter__(self) -> AsyncNdjsonStream[T]:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
