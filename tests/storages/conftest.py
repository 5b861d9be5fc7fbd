"""Real Redis and PostgreSQL servers (one of each per session), and a fresh namespace per test."""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import redis
import redis.asyncio
import sqlalchemy

# The fake platform and the scripted browser of the auth tests.
from auth.conftest import http as http
from auth.conftest import platform as platform
from auth.test_examples import web_server as web_server
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine
from support.servers import PostgresServer, RedisServer, serving

from prisma_management_api import create_token_table, create_token_table_async


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    yield from serving(RedisServer)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    yield from serving(PostgresServer)


@pytest.fixture
def redis_client(redis_server: RedisServer) -> Iterator[redis.Redis]:
    pool = redis.BlockingConnectionPool.from_url(
        redis_server.url, max_connections=50, timeout=60, socket_timeout=60
    )
    client = redis.Redis(connection_pool=pool)
    yield client
    client.close()


@pytest.fixture
async def async_redis_client(redis_server: RedisServer) -> AsyncIterator[redis.asyncio.Redis]:
    # A blocking pool: a burst of tasks waits for a connection instead of failing (the advice
    # the README gives for production too).
    pool = redis.asyncio.BlockingConnectionPool.from_url(
        redis_server.url, max_connections=50, timeout=60, socket_timeout=60
    )
    client = redis.asyncio.Redis(connection_pool=pool)
    yield client
    await client.aclose()


@pytest.fixture
def key() -> str:
    """A key no other test uses: tests share the session's servers."""
    return f"prisma:test:{secrets.token_hex(6)}"


@pytest.fixture(params=["sqlite", "postgresql"])
def sql_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[sqlalchemy.Engine]:
    """A sync engine on a SQLite file, then on the session's PostgreSQL, with the token table."""
    if request.param == "sqlite":
        engine = sqlalchemy.create_engine(f"sqlite:///{tmp_path / 'tokens.db'}")
    else:
        server: PostgresServer = request.getfixturevalue("postgres_server")
        engine = sqlalchemy.create_engine(server.url("psycopg"), pool_size=20)
    create_token_table(engine)
    yield engine
    engine.dispose()


@pytest.fixture(params=["sqlite+aiosqlite", "postgresql+asyncpg", "postgresql+psycopg"])
async def async_sql_engine(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    if request.param.startswith("sqlite"):
        engine = create_async_engine(f"sqlite+aiosqlite:///{tmp_path / 'tokens.db'}")
    else:
        server: PostgresServer = request.getfixturevalue("postgres_server")
        engine = create_async_engine(server.url(request.param.split("+")[1]), pool_size=20)
    await create_token_table_async(engine)
    yield engine
    await engine.dispose()
