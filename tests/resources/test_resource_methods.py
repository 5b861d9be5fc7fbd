"""What the resource methods put on the wire, per-call and per-client options, deprecations, and
the lazy loading of the namespaces."""

from __future__ import annotations

import subprocess
import sys
import warnings

import pytest
from support.loopback import LoopbackServer, Reply

from prisma_management_api import (
    NOT_GIVEN,
    APITimeoutError,
    ManagementApiClient,
    NotGiven,
    create_async_management_api_client,
    create_management_api_client,
)
from prisma_management_api.testing import FakePrismaPlatform


@pytest.fixture
def wire(server: LoopbackServer) -> ManagementApiClient:
    server.answer(Reply(204))
    return create_management_api_client(token="secret-token", base_url=server.base_url, max_retries=0)


def test_path_parameters_are_positional_and_encoded(
    server: LoopbackServer, wire: ManagementApiClient
) -> None:
    wire.buckets.keys.delete("bkt 1", "key/2")
    assert (server.last.method, server.last.target) == ("DELETE", "/v1/buckets/bkt%201/keys/key%2F2")


def test_query_parameters_are_sent_by_their_wire_names(
    server: LoopbackServer, wire: ManagementApiClient
) -> None:
    server.answer(Reply.json({"data": [], "pagination": {"nextCursor": None, "hasMore": False}}))
    list(wire.environment_variables.list(project_id="proj_1", class_="preview", branch_id=None, limit=5))
    assert server.last.query == [("limit", "5"), ("projectId", "proj_1"), ("class", "preview")]


def test_a_header_parameter_is_a_keyword(server: LoopbackServer, wire: ManagementApiClient) -> None:
    wire.projects.branches.alchemy_state.lease.release("proj_1", "br_1", lease_id="lease-9")
    assert server.last.header("alchemy-state-lease-id") == "lease-9"


def test_body_properties_are_keywords_in_snake_case(
    server: LoopbackServer, wire: ManagementApiClient
) -> None:
    server.answer(Reply.json({"data": {}}, status=201))
    wire.projects.with_raw_response.create(name="demo", region="eu-west-3", create_database=False)
    assert server.last.json() == {"name": "demo", "region": "eu-west-3", "createDatabase": False}


def test_left_out_is_not_null(server: LoopbackServer, wire: ManagementApiClient) -> None:
    server.answer(Reply.json({"data": {}}))
    wire.databases.with_raw_response.update("db_1")
    assert server.last.json() == {}
    wire.databases.with_raw_response.update("db_1", branch_id=None, name="n")
    assert server.last.json() == {"branchId": None, "name": "n"}
    assert repr(NOT_GIVEN) == "NOT_GIVEN" and not NOT_GIVEN and NotGiven() is NOT_GIVEN


def test_a_whole_body_keyword_for_schemaless_bodies(
    server: LoopbackServer, wire: ManagementApiClient
) -> None:
    server.answer(Reply.json({"ok": True}))
    state = wire.projects.branches.alchemy_state.stacks.stages.resources
    assert state.update("p", "b", "app", "dev", "fqn/1", lease_id="l", body={"nested": [1, 2]}) == {
        "ok": True
    }
    assert server.last.json() == {"nested": [1, 2]}


def test_per_call_headers_and_timeout(server: LoopbackServer, wire: ManagementApiClient) -> None:
    wire.projects.delete("proj_1", extra_headers={"X-Request-Id": "abc"})
    assert server.last.header("X-Request-Id") == "abc"
    assert server.last.header("Authorization") == "Bearer secret-token"
    server.answer(Reply(204, delay=1.0))
    with pytest.raises(APITimeoutError):
        wire.projects.delete("proj_1", timeout=0.1)


def test_with_options_makes_a_copy_sharing_the_transport(
    server: LoopbackServer, wire: ManagementApiClient
) -> None:
    # 1 s: long enough for a loaded machine to answer, far shorter than the 3 s delay below.
    copy = wire.with_options(headers={"X-Team": "data"}, timeout=1.0)
    assert copy._transport is wire._transport  # one connection pool: the copy needs no closing
    copy.projects.delete("proj_1")
    assert server.last.header("X-Team") == "data"
    wire.projects.delete("proj_1")
    assert server.last.header("X-Team") is None  # the original is unchanged
    server.answer(Reply(204, delay=3.0))
    with pytest.raises(APITimeoutError):
        copy.projects.delete("proj_1")
    wire.projects.delete("proj_1")  # the client's own 60 s timeout
    assert copy.projects is not wire.projects and copy.projects is copy.projects


def test_with_options_refuses_a_bearer_over_plain_http_to_another_host() -> None:
    client = create_management_api_client(base_url="http://api.example.com")
    with pytest.raises(ValueError, match="plain http"):
        client.with_options(headers={"Authorization": "Bearer x"})
    insecure = create_management_api_client(base_url="http://api.example.com", allow_insecure_http=True)
    insecure.with_options(headers={"Authorization": "Bearer x"})


def test_deprecated_operations_warn_once_per_call(
    fake: FakePrismaPlatform, client: ManagementApiClient
) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        list(client.apps.list())
        client.apps.with_raw_response.list()
    messages = [str(w.message) for w in caught if issubclass(w.category, DeprecationWarning)]
    assert (
        messages
        == [
            "client.apps.list() is deprecated (GET /v1/apps is deprecated by the API): "
            "use client.services.list() instead"
        ]
        * 2
    )
    assert all(w.filename == __file__ for w in caught)  # pointing at the caller's line
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)  # not an earlier test's garbage
        list(client.services.list())  # the replacement does not warn


def test_namespaces_are_built_once_and_show_no_secret(wire: ManagementApiClient) -> None:
    assert wire.projects is wire.projects
    assert wire.projects.databases is wire.projects.databases
    assert "secret-token" not in repr(wire.projects) + repr(wire.projects.with_raw_response)


def test_namespaces_load_on_first_use() -> None:
    code = (
        "import sys\n"
        "import prisma_management_api as sdk\n"
        "client = sdk.create_management_api_client(token='t')\n"
        "aclient = sdk.create_async_management_api_client(token='t')\n"
        "prefix = 'prisma_management_api._generated.resources.'\n"
        "loaded = lambda: sorted(m.removeprefix(prefix) for m in sys.modules if m.startswith(prefix))\n"
        "assert loaded() == [], loaded()\n"
        "assert 'pydantic' not in sys.modules\n"
        "client.projects\n"
        "assert loaded() == ['projects'], loaded()\n"
        "aclient.databases\n"
        "assert loaded() == ['databases', 'projects'], loaded()\n"
        "assert 'pydantic' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


async def test_async_methods_send_the_same_requests(server: LoopbackServer) -> None:
    server.answer(Reply(204))
    async with create_async_management_api_client(token="t", base_url=server.base_url) as client:
        assert await client.buckets.keys.delete("bkt 1", "key/2", extra_headers={"X-A": "1"}) is None
        assert server.last.target == "/v1/buckets/bkt%201/keys/key%2F2"
        assert server.last.header("X-A") == "1"
        await client.projects.branches.alchemy_state.lease.release("p", "b", lease_id="l")
        assert server.last.header("alchemy-state-lease-id") == "l"
        copy = client.with_options(headers={"X-B": "2"})
        await copy.projects.delete("p")
        assert server.last.header("X-B") == "2"
