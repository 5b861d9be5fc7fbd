"""Static type tests of the hardening options (issue 12): checked by mypy --strict and pyright.

Nothing here runs; lines marked ``# type: ignore[...]`` must fail to type-check.
"""

# pyright: reportUnnecessaryTypeIgnoreComment=error

from __future__ import annotations

from pathlib import Path

from typing_extensions import assert_type

from prisma_management_api import (
    AsyncManagementApiClient,
    FileTokenStorage,
    InsecureStorageWarning,
    KeyringTokenStorage,
    ManagementApiClient,
    NdjsonLineTooLongError,
    ResponseParseError,
    Tokens,
    create_async_management_api_client,
    create_management_api_client,
)


def check_ndjson_line_limit() -> None:
    client = create_management_api_client(token="t", max_ndjson_line_bytes=1 << 20)
    assert_type(client, ManagementApiClient)
    assert_type(client.with_options(max_ndjson_line_bytes=1 << 24), ManagementApiClient)
    async_client = create_async_management_api_client(token="t", max_ndjson_line_bytes=1 << 20)
    assert_type(async_client.with_options(max_ndjson_line_bytes=64), AsyncManagementApiClient)
    create_management_api_client(token="t", max_ndjson_line_bytes="16MB")  # type: ignore[arg-type]


def check_errors(error: NdjsonLineTooLongError) -> None:
    assert_type(error.max_line_bytes, int)
    parse_error: ResponseParseError = error
    del parse_error


def check_tokens_without_refresh_token(tokens: Tokens) -> None:
    assert_type(tokens.refresh_token, str | None)


def check_storage_warning(storage: FileTokenStorage) -> None:
    warning = InsecureStorageWarning("x")
    user_warning: UserWarning = warning
    del user_warning
    assert_type(storage.path, Path)


def check_keyring_lock(storage: KeyringTokenStorage) -> None:
    assert_type(storage.lock_path, Path)  # always a lock file now: the default one or yours
