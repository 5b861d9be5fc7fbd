"""SQLTokenStorage and AsyncSQLTokenStorage on SQLite and on a real PostgreSQL."""

from __future__ import annotations

import asyncio
import logging
import threading
import time

import pytest
import sqlalchemy
from cryptography.fernet import Fernet
from sqlalchemy.ext.asyncio import AsyncEngine

from prisma_management_api import (
    AsyncSQLTokenStorage,
    AuthError,
    SQLTokenStorage,
    Tokens,
    TokenStorageError,
    token_table,
)

A = Tokens("ws_1", "access-secret-a", "refresh-secret-a")
B = Tokens("ws_1", "access-secret-b", "refresh-secret-b")


def rows(engine: sqlalchemy.Engine) -> list[tuple[str, str | None]]:
    table = token_table()
    with engine.connect() as connection:
        return [(r.key, r.tokens) for r in connection.execute(sqlalchemy.select(table.c.key, table.c.tokens))]


def stored(engine: sqlalchemy.Engine, key: str) -> str | None:
    return dict(rows(engine)).get(key)


def test_round_trip_one_row_per_key(sql_engine: sqlalchemy.Engine, key: str) -> None:
    storage = SQLTokenStorage(sql_engine, key=key)
    assert storage.get_tokens() is None
    storage.set_tokens(A)
    storage.set_tokens(B)
    SQLTokenStorage(sql_engine, key=key + ":other").set_tokens(A)
    assert storage.get_tokens() == B
    assert (
        stored(sql_engine, key)
        == '{"workspaceId":"ws_1","accessToken":"access-secret-b","refreshToken":"refresh-secret-b"}'
    )
    assert [k for k, _ in rows(sql_engine)].count(key) == 1
    storage.clear_tokens()
    assert storage.get_tokens() is None and stored(sql_engine, key) is None
    assert SQLTokenStorage(sql_engine, key=key + ":other").get_tokens() == A


def test_the_documented_ddl_is_the_table(sql_engine: sqlalchemy.Engine) -> None:
    inspector = sqlalchemy.inspect(sql_engine)
    columns = {c["name"]: c for c in inspector.get_columns("prisma_tokens")}
    assert list(columns) == ["key", "tokens", "updated_at"]
    assert inspector.get_pk_constraint("prisma_tokens")["constrained_columns"] == ["key"]
    assert columns["tokens"]["nullable"] and not columns["updated_at"]["nullable"]


def test_clear_if_current_is_a_compare_and_delete(sql_engine: sqlalchemy.Engine, key: str) -> None:
    storage = SQLTokenStorage(sql_engine, key=key, encryption=Fernet.generate_key())
    storage.set_tokens(B)
    assert storage.clear_tokens_if_current(A) is False
    assert storage.get_tokens() == B
    assert storage.clear_tokens_if_current(B) is True
    assert storage.get_tokens() is None
    assert storage.clear_tokens_if_current(B) is False


def test_encryption_wrong_key_and_rotation(sql_engine: sqlalchemy.Engine, key: str) -> None:
    old, new = Fernet.generate_key(), Fernet.generate_key()
    SQLTokenStorage(sql_engine, key=key, encryption=old).set_tokens(A)
    raw = stored(sql_engine, key)
    assert raw is not None and raw.startswith("gAAAAA") and "secret" not in raw and "ws_1" not in raw
    with pytest.raises(AuthError, match="cannot be decrypted"):
        SQLTokenStorage(sql_engine, key=key, encryption=new).get_tokens()
    rotated = SQLTokenStorage(sql_engine, key=key, encryption=[new, old])
    assert rotated.rotate_encryption() is True
    assert SQLTokenStorage(sql_engine, key=key, encryption=new).get_tokens() == A


