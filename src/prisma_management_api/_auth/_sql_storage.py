"""Tokens in the application's SQL database: ``SQLTokenStorage`` and ``AsyncSQLTokenStorage``.

Needs the ``sql`` extra (``pip install "prisma-management-api[sql]"``: SQLAlchemy 2 Core) and a
driver (psycopg, asyncpg, the standard ``sqlite3``, aiosqlite). One table, one row per key (per
user)::

    CREATE TABLE prisma_tokens (
        key        VARCHAR(255) NOT NULL PRIMARY KEY,
        tokens     TEXT,                        -- the pair's JSON, or a Fernet token
        updated_at TIMESTAMP WITH TIME ZONE NOT NULL
    );

:func:`create_token_table` creates it; :func:`token_table` gives the ``sqlalchemy.Table`` for your
own metadata (Alembic, ``metadata.create_all``).

- The pair is one column, so a reader never sees half of a refresh.
- ``with_refresh_lock()`` opens a transaction on its own connection and, on PostgreSQL, locks the
  key's row with ``SELECT ... FOR UPDATE`` (waiting at most ``lock_timeout``: PostgreSQL's
  ``lock_timeout``). Any number of workers and hosts refresh once. A holder that dies loses its
  connection and PostgreSQL releases the lock at once. While the lock is held, this storage's
  reads and writes go through the locking transaction, so they see the latest pair and the new
  pair is committed when the lock is released.
- On SQLite, the honest equivalent is ``BEGIN IMMEDIATE``: the database's write lock, waited for
  with SQLite's busy timeout. It holds across the processes of one host using one database file
  on a local disk (not over a network file system), and it serializes every write to that file
  while a refresh is in flight. Use PostgreSQL for a fleet of hosts.
- ``clear_tokens_if_current(tokens)`` is one ``DELETE ... WHERE key = ? AND tokens = ?`` with the
  exact stored value that held ``tokens``: a dead refresh token never wipes a newer pair.
- Database errors become :class:`TokenStorageError` (an :class:`AuthError`); a missing token
  table is named as such. A write that finds
  the database unreachable (refused or failed connection, a connection found dead) is retried with backoff for
  ``write_retry`` seconds (30 by default) before it fails: the pair of a refresh exists nowhere
  else once the server rotated the old one. A pair written inside the refresh lock whose
  transaction is then lost is written again the same way.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import functools
import logging
import os
import threading
import time
from collections.abc import AsyncGenerator, Generator, Hashable
from typing import TYPE_CHECKING, Any

from .._exceptions import AuthError, TokenStorageError
from ._encryption import EncryptionKeys, TokenEncryption, decode_tokens, encode_tokens, to_encryption
from ._tokens import Tokens

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine, MetaData, Table
    from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine
    from sqlalchemy.sql import Executable

logger = logging.getLogger("prisma_management_api")

DEFAULT_TABLE = "prisma_tokens"
_DIALECTS = ("postgresql", "sqlite")


def _import_sqlalchemy() -> Any:
    try:
        import sqlalchemy
    except ImportError:  # pragma: no cover - depends on the install
        raise ImportError(
            'SQLTokenStorage needs SQLAlchemy 2: pip install "prisma-management-api[sql]"'
        ) from None
    return sqlalchemy


def token_table(metadata: MetaData | None = None, name: str = DEFAULT_TABLE) -> Table:
    """The token table as a ``sqlalchemy.Table``: in ``metadata`` (for your migrations), or, without
    one, the SDK's own (one ``Table`` per name, shared by every storage: making a storage per
    request builds no SQL schema)."""
    if metadata is None:
        return _shared_table(name)
    existing = metadata.tables.get(name)
    if existing is not None:
        return existing
    return _define_table(metadata, name)


@functools.cache
def _shared_table(name: str) -> Table:
    return _define_table(_import_sqlalchemy().MetaData(), name)


def _define_table(metadata: MetaData, name: str) -> Table:
    sa = _import_sqlalchemy()
    table: Table = sa.Table(
        name,
        metadata,
        sa.Column("key", sa.String(255), primary_key=True),
        sa.Column("tokens", sa.Text, nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    return table


def create_token_table(engine: Engine, name: str = DEFAULT_TABLE) -> Table:
    """Create the token table if it does not exist (sync engine); returns it."""
    table = token_table(name=name)
    table.metadata.create_all(engine, tables=[table])
    return table


async def create_token_table_async(engine: AsyncEngine, name: str = DEFAULT_TABLE) -> Table:
    """Create the token table if it does not exist (async engine); returns it."""
    table = token_table(name=name)
    async with engine.begin() as connection:
        await connection.run_sync(lambda sync: table.metadata.create_all(sync, tables=[table]))
    return table


class _Statements:
    """The SQL of one key, built once; both storages execute the same statements."""

    def __init__(
        self,
        dialect: str,
        key: str,
        table: Table | str,
        encryption: EncryptionKeys | None,
        lock_timeout: float,
        write_retry: float,
    ) -> None:
        sa = _import_sqlalchemy()
        if dialect not in _DIALECTS:
            raise ValueError(
                f"SQLTokenStorage supports PostgreSQL and SQLite, not {dialect!r} "
                "(its refresh lock relies on their locking)"
            )
        if not isinstance(key, str) or not key or len(key) > 255:
            raise ValueError(
                "key must be a non-empty string of at most 255 characters, e.g. f'prisma:{user_id}'"
            )
        if isinstance(lock_timeout, bool) or not isinstance(lock_timeout, (int, float)) or lock_timeout <= 0:
            raise ValueError(f"lock_timeout must be a positive number of seconds, got {lock_timeout!r}")
        if isinstance(write_retry, bool) or not isinstance(write_retry, (int, float)) or write_retry < 0:
            raise ValueError(f"write_retry must be a number of seconds >= 0, got {write_retry!r}")
        self.write_retry = float(write_retry)
        self.sa = sa
        self.dialect = dialect
        self.key = key
        self.table = token_table(name=table) if isinstance(table, str) else table
        self.encryption: TokenEncryption | None = to_encryption(encryption)
        self.lock_timeout = float(lock_timeout)
        self.where = f"table {self.table.name!r}, key {key!r}"
        c = self.table.c
        self.select = sa.select(c.tokens).where(c.key == key)
        self.select_for_update = self.select.with_for_update() if dialect == "postgresql" else self.select
        self.delete = sa.delete(self.table).where(c.key == key)

    def place(self, engine: Engine) -> Hashable:
        """The key's row in one database, whichever driver or engine reaches it (an engine per
        ``asyncio.run``); an in-memory SQLite database is the engine's own."""
        url = engine.url
        database = url.database
        if self.dialect == "sqlite":
            if not database or database == ":memory:":
                return ("sql", id(engine), self.table.fullname, self.key)
            database = os.path.abspath(database)
        # The query too: it may name the server (``?host=/cloudsql/...`` for a socket, no host in
        # the URL) or the schema (``options=-csearch_path=...``). Two URLs of one database that
        # differ by an option are two places: their pairs are only not shared.
        query = tuple(sorted(url.query.items()))
        server = (url.host, url.port, url.username, database, query)
        return ("sql", self.dialect, server, self.table.fullname, self.key)

    def insert(self) -> Any:
        if self.dialect == "postgresql":
            from sqlalchemy.dialects import postgresql

            return postgresql.insert(self.table)
        from sqlalchemy.dialects import sqlite

        return sqlite.insert(self.table)

    def upsert(self, value: str) -> Executable:
        now = datetime.datetime.now(datetime.timezone.utc)
        statement = self.insert().values(key=self.key, tokens=value, updated_at=now)
        result: Executable = statement.on_conflict_do_update(
            index_elements=[self.table.c.key], set_={"tokens": value, "updated_at": now}
        )
        return result

    def ensure_row(self) -> Executable:
        """A row to lock even when logged out (``tokens`` NULL); changes nothing when it exists."""
        now = datetime.datetime.now(datetime.timezone.utc)
        result: Executable = (
            self.insert().values(key=self.key, tokens=None, updated_at=now).on_conflict_do_nothing()
        )
        return result

    def delete_if(self, raw: str) -> Executable:
        result: Executable = self.delete.where(self.table.c.tokens == raw)
        return result

    def sqlite_lock(self) -> list[str]:
        """SQLite: the statements that take the database's write lock, waiting up to the timeout."""
        return [f"PRAGMA busy_timeout = {max(1, int(self.lock_timeout * 1000))}", "BEGIN IMMEDIATE"]

    def postgres_lock(self) -> list[tuple[Executable, dict[str, Any]]]:
        """PostgreSQL, in the lock's transaction: the wait limit, the row (made when logged out)
        and its row lock."""
        milliseconds = max(1, int(self.lock_timeout * 1000))
        wait = self.sa.text("SELECT set_config('lock_timeout', :wait, true)")
        return [(wait, {"wait": f"{milliseconds}ms"}), (self.ensure_row(), {}), (self.select_for_update, {})]

    def encode(self, tokens: Tokens) -> str:
        return encode_tokens(tokens, self.encryption).decode("ascii" if self.encryption else "utf-8")

    def decode(self, raw: str | None) -> Tokens | None:
        if raw is None:
            return None
        try:
            return decode_tokens(raw, self.encryption, where=self.where)
        except ValueError:
            logger.warning("the tokens in %s are not valid: treating them as logged out", self.where)
            return None

    def is_lock_timeout(self, error: BaseException) -> bool:
        original = getattr(error, "orig", None)
        if self.dialect == "postgresql":
            return (
                getattr(original, "sqlstate", None) == "55P03" or getattr(original, "pgcode", None) == "55P03"
            )
        return "database is locked" in str(original)

    def unreachable(self, error: BaseException, *, connecting: bool = False) -> bool:
        """The database is down or the connection broke (worth retrying), not a refused statement.

        Only what says so: an error while connecting (refused, the server starting up), a
        connection SQLAlchemy found dead (``connection_invalidated``), SQLite's busy file. Not every
        ``OperationalError``: SQLite reports a missing table as one, which no retry mends."""
        if connecting or isinstance(error, OSError) or getattr(error, "connection_invalidated", False):
            return True
        return self.dialect == "sqlite" and "database is locked" in str(getattr(error, "orig", ""))

    def missing_table(self, error: BaseException) -> bool:
        original = getattr(error, "orig", None)
        if self.dialect == "postgresql":  # undefined_table, on psycopg, psycopg2 and asyncpg
            return "42P01" in (getattr(original, "sqlstate", None), getattr(original, "pgcode", None))
        return "no such table" in str(original)

    def lock_timed_out(self) -> AuthError:
        return AuthError(
            f"Timed out after {self.lock_timeout:g}s waiting for another worker to finish refreshing "
            f"the tokens ({self.where})"
        )

    def failed(self, error: BaseException, doing: str) -> TokenStorageError:
        # The driver's text is left out: it may quote the statement's parameters (the tokens).
        if self.missing_table(error):
            return TokenStorageError(
                f"The token table does not exist ({self.where}) while {doing}: create it once with "
                "create_token_table(engine) (or create_token_table_async), or a migration of yours"
            )
        return TokenStorageError(f"The database failed while {doing} ({self.where}): {type(error).__name__}")

    @staticmethod
    def cause(error: BaseException) -> BaseException | None:
        """What a :class:`TokenStorageError` may chain: SQLAlchemy prints a statement's
        ``[parameters: ...]`` (the tokens) in its text, which every logged traceback shows, so only
        an error without parameters (the connection failed: host, port, refusal) is kept."""
        return error if getattr(error, "params", None) is None else None


