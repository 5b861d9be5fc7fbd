"""A TokenStorageError's whole traceback, chained causes included, shows no token.

A logged exception prints its cause's text too. SQLAlchemy puts a statement's parameters in its
text, and a Redis server that lacks a command quotes the command's arguments in its reply: both
hold the stored pair, so the storages chain such errors to nothing (a connection failure, whose
text names only the host and port, stays chained: see tests/storages).
"""

from __future__ import annotations

import traceback
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
import sqlalchemy
from support.servers import RedisServer, start_or_report

from prisma_management_api import RedisTokenStorage, SQLTokenStorage, Tokens, TokenStorageError

A = Tokens("ws_1", "access-secret-a", "refresh-secret-a")


def assert_no_token_in_traceback(error: BaseException) -> None:
    text = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    assert "access-secret-a" not in text and "refresh-secret-a" not in text, text


def test_a_sql_statement_error_chains_nothing_that_quotes_the_tokens(tmp_path: Path) -> None:
    # No token table: every statement fails, and SQLAlchemy's text quotes its parameters.
    engine = sqlalchemy.create_engine(f"sqlite:///{tmp_path / 'tokens.db'}")
    storage = SQLTokenStorage(engine, key="prisma:u1", write_retry=0)
    try:
        with pytest.raises(TokenStorageError, match="storing the tokens") as info:
            storage.set_tokens(A)
        assert info.value.__cause__ is None
        assert_no_token_in_traceback(info.value)
    finally:
        engine.dispose()


@pytest.fixture
def redis_without_scripting() -> Iterator[redis.Redis]:
    """A real redis-server whose EVAL/EVALSHA are renamed away, as some managed offers do."""
    server = start_or_report(RedisServer, "--rename-command", "EVAL", "", "--rename-command", "EVALSHA", "")
    client = redis.Redis(host="127.0.0.1", port=server.port)
    yield client
    client.close()
    server.close()


def test_a_redis_reply_quoting_the_command_is_not_chained(redis_without_scripting: redis.Redis) -> None:
    storage = RedisTokenStorage(redis_without_scripting, key="prisma:u1")
    storage.set_tokens(A)
    # The compare-and-delete script carries the stored pair as an argument; the server refuses
    # the unknown command and quotes its arguments in the reply.
    with pytest.raises(TokenStorageError, match="clearing the tokens") as info:
        storage.clear_tokens_if_current(A)
    pass
    assert_no_token_in_traceback(info.value)