def test_a_corrupt_row_reads_as_logged_out(
    sql_engine: sqlalchemy.Engine, key: str, caplog: pytest.LogCaptureFixture
) -> None:
    storage = SQLTokenStorage(sql_engine, key=key)
    storage.set_tokens(A)
    with sql_engine.begin() as connection:
        connection.execute(
            sqlalchemy.update(token_table())
            .values(tokens='{"accessToken": "leaked-secret"')
            .where(token_table().c.key == key)
        )
    with caplog.at_level(logging.WARNING, "prisma_management_api"):
        assert storage.get_tokens() is None
    assert "not valid" in caplog.text and "leaked-secret" not in caplog.text


def test_bad_arguments_are_named(sql_engine: sqlalchemy.Engine) -> None:
    with pytest.raises(ValueError, match="key must be a non-empty string"):
        SQLTokenStorage(sql_engine, key="")
    with pytest.raises(ValueError, match="at most 255"):
        SQLTokenStorage(sql_engine, key="k" * 256)
    with pytest.raises(ValueError, match="lock_timeout must be a positive"):
        SQLTokenStorage(sql_engine, key="k", lock_timeout=0)
    with pytest.raises(TypeError, match="set_tokens takes Tokens"):
        SQLTokenStorage(sql_engine, key="k").set_tokens({"accessToken": "x"})  # type: ignore[arg-type]


def test_an_unsupported_dialect_is_refused() -> None:
    engine = sqlalchemy.create_mock_engine("mysql://", lambda *args, **kwargs: None)
    with pytest.raises(ValueError, match="supports PostgreSQL and SQLite, not 'mysql'"):
        SQLTokenStorage(engine, key="k")  # type: ignore[arg-type]


# --- the refresh lock -------------------------------------------------------------------------


def test_the_lock_excludes_a_second_holder_until_the_first_commits(
    sql_engine: sqlalchemy.Engine, key: str
) -> None:
    first = SQLTokenStorage(sql_engine, key=key)
    second = SQLTokenStorage(sql_engine, key=key, lock_timeout=0.3)
    with first.with_refresh_lock():
        first.set_tokens(A)  # through the locking transaction
        assert first.get_tokens() == A  # a read inside the lock sees it
        started = time.monotonic()
        timed_out = pytest.raises(AuthError, match=r"Timed out after 0\.3s waiting for another worker")
        with timed_out, second.with_refresh_lock():
            pass
        assert time.monotonic() - started >= 0.25
    # released and committed
    assert second.get_tokens() == A
    with second.with_refresh_lock():
        assert second.get_tokens() == A


def test_a_waiter_sees_the_pair_the_holder_stored(sql_engine: sqlalchemy.Engine, key: str) -> None:
    SQLTokenStorage(sql_engine, key=key).set_tokens(A)
    holder = SQLTokenStorage(sql_engine, key=key)
    waiter = SQLTokenStorage(sql_engine, key=key)
    held = threading.Event()
    seen: list[Tokens | None] = []

    def hold() -> None:
        with holder.with_refresh_lock():
            held.set()
            time.sleep(0.3)
            holder.set_tokens(B)

    thread = threading.Thread(target=hold)
    thread.start()
    assert held.wait(30)
    with waiter.with_refresh_lock():
        seen.append(waiter.get_tokens())
    thread.join(30)
    assert seen == [B]


def test_a_failed_refresh_still_commits_what_it_stored(sql_engine: sqlalchemy.Engine, key: str) -> None:
    storage = SQLTokenStorage(sql_engine, key=key)
    with pytest.raises(RuntimeError), storage.with_refresh_lock():
        storage.set_tokens(B)
        raise RuntimeError("after the store")
    assert SQLTokenStorage(sql_engine, key=key).get_tokens() == B


