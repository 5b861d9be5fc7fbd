"""Pagers: items across pages, fetched lazily, against the fake (real cursors) and a scripted
server (answers the fake never gives: a broken cursor chain)."""

from __future__ import annotations

import json
from itertools import islice

import pytest
from support.loopback import LoopbackServer, RecordedRequest, Reply

from prisma_management_api import (
    AsyncManagementApiClient,
    AsyncPager,
    ManagementApiClient,
    ResponseParseError,
    SyncPager,
    UnprocessableEntityError,
    create_async_management_api_client,
    create_management_api_client,
)
from prisma_management_api.testing import FakePrismaPlatform

LIST = "GET /v1/projects"


def _make_projects(client: ManagementApiClient, count: int) -> list[str]:
    return [client.projects.create(name=f"p{i}").id for i in range(count)]


def test_an_empty_list_yields_nothing_after_one_request(
    fake: FakePrismaPlatform, client: ManagementApiClient
) -> None:
    pager = client.projects.list()
    assert fake.counters.hits(LIST) == 0  # nothing is fetched before iterating
    assert list(pager) == []
    assert fake.counters.hits(LIST) == 1
    pages = list(pager.iter_pages())
    assert [(page.data, page.pagination.has_more) for page in pages] == [([], False)]


def test_one_page(fake: FakePrismaPlatform, client: ManagementApiClient) -> None:
    ids = _make_projects(client, 3)
    assert [p.id for p in client.projects.list(limit=5)] == ids
    assert fake.counters.hits(LIST) == 1


@pytest.mark.parametrize(("count", "limit", "pages"), [(4, 2, 2), (5, 2, 3), (6, 3, 2), (1, 1, 1)])
def test_items_across_pages_in_order_without_an_extra_request(
    fake: FakePrismaPlatform, client: ManagementApiClient, count: int, limit: int, pages: int
) -> None:
    ids = _make_projects(client, count)
    assert [p.id for p in client.projects.list(limit=limit)] == ids
    # An exact page boundary ends with hasMore false: no empty trailing page is asked for.
    assert fake.counters.hits(LIST) == pages
    sizes = [len(page.data) for page in client.projects.list(limit=limit).iter_pages()]
    assert sum(sizes) == count and len(sizes) == pages


def test_pages_are_fetched_only_as_items_are_used(
    fake: FakePrismaPlatform, client: ManagementApiClient
) -> None:
    ids = _make_projects(client, 7)
    pager = client.projects.list(limit=2)
    iterator = iter(pager)
    assert next(iterator).id == ids[0]
    assert fake.counters.hits(LIST) == 1
    assert [p.id for p in islice(iterator, 2)] == ids[1:3]
    assert fake.counters.hits(LIST) == 2
    # Stopping early makes no further requests; iterating again starts over.
    assert [p.id for p in islice(pager, 1)] == ids[:1]
    assert fake.counters.hits(LIST) == 3


def test_a_list_resumes_from_a_cursor(client: ManagementApiClient) -> None:
    ids = _make_projects(client, 5)
    first = next(iter(client.projects.list(limit=2).iter_pages()))
    cursor = first.pagination.next_cursor
    assert cursor is not None
    assert [p.id for p in client.projects.list(limit=2, cursor=cursor)] == ids[2:]


def test_an_invalid_cursor_raises_when_iterated(client: ManagementApiClient) -> None:
    pager = client.projects.list(cursor="not-a-cursor")
    with pytest.raises(UnprocessableEntityError) as raised:
        list(pager)
    assert "cursor" in raised.value.message


def test_nested_lists_page_too(fake: FakePrismaPlatform, client: ManagementApiClient) -> None:
    project = client.projects.create(name="p")
    names = [f"b{i}" for i in range(5)]
    for name in names:
        client.projects.branches.create(project.id, git_name=name)
    pager = client.projects.branches.list(project.id, limit=2)
    assert isinstance(pager, SyncPager)
    assert [b.git_name for b in pager] == ["main", *names]  # a project starts with its default branch
    assert fake.counters.hits("GET /v1/projects/{projectId}/branches") == 3  # 6 branches, 2 a page


