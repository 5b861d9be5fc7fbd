"""Humane, faithful response types: deduplicated shapes named for what they are, and JSON
integers kept ``int`` where the spec says ``number``.

These check the generated models themselves (``python -m codegen`` output), over real HTTP.
"""

from __future__ import annotations

import typing

import msgspec
from support.clients import Api
from support.loopback import LoopbackServer, Reply

from prisma_management_api.types import (
    Connection,
    ConnectionEndpoint,
    ConnectionEndpointWithConnectionString,
    ConnectionEndpointWithOptionalConnectionString,
    CreateConnectionResponse,
)

ENDPOINTS = {
    "direct": {"host": "db.prisma.io", "port": 5432},
    "pooled": {"host": "pool.prisma.io", "port": 6543.0},
    "accelerate": {"host": "accelerate.prisma.io", "port": 1.5},
}
CONNECTION = {
    "id": "con_1",
    "type": "connection",
    "url": "https://api.prisma.io/v1/connections/con_1",
    "name": "main",
    "createdAt": "2025-01-02T03:04:05Z",
    "kind": "postgres",
    "endpoints": ENDPOINTS,
    "database": {"id": "db_1", "url": "https://api.prisma.io/v1/databases/db_1", "name": "db"},
}


def endpoint_type(model: type, name: str = "pooled") -> object:
    hints = typing.get_type_hints(model)
    return hints[name]


def test_sibling_endpoints_share_one_humane_type() -> None:
    endpoints = typing.get_type_hints(Connection)["endpoints"]
    for sibling in ("direct", "pooled", "accelerate"):
        assert endpoint_type(endpoints, sibling) == ConnectionEndpoint | None


def test_variants_with_a_connection_string_are_named_for_it() -> None:
    fields = {f.name: f for f in msgspec.structs.fields(ConnectionEndpointWithConnectionString)}
    assert fields["connection_string"].required
    optional = {f.name: f for f in msgspec.structs.fields(ConnectionEndpointWithOptionalConnectionString)}
    assert not optional["connection_string"].required
    created = typing.get_type_hints(typing.get_type_hints(CreateConnectionResponse)["data"])["endpoints"]
    assert endpoint_type(created) == ConnectionEndpointWithConnectionString | None


async def test_a_json_integer_stays_an_int_where_the_spec_says_number(
    api: Api, server: LoopbackServer
) -> None:
    server.answer(Reply.json({"data": CONNECTION}))
    result = await api.call("GET", "/v1/connections/{id}", params={"path": {"id": "con_1"}})
    endpoints = result.unwrap().data.endpoints
    assert endpoints.direct is not None and endpoints.pooled is not None and endpoints.accelerate is not None
    assert type(endpoints.direct.port) is int and endpoints.direct.port == 5432
    assert repr(endpoints.direct) == "ConnectionEndpoint(host='db.prisma.io', port=5432)"
    # A number written with a fraction is a float, as JSON wrote it.
    assert type(endpoints.pooled.port) is float and endpoints.pooled.port == 6543.0
    assert type(endpoints.accelerate.port) is float and endpoints.accelerate.port == 1.5