def _retry_delays() -> Generator[float, None, None]:
    """Seconds between two attempts of a write: from 0.1 s, doubling, at most 2 s."""
    delay = 0.1
    while True:
        yield delay
        delay = min(delay * 2, 2.0)


class SQLTokenStorage:
    """Tokens of one user (one ``key``) in a SQL table, through a sync SQLAlchemy ``Engine``.

    ``engine``: share one (and its pool) between storages. ``table``: a table name or a
    :func:`token_table`. ``encryption``: a Fernet key, a list of keys (the first encrypts) or a
    :class:`TokenEncryption`. ``lock_timeout``: seconds to wait for the refresh lock.
    ``write_retry``: seconds a write keeps retrying while the database is unreachable (a
    refreshed pair exists nowhere else once the server rotated it).
    """

    def __init__(
        self,
        engine: Engine,
        *,
        key: str,
        table: Table | str = DEFAULT_TABLE,
        encryption: EncryptionKeys | None = None,
        lock_timeout: float = 60.0,
        write_retry: float = 30.0,
    ) -> None:
        self.engine = engine
        self._sql = _Statements(engine.dialect.name, key, table, encryption, lock_timeout, write_retry)
        self._errors: tuple[type[Exception], ...] = (self._sql.sa.exc.SQLAlchemyError, OSError)
        # The locking connection while the refresh lock is held; its mutex serializes its use
        # (the async SDK reads and writes from other threads than the one holding the lock).
        self._held: Connection | None = None
        self._held_mutex = threading.Lock()
        # Written through the locking transaction, not committed yet: written again if the
        # commit fails (the database went away in between), so a rotated pair is not lost.
        self._uncommitted: str | None = None
        self._lock_lost = False  # the locking connection broke: its commit cannot succeed

    @property
    def key(self) -> str:
        return self._sql.key

    def get_tokens(self) -> Tokens | None:
        with self._connection("reading the tokens") as connection:
            raw = connection.execute(self._sql.select).scalar_one_or_none()
        return self._sql.decode(raw)

    def set_tokens(self, tokens: Tokens) -> None:
        """Store the pair; while the database is unreachable, retried for ``write_retry`` seconds."""
        value = self._sql.encode(tokens)
        with self._held_mutex:
            held = self._held
            if held is not None:
                try:
                    held.execute(self._sql.upsert(value))
                except self._errors as error:
                    if not self._sql.unreachable(error):
                        raise self._sql.failed(error, "storing the tokens") from self._sql.cause(error)
                    # The locking connection is gone, and the row lock with it: the pair is
                    # written outside the lock rather than lost.
                    logger.warning("the refresh lock's connection broke; storing the tokens without it")
                    self._lock_lost = True
                else:
                    self._uncommitted = value
                    return
        self._write(value)

    def _write(self, value: str) -> None:
        """One upsert on a connection of its own, retried with backoff while the database is
        unreachable: a refreshed pair exists nowhere else once the server rotated the old one."""
        sql = self._sql
        deadline = time.monotonic() + sql.write_retry
        for delay in _retry_delays():
            connecting = True
            try:
                with self.engine.connect() as connection:
                    connecting = False
                    connection.execution_options(isolation_level="AUTOCOMMIT")
                    connection.execute(sql.upsert(value))
                return
            except self._errors as error:
                if not sql.unreachable(error, connecting=connecting) or time.monotonic() + delay > deadline:
                    raise sql.failed(error, "storing the tokens") from sql.cause(error)
                time.sleep(delay)

    def clear_tokens(self) -> None:
        with self._connection("clearing the tokens") as connection:
            connection.execute(self._sql.delete)

    def clear_tokens_if_current(self, tokens: Tokens) -> bool:
        with self._connection("clearing the tokens") as connection:
            raw = connection.execute(self._sql.select).scalar_one_or_none()
            if raw is None or self._sql.decode(raw) != tokens:
                return False
            return connection.execute(self._sql.delete_if(raw)).rowcount == 1

    def rotate_encryption(self) -> bool:
        """Write the stored pair again under the first encryption key; False when logged out."""
        tokens = self.get_tokens()
        if tokens is None:
            return False
        self.set_tokens(tokens)
        return True

    @contextlib.contextmanager
    def with_refresh_lock(self) -> Generator[None, None, None]:
        sql = self._sql
        try:
            connection = self.engine.connect()
        except self._errors as error:
            raise sql.failed(error, "taking the refresh lock") from sql.cause(error)
        try:
            self._lock(connection)
            with self._held_mutex:
                self._held = connection
            body_failed = True
            try:
                yield
                body_failed = False
            finally:
                with self._held_mutex:
                    self._held = None
                    uncommitted, self._uncommitted = self._uncommitted, None
                    lock_lost, self._lock_lost = self._lock_lost, False
                    try:
                        # Committed even when the refresh failed after storing: a rotated pair
                        # that was written must never be rolled back.
                        self._finish(connection)
                    except TokenStorageError:
                        if uncommitted is None:
                            if not (body_failed or lock_lost):
                                raise
                            # Nothing written is lost (the pair went through a connection of its
                            # own); the refresh's own error, if any, says more.
                            logger.warning("the refresh lock's transaction could not be committed")
                        failed_commit = uncommitted is not None
                    else:
                        failed_commit = False
                if failed_commit:
                    assert uncommitted is not None
                    logger.warning("the refresh lock's transaction was lost; storing the tokens again")
                    self._write(uncommitted)
        finally:
            with contextlib.suppress(*self._errors):
                connection.close()

    def _lock(self, connection: Connection) -> None:
        sql = self._sql
        try:
            if sql.dialect == "sqlite":
                # BEGIN IMMEDIATE is sent by hand: the driver must not open a transaction itself.
                connection = connection.execution_options(isolation_level="AUTOCOMMIT")
                for text in sql.sqlite_lock():
                    connection.exec_driver_sql(text)
            else:
                connection.begin()
                for statement, params in sql.postgres_lock():
                    connection.execute(statement, params)
        except self._errors as error:
            with contextlib.suppress(*self._errors):
                connection.rollback()
            if sql.is_lock_timeout(error):
                raise sql.lock_timed_out() from None
            raise sql.failed(error, "taking the refresh lock") from sql.cause(error)

    def _finish(self, connection: Connection) -> None:
        try:
            if self._sql.dialect == "sqlite":
                connection.exec_driver_sql("COMMIT")
            else:
                connection.commit()
        except self._errors as error:
            raise self._sql.failed(error, "releasing the refresh lock") from self._sql.cause(error)

    @contextlib.contextmanager
    def _connection(self, doing: str) -> Generator[Connection, None, None]:
        """The locking transaction while the lock is held, else a connection in autocommit mode:
        each statement run here is atomic alone (the compare-and-delete too), and a read costs one
        round trip instead of three."""
        try:
            with self._held_mutex:
                if self._held is not None:
                    yield self._held
                    return
            with self.engine.connect() as connection:
                connection.execution_options(isolation_level="AUTOCOMMIT")
                yield connection
        except self._errors as error:
            raise self._sql.failed(error, doing) from self._sql.cause(error)

    def _token_place(self) -> Hashable:
        """Where the pair lives, for a pair kept in memory (``_unsaved.place_of``)."""
        return self._sql.place(self.engine)

    def __repr__(self) -> str:
        encrypted = self._sql.encryption is not None
        return f"SQLTokenStorage(table={self._sql.table.name!r}, key={self.key!r}, encrypted={encrypted})"


