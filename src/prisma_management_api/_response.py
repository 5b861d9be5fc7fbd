"""The HTTP response as the SDK hands it to users: the same whichever HTTP library sent it."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Union, cast

from typing_extensions import TypeAlias

from ._json import parse_json


class Headers(Mapping[str, str]):
    """Response headers, case-insensitive; repeated headers are joined with ", "."""

    __slots__ = ("_items",)

    def __init__(self, items: Iterable[tuple[str, str]] = ()) -> None:
        merged: dict[str, tuple[str, str]] = {}
        for key, value in items:
            lower = key.lower()
            if lower in merged:
                merged[lower] = (merged[lower][0], merged[lower][1] + ", " + value)
            else:
                merged[lower] = (key, value)
        self._items = merged

    def __getitem__(self, key: str) -> str:
        return self._items[key.lower()][1]

    def __iter__(self) -> Iterator[str]:
        return (original for original, _ in self._items.values())

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key.lower() in self._items

    def __repr__(self) -> str:
        # Header values may carry secrets (Set-Cookie, tokens echoed back): show names only.
        return f"Headers({sorted(self._items)!r})"


ResponseHeadersInit: TypeAlias = Union[Headers, Mapping[str, str], Iterable[tuple[str, str]], None]


def header_pairs(headers: Mapping[str, str] | Iterable[tuple[str, str]] | None) -> Iterable[tuple[str, str]]:
    """``(name, value)`` pairs of headers given as a mapping or as pairs."""
    if headers is None:
        return ()
    if isinstance(headers, Mapping):
        return cast("Mapping[str, str]", headers).items()
    return headers


class Response:
    """Status, headers and body of one HTTP response.

    ``content`` is the whole body; it is ``None`` for a streamed response (NDJSON, or
    ``parse_as="stream"``), which is read through the result's ``data`` iterator instead.

    A middleware may make one to answer in the server's place: ``Response(200, {"Content-Type":
    "application/json"}, content=b"{}")`` or ``Response.from_json({...})``; the URL and method are
    then those of the request.
    """

    __slots__ = ("content", "headers", "method", "status", "url")

    def __init__(
        self,
        status: int,
        headers: ResponseHeadersInit = None,
        *,
        url: str = "",
        method: str = "",
        content: bytes | None = None,
    ) -> None:
        self.status = status
        if not isinstance(headers, Headers):
            headers = Headers(header_pairs(headers))
        self.headers = headers
        self.url = url
        self.method = method
        self.content = content

    @classmethod
    def from_json(cls, value: Any, status: int = 200, headers: ResponseHeadersInit = None) -> Response:
        """A response with ``value`` as its JSON body (``Content-Type: application/json`` unless
        ``headers`` say otherwise)."""
        given = headers if isinstance(headers, Headers) else Headers(header_pairs(headers))
        pairs = [(key, given[key]) for key in given]
        if "content-type" not in given:
            pairs.append(("Content-Type", "application/json"))
        content = json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()
        return cls(status, Headers(pairs), content=content)

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300

    @property
    def text(self) -> str:
        return (self.content or b"").decode("utf-8", errors="replace")

    def json(self) -> Any:
        """The body as parsed JSON: the raw data behind any model."""
        if not self.content:
            return None
        return parse_json(self.content)  # ValueError if malformed or nested too deeply

    def __repr__(self) -> str:
        # The URL's query is left out: it is not ours to print.
        return f"<Response [{self.status}] {self.method} {self.url.split('?', 1)[0]}>"
