"""What a transport is: send one prepared request, hand back the raw answer."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from .._core import PreparedRequest, RawResponse
from .._exceptions import APIConnectionError, APITimeoutError, FetchError
from .._headers import check_header


@runtime_checkable
class SyncTransport(Protocol):
    def send(self, request: PreparedRequest) -> RawResponse:
        """Send; raise :class:`~prisma_management_api.FetchError` (or a subclass) on failure."""
        ...

    def close(self) -> None: ...


@runtime_checkable
class AsyncTransport(Protocol):
    async def send(self, request: PreparedRequest) -> RawResponse: ...

    async def aclose(self) -> None: ...


def transport_error(kind: str, request: PreparedRequest, detail: str = "") -> FetchError:
    """The SDK's exception for a failure a transport classified as ``kind``.

    ``connect``: no connection was made; ``connect-timeout``: none was made in time (both mean no
    byte of the request left); ``read-timeout``: no answer in time; ``io``: anything else.
    """
    where = f"{request.method} {request.url.split('?', 1)[0]}"
    method, url = request.method, request.url
    if kind == "connect":
        return APIConnectionError(
            f"could not connect for {where}", method=method, url=url, request_sent=False
        )
    if kind == "connect-timeout":
        return APITimeoutError(
            f"timed out connecting for {where}", method=method, url=url, request_sent=False
        )
    if kind == "read-timeout":
        return APITimeoutError(f"timed out waiting for the answer to {where}", method=method, url=url)
    return APIConnectionError(f"connection failed during {where}: {detail}", method=method, url=url)


def invalid_header_error(request: PreparedRequest) -> ValueError:
    """The error for a request header that the HTTP library refused to send.

    Headers are checked before any transport (``_headers``), but a middleware may add one after
    that check. A ``ValueError`` (a mistake in the call, not a network failure: never retried)
    that names the header but never shows its value, which may be a token.
    """
    where = f"{request.method} {request.url.split('?', 1)[0]}"
    for name, value in request.headers.items():
        try:
            check_header(name, value)
        except (TypeError, ValueError) as exc:
            return ValueError(f"{where}: {exc}")
    return ValueError(f"{where}: the HTTP library refused a header of this request (values not shown)")


def check_own_loop(library: str, exc: RuntimeError) -> None:
    """Say plainly what a user's async HTTP client means by "Event loop is closed": it was used
    again after the loop it belongs to closed (a second ``asyncio.run``)."""
    if "event loop is closed" in str(exc).lower():
        raise RuntimeError(
            f"the {library} passed as http_client belongs to an event loop that has closed (a "
            "client of your own serves one loop): make one per loop, or pass none and let the SDK "
            "manage its own"
        ) from exc
