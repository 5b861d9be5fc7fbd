"""Pagers: the list methods' results, iterating items across pages as they are needed.

``for project in client.projects.list(): ...`` fetches the first page when iteration starts and
the next one (``?cursor=<pagination.nextCursor>``) only when the current one is used up, while
``pagination.hasMore`` is true. Only the page being read is held: memory stays flat however many
items there are (bench/pagination_memory.py). ``iter_pages()`` yields whole pages instead (the
response models, with ``data`` and ``pagination``).

Async: the list methods of the async client are plain methods returning an :class:`AsyncPager`,
so there is nothing to await before iterating: ``async for project in client.projects.list(): ...``.

A pager is a query, not a snapshot: each iteration starts again from the first page.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, Generic, TypeVar

from ._exceptions import ResponseParseError
from ._resource import unwrap
from ._result import ApiResult

ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT")


def _items_of(page: Any) -> list[Any]:
    data = getattr(page, "data", None)
    return data if isinstance(data, list) else []  # pyright: ignore[reportUnknownVariableType]


class _Cursor:
    """Where the next page starts; sans-I/O, shared by both pagers."""

    __slots__ = ("follows", "seen")

    def __init__(self, follows: bool) -> None:
        self.follows = follows
        self.seen: set[str] = set()

    def after(self, page: Any, result: ApiResult[Any, Any]) -> str | None:
        """The cursor of the page after ``page``; None when it was the last one."""
        pagination = getattr(page, "pagination", None)
        if not self.follows or pagination is None or getattr(pagination, "has_more", False) is not True:
            return None
        cursor = getattr(pagination, "next_cursor", None)
        url = result.response.url.split("?", 1)[0]
        if not isinstance(cursor, str) or not cursor:
            raise ResponseParseError(f"{url} said hasMore without a nextCursor to continue from")
        if cursor in self.seen:
            # A server bug must not become an endless loop.
            raise ResponseParseError(f"{url} returned the cursor {cursor!r} twice")
        self.seen.add(cursor)
        return cursor


class SyncPager(Generic[ItemT, PageT]):
    """Iterate for items (``ItemT``) across pages; ``iter_pages()`` for the pages (``PageT``)."""

    __slots__ = ("_cursor", "_fetch", "_follows")

    def __init__(
        self,
        fetch: Callable[[str | None], ApiResult[PageT, Any]],
        *,
        cursor: str | None = None,
        follows: bool = True,
    ) -> None:
        self._fetch = fetch
        self._cursor = cursor
        self._follows = follows  # False when the operation has no cursor: one page is all

    def iter_pages(self) -> Iterator[PageT]:
        cursors = _Cursor(self._follows)
        cursor = self._cursor
        while True:
            result = self._fetch(cursor)
            page: PageT = unwrap(result)
            cursor = cursors.after(page, result)
            del result  # the raw bytes: not kept while the caller reads the page
            yield page
            if cursor is None:
                return
            del page

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.iter_pages():
            items: list[ItemT] = _items_of(page)
            del page  # hold the items only, and not while the next page loads
            yield from items
            del items

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"


class AsyncPager(Generic[ItemT, PageT]):
    """``async for`` items across pages; ``iter_pages()`` for the pages. Made without awaiting."""

    __slots__ = ("_cursor", "_fetch", "_follows")

    def __init__(
        self,
        fetch: Callable[[str | None], Awaitable[ApiResult[PageT, Any]]],
        *,
        cursor: str | None = None,
        follows: bool = True,
    ) -> None:
        self._fetch = fetch
        self._cursor = cursor
        self._follows = follows

    async def iter_pages(self) -> AsyncIterator[PageT]:
        cursors = _Cursor(self._follows)
        cursor = self._cursor
        while True:
            result = await self._fetch(cursor)
            page: PageT = unwrap(result)
            cursor = cursors.after(page, result)
            del result
            yield page
            if cursor is None:
                return
            del page

    def __aiter__(self) -> AsyncIterator[ItemT]:
        return self._items()

    async def _items(self) -> AsyncIterator[ItemT]:
        async for page in self.iter_pages():
            items: list[ItemT] = _items_of(page)
            del page
            for item in items:
                yield item
            del items

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"
