"""Cursor pagination, the same on every list: ``cursor``/``limit`` in, ``pagination`` out."""

from __future__ import annotations

from typing import Any

import pytest

from prisma_management_api.testing import FakePrismaPlatform

from .fixtures_fake import Api, api, fake, fake_http, fake_openapi, fake_spec

__all__ = ["api", "fake", "fake_openapi", "fake_spec", "fake_http"]


def make_projects(api: Api, count: int) -> list[str]:
    ids = []
    for index in range(count):
        answer = api("POST /v1/projects", body={"name": f"p{index}", "createDatabase": False})
        ids.append(answer.data["id"])
    return ids


def walk(api: Api, operation: str, limit: int, **path: str) -> list[dict[str, Any]]:
    """Every page of a list, following ``nextCursor``."""
    pages = []
    cursor = None
    while True:
        answer = api(operation, query={"limit": limit, "cursor": cursor}, **path).json
        pages.append(answer)
        if not answer["pagination"]["hasMore"]:
            assert answer["pagination"]["nextCursor"] is None
            return pages
        cursor = answer["pagination"]["nextCursor"]
        assert isinstance(cursor, str)
        assert cursor


def test_an_empty_list(api: Api) -> None:
    answer = api("GET /v1/projects").json
    assert answer == {"data": [], "pagination": {"nextCursor": None, "hasMore": False}}


def test_one_page(api: Api) -> None:
    ids = make_projects(api, 3)
    pages = walk(api, "GET /v1/projects", 5)
    assert len(pages) == 1
    assert [p["id"] for p in pages[0]["data"]] == ids


def test_an_exact_page_boundary_leaves_no_empty_page(api: Api) -> None:
    ids = make_projects(api, 4)
    pages = walk(api, "GET /v1/projects", 2)
    assert [len(page["data"]) for page in pages] == [2, 2]
    assert [p["id"] for page in pages for p in page["data"]] == ids


def test_many_pages_in_order_without_repeats(api: Api) -> None:
    ids = make_projects(api, 7)
    pages = walk(api, "GET /v1/projects", 3)
    assert [len(page["data"]) for page in pages] == [3, 3, 1]
    assert [p["id"] for page in pages for p in page["data"]] == ids


def test_a_cursor_survives_the_deletion_of_its_record(api: Api) -> None:
    ids = make_projects(api, 4)
    first = api("GET /v1/projects", query={"limit": 2}).json
    api("DELETE /v1/projects/{id}", id=ids[1])  # the record the cursor points after
    rest = api("GET /v1/projects", query={"limit": 2, "cursor": first["pagination"]["nextCursor"]}).json
    assert [p["id"] for p in rest["data"]] == ids[2:]


def test_newest_first_lists_page_the_same_way(api: Api, fake: FakePrismaPlatform) -> None:
    workspace = fake.workspace.id
    created = [
        api(
            "POST /v1/workspaces/{workspaceId}/service-tokens", workspaceId=workspace, body={"name": f"t{i}"}
        ).data["id"]
        for i in range(4)
    ]
    pages = walk(api, "GET /v1/workspaces/{workspaceId}/service-tokens", 2, workspaceId=workspace)
    listed = [t["id"] for page in pages for t in page["data"]]
    assert listed == [*reversed(created), fake.state.service_token_record.id]


def test_limit_is_capped_at_100(api: Api) -> None:
    make_projects(api, 101)
    answer = api("GET /v1/projects", query={"limit": 1000}).json
    assert len(answer["data"]) == 100
    assert answer["pagination"]["hasMore"] is True
    assert len(api("GET /v1/projects").data) == 100  # the spec's default limit


@pytest.mark.parametrize("cursor", ["garbage", "djE6", "bm90LWEtY3Vyc29y"])
def test_an_invalid_cursor_is_refused(api: Api, cursor: str) -> None:
    # GET /v1/services documents its 422; the answer is the same on every list.
    refused = api("GET /v1/services", query={"cursor": cursor})
    assert refused.status == 422
    assert refused.error["code"] == "validation-error"
    assert refused.error["message"].startswith("query.cursor: ")
    elsewhere = api("GET /v1/projects", query={"cursor": cursor}, check=False)
    assert (elsewhere.status, elsewhere.json) == (refused.status, refused.json)
