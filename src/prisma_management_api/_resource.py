"""What the generated resource namespaces (``client.projects``, ``client.databases``, ...) stand on.

The namespaces themselves are generated (``_generated/resources/<name>.py``, one module per
top-level namespace) and imported on first use, so ``import prisma_management_api`` and making a
client stay cheap. Each method exists twice: ``client.projects.with_raw_response.retrieve(...)``
sends the request and returns the :class:`ApiResult`; ``client.projects.retrieve(...)`` calls it,
raises :class:`APIStatusError` on an error status and returns the payload.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Final

from ._exceptions import ResponseParseError, status_error
from ._result import ApiResult

if TYPE_CHECKING:
    from ._async_client import AsyncManagementApiClient
    from ._client import ManagementApiClient


class NotGiven:
    """The default of optional body properties: *leave it out*, as opposed to ``None`` (send null).

    ``client.branches.update(branch_id)`` sends ``{}``; ``client.branches.update(branch_id,
    is_default=None)`` sends ``{"isDefault": null}``.
    """

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()


def body_of(properties: dict[str, object]) -> dict[str, object]:
    """The JSON body: the given properties, without those left at ``NOT_GIVEN``."""
    return {key: value for key, value in properties.items() if not isinstance(value, NotGiven)}


def raise_for_status(result: ApiResult[Any, Any]) -> None:
    if not result.response.ok:
        raise status_error(result.error, result.response)


def unwrap(result: ApiResult[Any, Any]) -> Any:
    """The parsed body (or stream) of a successful answer; an error status is raised."""
    raise_for_status(result)
    return result.data


def unwrap_data(result: ApiResult[Any, Any]) -> Any:
    """The ``data`` of a ``{"data": ...}`` answer; an error status is raised."""
    raise_for_status(result)
    envelope: Any = result.data
    try:
        return envelope.data
    except AttributeError:
        response = result.response
        raise ResponseParseError(
            f"{response.method} {response.url.split('?', 1)[0]} answered {response.status} "
            "without the `data` its schema promises"
        ) from None


class SyncAPIResource:
    """Base of the sync namespaces: holds the client whose ``request`` they call."""

    def __init__(self, client: ManagementApiClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"


class AsyncAPIResource:
    """Base of the async namespaces."""

    def __init__(self, client: AsyncManagementApiClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"


_CACHE = "_resource_cache"


def resource_namespace(client: object, module: str, class_name: str) -> Any:
    """The client's instance of a generated namespace class, made (and its module imported) once."""
    cache: dict[str, Any] = client.__dict__.setdefault(_CACHE, {})
    found = cache.get(class_name)
    if found is None:
        loaded = importlib.import_module(f"prisma_management_api._generated.{module}")
        found = cache[class_name] = getattr(loaded, class_name)(client)
    return found


def forget_namespaces(client: object) -> None:
    """Drop a copied client's namespaces: they would still call the original client."""
    client.__dict__.pop(_CACHE, None)
