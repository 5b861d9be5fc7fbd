"""Newline-delimited JSON, read lazily: one parsed record per line, never the whole body at once."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Iterator
from types import TracebackType
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class LineSplitter:
    """Sans-I/O: feed byte chunks, get complete lines back; the sync and async readers share it."""

    __slots__ = ("_buffer",)

    def __init__(self) -> None:
        self._buffer = b""

    def feed(self, chunk: bytes) -> list[bytes]:
        self._buffer += chunk
        if b"\n" not in chunk:
            return []
        *lines, self._buffer = self._buffer.split(b"\n")
        return [line for line in lines if line.strip()]

    def flush(self) -> list[bytes]:
        rest, self._buffer = self._buffer, b""
        return [rest] if rest.strip() else []


def _parse(line: bytes) -> Any:
    return json.loads(line)


class NdjsonStream(Generic[T]):
    """An iterator of records; closes the connection when exhausted or on ``close()``/``with``."""

    def __init__(self, chunks: Iterator[bytes], close: Callable[[], None], parse: Callable[[Any], T]) -> None:
        self._chunks = chunks
        self._close = close
        self._parse = parse
        self._closed = False

    def __iter__(self) -> Iterator[T]:
        splitter = LineSplitter()
        try:
            for chunk in self._chunks:
                for line in splitter.feed(chunk):
                    yield self._parse(_parse(line))
            for line in splitter.flush():
                yield self._parse(_parse(line))
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
        self, chunks: AsyncIterator[bytes], close: Callable[[], Any], parse: Callable[[Any], T]
    ) -> None:
        self._chunks = chunks
        self._close = close
        self._parse = parse
        self._closed = False

    async def __aiter__(self) -> AsyncIterator[T]:
        splitter = LineSplitter()
        try:
            async for chunk in self._chunks:
                for line in splitter.feed(chunk):
                    yield self._parse(_parse(line))
            for line in splitter.flush():
                yield self._parse(_parse(line))
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
