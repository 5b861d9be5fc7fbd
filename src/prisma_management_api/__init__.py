"""Python SDK for the Prisma Management API.

Names load on first use, so ``import prisma_management_api`` stays cheap: the HTTP libraries and
pydantic are imported only when a client is made or a response is parsed.
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
    from ._client import (
        ManagementApiClient as ManagementApiClient,
    )
    from ._client import (
        create_management_api_client as create_management_api_client,
    )
    from ._exceptions import (
        APIConnectionError as APIConnectionError,
    )
    from ._exceptions import (
        APITimeoutError as APITimeoutError,
    )
    from ._exceptions import (
        AuthError as AuthError,
    )
    from ._exceptions import (
        FetchError as FetchError,
    )
    from ._exceptions import (
        PrismaError as PrismaError,
    )
    from ._exceptions import (
        ResponseParseError as ResponseParseError,
    )
    from ._ndjson import AsyncNdjsonStream as AsyncNdjsonStream
    from ._ndjson import NdjsonStream as NdjsonStream
    from ._response import Headers as Headers
    from ._response import Response as Response
    from ._result import ApiResult as ApiResult
    from ._types import Timeout as Timeout

_LAZY = {
    "create_management_api_client": "._client",
    "ManagementApiClient": "._client",
    "create_async_management_api_client": "._async_client",
    "AsyncManagementApiClient": "._async_client",
    "ApiResult": "._result",
    "Response": "._response",
    "Headers": "._response",
    "NdjsonStream": "._ndjson",
    "AsyncNdjsonStream": "._ndjson",
    "Timeout": "._types",
    "PrismaError": "._exceptions",
    "FetchError": "._exceptions",
    "APIConnectionError": "._exceptions",
    "APITimeoutError": "._exceptions",
    "AuthError": "._exceptions",
    "ResponseParseError": "._exceptions",
    "types": ".types",
}

__all__ = [
    "__version__",
    "create_management_api_client",
    "ManagementApiClient",
    "create_async_management_api_client",
    "AsyncManagementApiClient",
    "ApiResult",
    "Response",
    "Headers",
    "NdjsonStream",
    "AsyncNdjsonStream",
    "Timeout",
    "PrismaError",
    "FetchError",
    "APIConnectionError",
    "APITimeoutError",
    "AuthError",
    "ResponseParseError",
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
