"""Reading an answer's body: within ``max_response_size``, by the call's deadline, gzip decoded here.

Why here and not in each HTTP library: they decode differently (urllib3 decodes gzip it never asked
for), none bounds the *decoded* size (a 1 MB gzip bomb became 3 GB), and none knows our deadline.
So the transports ask their library for the raw bytes and feed them to a :class:`BodyReader`,
which decodes with a bounded output, stops at the limit, and checks the deadline between reads.

Memory: the chunks read plus, while they are joined, one copy: at most twice the body.
"""

from __future__ import annotations

import zlib
from collections.abc import AsyncIterable, Iterable

from .._core import PreparedRequest
from .._deadline import check_deadline, describe
from .._exceptions import ResponseParseError, ResponseTooLargeError
from .._response import Headers

CHUNK_SIZE = 65536
_STEP = 1024 * 1024  # bytes of decoded output per decompress call
_GZIP_OR_ZLIB = zlib.MAX_WBITS | 32  # accept a gzip or a zlib header (both seen as "deflate")


def too_large(request: PreparedRequest, limit: int) -> ResponseTooLargeError:
    return ResponseTooLargeError(
        f"the answer to {describe(request)} is larger than max_response_size={limit} bytes",
        method=request.method,
        url=request.url,
        limit=limit,
    )


def join_within_limit(request: PreparedRequest, chunks: Iterable[bytes]) -> bytes:
    """A streamed answer read whole after all (an error answer, ``parse_as="text"``): within
    ``max_response_size`` like any buffered body, the stream's library having decoded it."""
    parts: list[bytes] = []
    size, limit = 0, request.max_response_size
    for chunk in chunks:
        size += len(chunk)
        if limit is not None and size > limit:
            raise too_large(request, limit)
        parts.append(chunk)
    return b"".join(parts)


async def ajoin_within_limit(request: PreparedRequest, chunks: AsyncIterable[bytes]) -> bytes:
    """The async twin of :func:`join_within_limit`."""
    parts: list[bytes] = []
    size, limit = 0, request.max_response_size
    async for chunk in chunks:
        size += len(chunk)
        if limit is not None and size > limit:
            raise too_large(request, limit)
        parts.append(chunk)
    return b"".join(parts)


class BodyReader:
    """Collects one answer's body: ``feed(raw)`` as bytes arrive, then ``finish()``.

    Raises :class:`ResponseTooLargeError` as soon as the decoded body passes the limit (and before
    reading anything when ``Content-Length`` already says so), :class:`APITimeoutError` when the
    deadline passes, :class:`ResponseParseError` for a body it cannot decode.
    """

    __slots__ = ("_chunks", "_decoder", "_encoding", "_length", "_limit", "_request", "_size")

    def __init__(self, request: PreparedRequest, headers: Headers) -> None:
        self._request = request
        self._limit = request.max_response_size
        self._encoding = _encoding(request, headers.get("content-encoding"))
        self._decoder = zlib.decompressobj(_GZIP_OR_ZLIB) if self._encoding else None
        self._chunks: list[bytes] = []
        self._size = 0
        self._length = length = _content_length(headers)
        if self._limit is not None and self._decoder is None and length is not None and length > self._limit:
            raise too_large(request, self._limit)

    @property
    def in_one_read(self) -> bool:
        """Whether the library may read the whole body in one go (the fast path of small answers):
        its length is known and within the limit, nothing to decode, no deadline to check."""
        return self._length is not None and self._decoder is None and self._request.deadline is None

    def feed(self, data: bytes) -> None:
        check_deadline(self._request)
        if self._decoder is None:
            self._add(data)
            return
        try:
            while data:
                # Never more output than the limit leaves room for (plus one byte to notice), and
                # at most a step at a time: memory stays near the limit, not twice it.
                room = _STEP if self._limit is None else min(_STEP, self._limit - self._size + 1)
                self._add(self._decoder.decompress(data, room))
                if self._decoder.eof:
                    break  # anything after the gzip member is not body
                data = self._decoder.unconsumed_tail
        except zlib.error as exc:
            raise self._undecodable() from exc

    def finish(self) -> bytes:
        if self._decoder is not None and not self._decoder.eof:
            try:
                self._add(self._decoder.flush())
            except zlib.error as exc:
                raise self._undecodable() from exc
            if self._size and not self._decoder.eof:
                raise self._undecodable()  # truncated: the answer ended inside the gzip stream
        body = b"".join(self._chunks)  # a single chunk is returned as is, without a copy
        self._chunks.clear()
        return body

    def _add(self, data: bytes) -> None:
        if not data:
            return
        self._size += len(data)
        if self._limit is not None and self._size > self._limit:
            self._chunks.clear()
            raise too_large(self._request, self._limit)
        self._chunks.append(data)

    def _undecodable(self) -> ResponseParseError:
        return ResponseParseError(
            f"{describe(self._request)} answered with a {self._encoding} body that could not be decoded"
        )


def _encoding(request: PreparedRequest, header: str | None) -> str | None:
    """The content coding to undo (gzip or deflate), None for none; any other is an error."""
    codings = [part.strip().lower() for part in (header or "").split(",")]
    codings = [coding for coding in codings if coding and coding != "identity"]
    if not codings:
        return None
    if len(codings) == 1 and codings[0] in ("gzip", "x-gzip", "deflate"):
        return codings[0]
    raise ResponseParseError(
        f"{describe(request)} answered with Content-Encoding {header!r}, which the SDK does not decode "
        "(it asks for gzip only)"
    )


def _content_length(headers: Headers) -> int | None:
    value = headers.get("content-length")
    if value is None or not value.strip().isdigit():
        return None
    return int(value)