class AsyncSQLTokenStorage:
    """:class:`SQLTokenStorage` over a SQLAlchemy ``AsyncEngine`` (asyncpg, psycopg, aiosqlite),
    for the async SDK: same arguments and behaviour, coroutine methods, an async lock."""

    def __init__(
        self,
        engine: AsyncEngine,
        *,
        key: str,
        table: Table | str = DEFAULT_TABLE,
        encryption: EncryptionKeys | None = None,
        lock_timeout: float = 60.0,
        write_retry: float = 30.0,
    ) -> None:
        self.engine = engine
        self._sql = _Statements(engine.dialect.name, key, table, encryption, lock_timeout, write_retry)
        self._errors: tuple[type[Exception], ...] = (self._sql.sa.exc.SQLAlchemyError, OSError)
        self._held: AsyncConnection | None = None
        self._held_mutex = asyncio.Lock()
        self._uncommitted: str | None = None
        self._lock_lost = False  # the locking connection broke: its commit cannot succeed

    @property
    def key(self) -> str:
        return self._sql.key

    async def get_tokens(self) -> Tokens | None:
        async with self._connection("reading the tokens") as connection:
            raw = (await connection.execute(self._sql.select)).scalar_one_or_none()
        return self._sql.decode(raw)

    async def set_tokens(self, tokens: Tokens) -> None:
        """As :meth:`SQLTokenStorage.set_tokens`."""
        value = self._sql.encode(tokens)
        async with self._held_mutex:
            held = self._held
            if held is not None:
                try:
                    await held.execute(self._sql.upsert(value))
                except self._errors as error:
                    if not self._sql.unreachable(error):
                        raise self._sql.failed(error, "storing the tokens") from self._sql.cause(error)
                    logger.warning("the refresh lock's connection broke; storing the tokens without it")
                    self._lock_lost = True
                else:
                    self._uncommitted = value
                    return
        await self._write(value)

    async def _write(self, value: str) -> None:
        sql = self._sql
        deadline = time.monotonic() + sql.write_retry
        for delay in _retry_delays():
            connecting = True
            try:
                async with self.engine.connect() as connection:
                    connecting = False
                    await connection.execution_options(isolation_level="AUTOCOMMIT")
                    await connection.execute(sql.upsert(value))
                return
            except self._errors as error:
                if not sql.unreachable(error, connecting=connecting) or time.monotonic() + delay > deadline:
                    raise sql.failed(error, "storing the tokens") from sql.cause(error)
                await asyncio.sleep(delay)

    async def clear_tokens(self) -> None:
        async with self._connection("clearing the tokens") as connection:
            await connection.execute(self._sql.delete)

    async def clear_tokens_if_current(self, tokens: Tokens) -> bool:
        async with self._connection("clearing the tokens") as connection:
            raw = (await connection.execute(self._sql.select)).scalar_one_or_none()
            if raw is None or self._sql.decode(raw) != tokens:
                return False
            return (await connection.execute(self._sql.delete_if(raw))).rowcount == 1

    async def rotate_encryption(self) -> bool:
        """Write the stored pair again under the first encryption key; False when logged out."""
        tokens = await self.get_tokens()
        if tokens is None:
            return False
        await self.set_tokens(tokens)
        return True

    @contextlib.asynccontextmanager
    async def with_refresh_lock(self) -> AsyncGenerator[None, None]:
        sql = self._sql
        try:
            connection = await self.engine.connect()
        except self._errors as error:
            raise sql.failed(error, "taking the refresh lock") from sql.cause(error)
        try:
            await self._lock(connection)
            self._held = connection
            body_failed = True
            try:
                yield
                body_failed = False
            finally:
                async with self._held_mutex:
                    self._held = None
                    uncommitted, self._uncommitted = self._uncommitted, None
                    lock_lost, self._lock_lost = self._lock_lost, False
                    try:
                        await self._finish(connection)
                    except TokenStorageError:
                        if uncommitted is None:
                            if not (body_failed or lock_lost):
                                raise
                            # Nothing written is lost (the pair went through a connection of its
                            # own); the refresh's own error, if any, says more.
                            logger.warning("the refresh lock's transaction could not be committed")
                        failed_commit = uncommitted is not None
                    else:
                        failed_commit = False
                if failed_commit:
                    assert uncommitted is not None
                    logger.warning("the refresh lock's transaction was lost; storing the tokens again")
                    await self._write(uncommitted)
        finally:
            with contextlib.suppress(*self._errors):
                await connection.close()

    async def _lock(self, connection: AsyncConnection) -> None:
        sql = self._sql
        try:
            if sql.dialect == "sqlite":
                connection = await connection.execution_options(isolation_level="AUTOCOMMIT")
                for text in sql.sqlite_lock():
                    await connection.exec_driver_sql(text)
            else:
                await connection.begin()
                for statement, params in sql.postgres_lock():
                    await connection.execute(statement, params)
        except self._errors as error:
            with contextlib.suppress(*self._errors):
                await connection.rollback()
            if sql.is_lock_timeout(error):
                raise sql.lock_timed_out() from None
            raise sql.failed(error, "taking the refresh lock") from sql.cause(error)

    async def _finish(self, connection: AsyncConnection) -> None:
        try:
            if self._sql.dialect == "sqlite":
                await connection.exec_driver_sql("COMMIT")
            else:
                await connection.commit()
        except self._errors as error:
            raise self._sql.failed(error, "releasing the refresh lock") from self._sql.cause(error)

    @contextlib.asynccontextmanager
    async def _connection(self, doing: str) -> AsyncGenerator[AsyncConnection, None]:
        try:
            async with self._held_mutex:
                if self._held is not None:
                    yield self._held
                    return
            async with self.engine.connect() as connection:
                await connection.execution_options(isolation_level="AUTOCOMMIT")
                yield connection
        except self._errors as error:
            raise self._sql.failed(error, doing) from self._sql.cause(error)

    def _token_place(self) -> Hashable:
        """As :meth:`SQLTokenStorage._token_place`: a sync and an async storage of one row are
        one place."""
        return self._sql.place(self.engine.sync_engine)

    def __repr__(self) -> str:
        encrypted = self._sql.encryption is not None
        return (
            f"AsyncSQLTokenStorage(table={self._sql.table.name!r}, key={self.key!r}, encrypted={encrypted})"
        )