def test_a_database_outage_is_a_typed_error(tmp_path: object) -> None:
    engine = sqlalchemy.create_engine("postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2")
    storage = SQLTokenStorage(engine, key="prisma:down")
    for call in (storage.get_tokens, lambda: storage.set_tokens(A), storage.clear_tokens):
        with pytest.raises(TokenStorageError, match=r"The database failed while .*key 'prisma:down'") as info:
            call()
        assert isinstance(info.value.__cause__, sqlalchemy.exc.OperationalError)
        assert "secret" not in str(info.value)
    with pytest.raises(TokenStorageError, match="taking the refresh lock"), storage.with_refresh_lock():
        pass


# --- async ------------------------------------------------------------------------------------


async def test_async_round_trip_lock_and_clear(async_sql_engine: AsyncEngine, key: str) -> None:
    fernet_key = Fernet.generate_key()
    storage = AsyncSQLTokenStorage(async_sql_engine, key=key, encryption=fernet_key)
    other = AsyncSQLTokenStorage(async_sql_engine, key=key, encryption=fernet_key, lock_timeout=0.3)
    assert await storage.get_tokens() is None
    await storage.set_tokens(A)
    assert await other.get_tokens() == A
    async with storage.with_refresh_lock():
        await storage.set_tokens(B)
        assert await storage.get_tokens() == B
        with pytest.raises(AuthError, match=r"Timed out after 0\.3s"):
            async with other.with_refresh_lock():
                pass
    assert await other.get_tokens() == B
    assert await other.clear_tokens_if_current(A) is False
    assert await other.clear_tokens_if_current(B) is True
    assert await storage.get_tokens() is None


async def test_async_waiters_run_one_after_the_other(async_sql_engine: AsyncEngine, key: str) -> None:
    storages = [AsyncSQLTokenStorage(async_sql_engine, key=key) for _ in range(5)]
    inside = 0
    most = 0

    async def hold(storage: AsyncSQLTokenStorage) -> None:
        nonlocal inside, most
        async with storage.with_refresh_lock():
            inside += 1
            most = max(most, inside)
            await asyncio.sleep(0.05)
            inside -= 1

    await asyncio.gather(*(hold(s) for s in storages))
    assert most == 1


def test_a_table_of_your_own_metadata_and_name(tmp_path: object) -> None:
    metadata = sqlalchemy.MetaData()
    table = token_table(metadata, name="app_prisma_tokens")
    assert table.metadata is metadata and token_table(metadata, name="app_prisma_tokens") is table
    engine = sqlalchemy.create_engine("sqlite://")
    metadata.create_all(engine)  # as a migration tool would
    storage = SQLTokenStorage(engine, key="prisma:u1", table=table)
    storage.set_tokens(A)
    assert SQLTokenStorage(engine, key="prisma:u1", table="app_prisma_tokens").get_tokens() == A
    assert repr(storage) == "SQLTokenStorage(table='app_prisma_tokens', key='prisma:u1', encrypted=False)"


MISSING = "create it once with create_token_table"


def test_a_missing_table_fails_at_once_and_says_so(sql_engine: sqlalchemy.Engine, key: str) -> None:
    # SQLite reports a missing table as an OperationalError; it is no outage: no 30 s of retries.
    storage = SQLTokenStorage(sql_engine, key=key, table="no_such_tokens", write_retry=30.0)
    started = time.monotonic()
    with pytest.raises(TokenStorageError, match=MISSING) as info:
        storage.set_tokens(A)
    assert time.monotonic() - started < 10.0
    assert "storing the tokens" in info.value.message
    with pytest.raises(TokenStorageError, match=MISSING):
        storage.get_tokens()


async def test_async_a_missing_table_fails_at_once_and_says_so(
    async_sql_engine: AsyncEngine, key: str
) -> None:
    storage = AsyncSQLTokenStorage(async_sql_engine, key=key, table="no_such_tokens", write_retry=30.0)
    started = time.monotonic()
    with pytest.raises(TokenStorageError, match=MISSING):
        await storage.set_tokens(A)
    assert time.monotonic() - started < 10.0
    with pytest.raises(TokenStorageError, match=MISSING):
        await storage.get_tokens()