def _page(items: list[int], cursor: str | None, has_more: bool) -> Reply:
    workspaces = [
        {
            "id": f"wksp_{i}",
            "type": "workspace",
            "url": "u",
            "name": str(i),
            "createdAt": "2025-01-02T03:04:05Z",
        }
        for i in items
    ]
    return Reply.json({"data": workspaces, "pagination": {"nextCursor": cursor, "hasMore": has_more}})


def test_has_more_without_a_cursor_is_an_error_not_an_endless_loop(server: LoopbackServer) -> None:
    server.answer(_page([1], None, True))
    with (
        create_management_api_client(token="t", base_url=server.base_url) as client,
        pytest.raises(ResponseParseError, match="hasMore without a nextCursor"),
    ):
        list(client.workspaces.list())


def test_a_repeated_cursor_is_an_error_not_an_endless_loop(server: LoopbackServer) -> None:
    server.answer(_page([1], "same", True))
    with (
        create_management_api_client(token="t", base_url=server.base_url) as client,
        pytest.raises(ResponseParseError, match="twice"),
    ):
        list(client.workspaces.list())
    assert len(server.requests) == 2


def test_the_cursor_is_sent_on_the_next_request(server: LoopbackServer) -> None:
    def responder(request: RecordedRequest) -> Reply:
        cursor = dict(request.query).get("cursor")
        return _page([2], None, False) if cursor == "c/1 2" else _page([1], "c/1 2", True)

    server.reset(responder)
    with create_management_api_client(token="t", base_url=server.base_url) as client:
        assert [w.id for w in client.workspaces.list(limit=1)] == ["wksp_1", "wksp_2"]
    assert [dict(r.query) for r in server.requests] == [{"limit": "1"}, {"limit": "1", "cursor": "c/1 2"}]


def test_a_list_without_cursors_is_one_page(server: LoopbackServer) -> None:
    # Backups say hasMore but take no cursor: the pager ends after the page it got.
    body = {
        "data": [{"id": "bkp_1", "backupType": "full", "createdAt": "x", "status": "completed"}],
        "meta": {"backupRetentionDays": 7},
        "pagination": {"hasMore": True, "limit": 1},
    }
    server.answer(Reply(200, json.dumps(body).encode(), (("Content-Type", "application/json"),)))
    with create_management_api_client(token="t", base_url=server.base_url) as client:
        pager = client.databases.backups.list("db_1", limit=1)
        assert [b.id for b in pager] == ["bkp_1"]
        assert [page.meta.backup_retention_days for page in pager.iter_pages()] == [7]
    assert len(server.requests) == 2


# --- async --------------------------------------------------------------------------------------


async def test_async_pager_needs_no_await(
    fake: FakePrismaPlatform, aclient: AsyncManagementApiClient
) -> None:
    ids = [(await aclient.projects.create(name=f"p{i}")).id for i in range(5)]
    pager = aclient.projects.list(limit=2)
    assert isinstance(pager, AsyncPager)
    assert fake.counters.hits(LIST) == 0
    assert [p.id async for p in pager] == ids
    assert fake.counters.hits(LIST) == 3
    assert [len(page.data) async for page in pager.iter_pages()] == [2, 2, 1]


async def test_async_pager_is_lazy_and_stops_early(
    fake: FakePrismaPlatform, aclient: AsyncManagementApiClient
) -> None:
    for i in range(6):
        await aclient.projects.create(name=f"p{i}")
    async for _ in aclient.projects.list(limit=2):
        break
    assert fake.counters.hits(LIST) == 1


async def test_async_empty_list_and_invalid_cursor(aclient: AsyncManagementApiClient) -> None:
    assert [p async for p in aclient.projects.list()] == []
    with pytest.raises(UnprocessableEntityError):
        async for _ in aclient.projects.list(cursor="not-a-cursor"):
            pass


async def test_async_broken_cursor_chain(server: LoopbackServer) -> None:
    server.answer(_page([1], "same", True))
    async with create_async_management_api_client(token="t", base_url=server.base_url) as client:
        with pytest.raises(ResponseParseError):
            async for _ in client.workspaces.list():
                pass
