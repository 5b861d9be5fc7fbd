"""Python SDK for the Prisma Management API.

Names load on first use, so ``import prisma_management_api`` stays cheap: the HTTP libraries and
msgspec are imported only when a client is made or a response is parsed.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:
    from . import types as types
    from ._async_client import (
        AsyncManagementApiClient as AsyncManagementApiClient,
    )
    from ._async_client import (
        create_async_management_api_client as create_async_management_api_client,
    )
    from ._auth._encryption import TokenEncryption as TokenEncryption
    from ._auth._encryption import decode_tokens as decode_tokens
    from ._auth._encryption import encode_tokens as encode_tokens
    from ._auth._file_storage import FileTokenStorage as FileTokenStorage
    from ._auth._github_actions import GitHubActionsOIDC as GitHubActionsOIDC
    from ._auth._keyring_storage import KeyringTokenStorage as KeyringTokenStorage
    from ._auth._private_files import InsecureStorageWarning as InsecureStorageWarning
    from ._auth._redis_storage import AsyncRedisTokenStorage as AsyncRedisTokenStorage
    from ._auth._redis_storage import RedisTokenStorage as RedisTokenStorage
    from ._auth._sdk import AsyncManagementApiSdk as AsyncManagementApiSdk
    from ._auth._sdk import ManagementApiSdk as ManagementApiSdk
    from ._auth._sdk import create_async_management_api_sdk as create_async_management_api_sdk
    from ._auth._sdk import create_management_api_sdk as create_management_api_sdk
    from ._auth._sql_storage import AsyncSQLTokenStorage as AsyncSQLTokenStorage
    from ._auth._sql_storage import SQLTokenStorage as SQLTokenStorage
    from ._auth._sql_storage import create_token_table as create_token_table
    from ._auth._sql_storage import create_token_table_async as create_token_table_async
    from ._auth._sql_storage import token_table as token_table
    from ._auth._storage import AsyncTokenStorage as AsyncTokenStorage
    from ._auth._storage import MemoryTokenStorage as MemoryTokenStorage
    from ._auth._storage import TokenStorage as TokenStorage
    from ._auth._tokens import LoginResult as LoginResult
    from ._auth._tokens import Tokens as Tokens
    from ._client import (
        ManagementApiClient as ManagementApiClient,
    )
    from ._client import (
        create_management_api_client as create_management_api_client,
    )
    from ._credentials import Credentials as Credentials
    from ._database_credentials import DatabaseCredentials as DatabaseCredentials
    from ._database_credentials import DatabaseProgress as DatabaseProgress
    from ._database_credentials import connection_urls as connection_urls
    from ._database_credentials import (
        create_database_with_credentials as create_database_with_credentials,
    )
    from ._database_credentials import get_or_create_database as get_or_create_database
    from ._exceptions import (
        APIConnectionError as APIConnectionError,
    )
    from ._exceptions import APIStatusError as APIStatusError
    from ._exceptions import (
        APITimeoutError as APITimeoutError,
    )
    from ._exceptions import AuthenticationError as AuthenticationError
    from ._exceptions import (
        AuthError as AuthError,
    )
    from ._exceptions import BadRequestError as BadRequestError
    from ._exceptions import ConflictError as ConflictError
    from ._exceptions import DatabaseCreatedError as DatabaseCreatedError
    from ._exceptions import (
        FetchError as FetchError,
    )
    from ._exceptions import InternalServerError as InternalServerError
    from ._exceptions import NdjsonLineTooLongError as NdjsonLineTooLongError
    from ._exceptions import NotFoundError as NotFoundError
    from ._exceptions import PayloadTooLargeError as PayloadTooLargeError
    from ._exceptions import PermissionDeniedError as PermissionDeniedError
    from ._exceptions import (
        PrismaError as PrismaError,
    )
    from ._exceptions import RateLimitError as RateLimitError
    from ._exceptions import ResourceFailedError as ResourceFailedError
    from ._exceptions import (
        ResponseParseError as ResponseParseError,
    )
    from ._exceptions import ResponseTooLargeError as ResponseTooLargeError
    from ._exceptions import TokenStorageError as TokenStorageError
    from ._exceptions import UnprocessableEntityError as UnprocessableEntityError
    from ._exceptions import WaitTimeoutError as WaitTimeoutError
    from ._middleware import AsyncMiddleware as AsyncMiddleware
    from ._middleware import Middleware as Middleware
    from ._middleware import MiddlewareContext as MiddlewareContext
    from ._ndjson import AsyncNdjsonStream as AsyncNdjsonStream
    from ._ndjson import NdjsonStream as NdjsonStream
    from ._operation import Operation as Operation
    from ._operation import list_operations as list_operations
    from ._pagination import AsyncPager as AsyncPager
    from ._pagination import SyncPager as SyncPager
    from ._parse_as import AsyncByteStream as AsyncByteStream
    from ._parse_as import ByteStream as ByteStream
    from ._parse_as import ParseAs as ParseAs
    from ._request import Request as Request
    from ._request import RequestHeaders as RequestHeaders
    from ._resource import NOT_GIVEN as NOT_GIVEN
    from ._resource import NotGiven as NotGiven
    from ._response import Headers as Headers
    from ._response import Response as Response
    from ._result import ApiFailure as ApiFailure
    from ._result import ApiResult as ApiResult
    from ._result import ApiSuccess as ApiSuccess
    from ._retries import RetryPolicy as RetryPolicy
    from ._serializers import BodySerializer as BodySerializer
    from ._serializers import QuerySerializer as QuerySerializer
    from ._serializers import QuerySerializerOptions as QuerySerializerOptions
    from ._types import Timeout as Timeout

_LAZY = {
    "create_management_api_client": "._client",
    "ManagementApiClient": "._client",
    "create_async_management_api_client": "._async_client",
    "AsyncManagementApiClient": "._async_client",
    "create_management_api_sdk": "._auth._sdk",
    "create_async_management_api_sdk": "._auth._sdk",
    "ManagementApiSdk": "._auth._sdk",
    "AsyncManagementApiSdk": "._auth._sdk",
    "Tokens": "._auth._tokens",
    "LoginResult": "._auth._tokens",
    "TokenStorage": "._auth._storage",
    "AsyncTokenStorage": "._auth._storage",
    "MemoryTokenStorage": "._auth._storage",
    "FileTokenStorage": "._auth._file_storage",
    "GitHubActionsOIDC": "._auth._github_actions",
    "Credentials": "._credentials",
    "DatabaseCredentials": "._database_credentials",
    "DatabaseProgress": "._database_credentials",
    "connection_urls": "._database_credentials",
    "create_database_with_credentials": "._database_credentials",
    "get_or_create_database": "._database_credentials",
    "KeyringTokenStorage": "._auth._keyring_storage",
    "RedisTokenStorage": "._auth._redis_storage",
    "AsyncRedisTokenStorage": "._auth._redis_storage",
    "TokenEncryption": "._auth._encryption",
    "encode_tokens": "._auth._encryption",
    "decode_tokens": "._auth._encryption",
    "SQLTokenStorage": "._auth._sql_storage",
    "AsyncSQLTokenStorage": "._auth._sql_storage",
    "token_table": "._auth._sql_storage",
    "create_token_table": "._auth._sql_storage",
    "create_token_table_async": "._auth._sql_storage",
    "InsecureStorageWarning": "._auth._private_files",
    "ApiResult": "._result",
    "ApiSuccess": "._result",
    "ApiFailure": "._result",
    "Response": "._response",
    "Headers": "._response",
    "Middleware": "._middleware",
    "AsyncMiddleware": "._middleware",
    "MiddlewareContext": "._middleware",
    "Request": "._request",
    "RequestHeaders": "._request",
    "ByteStream": "._parse_as",
    "AsyncByteStream": "._parse_as",
    "ParseAs": "._parse_as",
    "QuerySerializer": "._serializers",
    "QuerySerializerOptions": "._serializers",
    "BodySerializer": "._serializers",
    "NdjsonStream": "._ndjson",
    "Operation": "._operation",
    "list_operations": "._operation",
    "AsyncNdjsonStream": "._ndjson",
    "Timeout": "._types",
    "PrismaError": "._exceptions",
    "FetchError": "._exceptions",
    "APIConnectionError": "._exceptions",
    "APITimeoutError": "._exceptions",
    "AuthError": "._exceptions",
    "TokenStorageError": "._exceptions",
    "ResponseParseError": "._exceptions",
    "ResponseTooLargeError": "._exceptions",
    "NdjsonLineTooLongError": "._exceptions",
    "APIStatusError": "._exceptions",
    "BadRequestError": "._exceptions",
    "AuthenticationError": "._exceptions",
    "PermissionDeniedError": "._exceptions",
    "NotFoundError": "._exceptions",
    "ConflictError": "._exceptions",
    "PayloadTooLargeError": "._exceptions",
    "UnprocessableEntityError": "._exceptions",
    "RateLimitError": "._exceptions",
    "InternalServerError": "._exceptions",
    "ResourceFailedError": "._exceptions",
    "DatabaseCreatedError": "._exceptions",
    "WaitTimeoutError": "._exceptions",
    "RetryPolicy": "._retries",
    "SyncPager": "._pagination",
    "AsyncPager": "._pagination",
    "NotGiven": "._resource",
    "NOT_GIVEN": "._resource",
    "types": ".types",
}

__all__ = [
    "__version__",
    "create_management_api_client",
    "ManagementApiClient",
    "create_async_management_api_client",
    "AsyncManagementApiClient",
    "create_management_api_sdk",
    "ManagementApiSdk",
    "create_async_management_api_sdk",
    "AsyncManagementApiSdk",
    "Tokens",
    "LoginResult",
    "TokenStorage",
    "AsyncTokenStorage",
    "MemoryTokenStorage",
    "FileTokenStorage",
    "GitHubActionsOIDC",
    "Credentials",
    "DatabaseCredentials",
    "DatabaseProgress",
    "connection_urls",
    "create_database_with_credentials",
    "get_or_create_database",
    "KeyringTokenStorage",
    "RedisTokenStorage",
    "AsyncRedisTokenStorage",
    "TokenEncryption",
    "encode_tokens",
    "decode_tokens",
    "SQLTokenStorage",
    "AsyncSQLTokenStorage",
    "token_table",
    "create_token_table",
    "create_token_table_async",
    "InsecureStorageWarning",
    "ApiResult",
    "ApiSuccess",
    "ApiFailure",
    "Response",
    "Headers",
    "Middleware",
    "AsyncMiddleware",
    "MiddlewareContext",
    "Request",
    "RequestHeaders",
    "ByteStream",
    "AsyncByteStream",
    "ParseAs",
    "QuerySerializer",
    "QuerySerializerOptions",
    "BodySerializer",
    "NdjsonStream",
    "Operation",
    "list_operations",
    "AsyncNdjsonStream",
    "Timeout",
    "PrismaError",
    "FetchError",
    "APIConnectionError",
    "APITimeoutError",
    "AuthError",
    "TokenStorageError",
    "ResponseParseError",
    "ResponseTooLargeError",
    "NdjsonLineTooLongError",
    "APIStatusError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "PayloadTooLargeError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "ResourceFailedError",
    "DatabaseCreatedError",
    "WaitTimeoutError",
    "RetryPolicy",
    "SyncPager",
    "AsyncPager",
    "NotGiven",
    "NOT_GIVEN",
    "types",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'prisma_management_api' has no attribute {name!r}")
    loaded = importlib.import_module(module, __name__)
    value = loaded if name == "types" else getattr(loaded, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
