"""The HTTP request as a middleware sees it: method, URL, headers and body, all changeable."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, MutableMapping
from typing import Union

from typing_extensions import TypeAlias

from ._response import header_pairs

HeadersInit: TypeAlias = Union[Mapping[str, str], Iterable[tuple[str, str]], None]


class RequestHeaders(MutableMapping[str, str]):
    """Request headers, case-insensitive: ``headers["x-id"] = ...`` replaces an ``X-Id`` already
    there instead of sending the header twice. Names keep the case they were last set with."""

    __slots__ = ("_items",)

    def __init__(self, items: HeadersInit = None) -> None:
        self._items: dict[str, tuple[str, str]] = {}
        for key, value in header_pairs(items):
            self[key] = value

    def __getitem__(self, key: str) -> str:
        return self._items[key.lower()][1]

    def __setitem__(self, key: str, value: str) -> None:
        self._items[key.lower()] = (key, value)

    def __delitem__(self, key: str) -> None:
        del self._items[key.lower()]

    def __iter__(self) -> Iterator[str]:
        return (original for original, _ in self._items.values())

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key.lower() in self._items

    def to_dict(self) -> dict[str, str]:
        return dict(self._items.values())

    def __repr__(self) -> str:
        # Values carry the bearer token: names only, as for response headers.
        return f"RequestHeaders({sorted(self._items)!r})"


class Request:
    """One HTTP request. A middleware's ``on_request`` may change it in place (``request.headers
    ["X-Request-Id"] = ...``) or return another ``Request``; ``body`` is the serialized body."""

    __slots__ = ("body", "headers", "method", "url")

    def __init__(
        self, method: str, url: str, *, headers: HeadersInit = None, body: bytes | None = None
    ) -> None:
        self.method = method
        self.url = url
        self.headers = headers if isinstance(headers, RequestHeaders) else RequestHeaders(headers)
        self.body = body

    def __repr__(self) -> str:
        # Neither headers (the token) nor the query (a caller's filter values) nor the body.
        return f"<Request {self.method} {self.url.split('?', 1)[0]}>"


__all__ = ["HeadersInit", "Request", "RequestHeaders"]
