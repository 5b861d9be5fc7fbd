"""``parse_as``: what a successful answer's ``data`` is made of (the model, text, bytes or a stream).

As openapi-fetch's ``parseAs``, it applies to a 2xx answer only: an error body is parsed into the
operation's error model whatever ``parse_as`` says. Where Python differs: an empty body is ``""`` /
``b""`` / a stream of no chunks, not ``None``, so that ``data`` keeps the type the checker sees.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Callable, Iterator
from email.message import Message
from types import TracebackType
from typing import Any, Literal

from typing_extensions import TypeAlias

ParseAs: TypeAlias = Literal["json", "text", "bytes", "stream"]
PARSE_AS_VALUES: tuple[ParseAs, ...] = ("json", "text", "bytes", "stream")


def check_parse_as(value: ParseAs) -> ParseAs:
    if value not in PARSE_AS_VALUES:  # a caller without a type checker
        raise ValueError(f"parse_as must be one of {', '.join(map(repr, PARSE_AS_VALUES))}, got {value!r}")
    return value


def charset_of(content_type: str | None) -> str:
    """The ``charset`` of a Content-Type (UTF-8, the JSON and NDJSON encoding, when none)."""
    if not content_type:
        return "utf-8"
    message = Message()
    message["content-type"] = content_type
    charset = message.get_param("charset")
    if isinstance(charset, str):
        try:
            import codecs

            return codecs.lookup(charset).name
        except LookupError:
            pass  # an unknown charset: UTF-8 with replacement beats failing the whole call
    return "utf-8"


def decode_text(content: bytes | None, content_type: str | None) -> str:
    return (content or b"").decode(charset_of(content_type), errors="replace")


class ByteStream:
    """The body of ``parse_as="stream"``: an iterator of byte chunks as they arrive, nothing
    buffered. The connection goes back to the pool when the chunks are exhausted, on ``close()``
    or at the end of a ``with`` block; a stream left half-read keeps it until then."""

    __slots__ = ("_chunks", "_close", "_closed")

    def __init__(self, chunks: Iterator[bytes], close: Callable[[], Any]) -> None:
        self._chunks = chunks
        self._close = close
        self._closed = False

    def __iter__(self) -> Iterator[bytes]:
        if self._closed:
            raise ValueError("the stream is closed")
        try:
            for chunk in self._chunks:
                if chunk:
                    yield chunk
        finally:
            self.close()

    def read(self) -> bytes:
        """The rest of the body in one piece (for a body known to be small)."""
        return b"".join(self)

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._close()

    def __enter__(self) -> ByteStream:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<ByteStream {'closed' if self._closed else 'open'}>"


class AsyncByteStream:
    """``async for chunk in stream``: the async twin of :class:`ByteStream` (``aclose()``,
    ``async with``)."""

    __slots__ = ("_chunks", "_close", "_closed")

    def __init__(self, chunks: AsyncIterator[bytes], close: Callable[[], Any]) -> None:
        self._chunks = chunks
        self._close = close
        self._closed = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        if self._closed:
            raise ValueError("the stream is closed")
        try:
            async for chunk in self._chunks:
                if chunk:
                    yield chunk
        finally:
            await self.aclose()

    async def read(self) -> bytes:
        """The rest of the body in one piece (for a body known to be small)."""
        return b"".join([chunk async for chunk in self])

    @property
    def closed(self) -> bool:
        return self._closed

    async def aclose(self) -> None:
        if not self._closed:
            self._closed = True
            outcome = self._close()
            if inspect.isawaitable(outcome):  # not asyncio: a sync call must not import it
                await outcome

    async def __aenter__(self) -> AsyncByteStream:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"<AsyncByteStream {'closed' if self._closed else 'open'}>"


__all__ = ["PARSE_AS_VALUES", "AsyncByteStream", "ByteStream", "ParseAs", "charset_of", "decode_text"]
