"""Connections: credentials of a database. Their secrets appear only when made: on create and rotate."""

from __future__ import annotations

from typing import Any

from ._api_common import Ctx, Handler, Reply, data, no_content, not_found, paginate, ref, with_prefix
from ._store import Connection, Database, iso, new_secret

DIRECT_HOST = "db.prisma.io"
POOLED_HOST = "pooled.db.prisma.io"
PORT = 5432


def find_database(ctx: Ctx, raw_id: str) -> Database | None:
    database = ctx.store.databases.get(with_prefix("db_", raw_id))
    if database is None or ctx.store.project_of(ctx.workspace_id, database.project_id) is None:
        return None
    return database


def require_database(ctx: Ctx, raw_id: str) -> Database:
    database = find_database(ctx, raw_id)
    if database is None:
        raise not_found("Database", raw_id)
    return database


def find_connection(ctx: Ctx, raw_id: str) -> Connection:
    connection = ctx.store.connections.get(with_prefix("con_", raw_id))
    if connection is None or find_database(ctx, connection.database_id) is None:
        raise not_found("Connection", raw_id)
    return connection


def add_connection(ctx: Ctx, database: Database, name: str) -> Connection:
    return ctx.store.add_connection(database.id, name)


def connection_string(connection: Connection, host: str) -> str:
    return f"postgres://{connection.user}:{connection.password}@{host}:{PORT}/postgres?sslmode=require"


def render_connection(ctx: Ctx, connection: Connection, *, secrets: bool = False) -> dict[str, Any]:
    """A connection; with ``secrets`` (create and rotate only) its credentials and strings."""
    database = ctx.store.databases[connection.database_id]
    direct: dict[str, Any] = {"host": DIRECT_HOST, "port": PORT}
    pooled: dict[str, Any] = {"host": POOLED_HOST, "port": PORT}
    rendered: dict[str, Any] = {
        "id": connection.id,
        "type": "connection",
        "url": ctx.url("connections", connection.id),
        "name": connection.name,
        "createdAt": iso(connection.created_at),
        "kind": "postgres",
        "endpoints": {"direct": direct, "pooled": pooled},
        "database": ref(ctx.url("databases", database.id), database.id, database.name),
    }
    if secrets:
        direct["connectionString"] = connection_string(connection, DIRECT_HOST)
        pooled["connectionString"] = connection_string(connection, POOLED_HOST)
        rendered["connectionString"] = direct["connectionString"]
        rendered["directConnection"] = direct_credentials(connection)
        rendered["host"] = DIRECT_HOST
        rendered["pass"] = connection.password
        rendered["user"] = connection.user
    return rendered


def direct_credentials(connection: Connection) -> dict[str, str]:
    return {"host": f"{DIRECT_HOST}:{PORT}", "pass": connection.password, "user": connection.user}


def database_connections(ctx: Ctx, database_id: str) -> list[Connection]:
    return [c for c in ctx.store.connections.values() if c.database_id == database_id]


# -- handlers ----------------------------------------------------------------------------------


def list_connections(ctx: Ctx) -> Reply:
    wanted = ctx.query.get("databaseId")
    if wanted is not None:
        database = find_database(ctx, str(wanted))
        # The spec documents no 404 here: an unknown database simply has no connections.
        records = database_connections(ctx, database.id) if database is not None else []
    else:
        records = [c for c in ctx.store.connections.values() if find_database(ctx, c.database_id)]
    return Reply(200, paginate(ctx, records, lambda c: render_connection(ctx, c)))


def create_connection(ctx: Ctx) -> Reply:
    body = ctx.json_body()
    database = require_database(ctx, str(body["databaseId"]))
    connection = add_connection(ctx, database, str(body["name"]))
    return data(render_connection(ctx, connection, secrets=True), 201)


def get_connection(ctx: Ctx) -> Reply:
    return data(render_connection(ctx, find_connection(ctx, ctx.path["id"])))


def delete_connection(ctx: Ctx) -> Reply:
    connection = find_connection(ctx, ctx.path["id"])
    del ctx.store.connections[connection.id]
    database = ctx.store.databases[connection.database_id]
    if database.default_connection_id == connection.id:
        database.default_connection_id = None
    return no_content()


def rotate_connection(ctx: Ctx) -> Reply:
    connection = find_connection(ctx, ctx.path["id"])
    connection.password = new_secret(18)  # the old credentials stop working
    return data(render_connection(ctx, connection, secrets=True))


def list_database_connections(ctx: Ctx) -> Reply:
    database = find_database(ctx, ctx.path["databaseId"])
    # Only 200 and 401 are documented: an unknown database lists as empty.
    records = database_connections(ctx, database.id) if database is not None else []
    return Reply(200, paginate(ctx, records, lambda c: render_connection(ctx, c)))


def create_database_connection(ctx: Ctx) -> Reply:
    database = require_database(ctx, ctx.path["databaseId"])
    connection = add_connection(ctx, database, str(ctx.json_body()["name"]))
    return data(render_connection(ctx, connection, secrets=True), 200)


ROUTES: dict[str, Handler] = {
    "GET /v1/connections": list_connections,
    "POST /v1/connections": create_connection,
    "GET /v1/connections/{id}": get_connection,
    "DELETE /v1/connections/{id}": delete_connection,
    "POST /v1/connections/{id}/rotate": rotate_connection,
    "GET /v1/databases/{databaseId}/connections": list_database_connections,
    "POST /v1/databases/{databaseId}/connections": create_database_connection,
}
