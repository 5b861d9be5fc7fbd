"""Exceptions the SDK raises. An HTTP error status is not one of them: it comes back as a result."""

from __future__ import annotations


class PrismaError(Exception):
    """Base class of every exception this SDK raises."""


class FetchError(PrismaError):
    """The request could not be completed: no HTTP response came back.

    The underlying exception is the ``__cause__``. Mirrors the TypeScript SDK's ``FetchError``.
    """

    def __init__(self, message: str, *, method: str = "", url: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.method = method
        self.url = url


class APIConnectionError(FetchError):
    """Connecting or talking to the server failed.

    ``request_sent`` is False when the failure provably happened before any byte of the
    request left (the connection was never made): only then is it safe to re-send a POST.
    """

    def __init__(self, message: str, *, method: str = "", url: str = "", request_sent: bool = True) -> None:
        super().__init__(message, method=method, url=url)
        self.request_sent = request_sent


class APITimeoutError(APIConnectionError):
    """The server did not answer in time."""


class ResponseParseError(PrismaError):
    """A successful (2xx) response whose body is not the JSON the operation promises."""


class AuthError(PrismaError):
    """Login, callback handling or token refresh failed.

    ``refresh_token_invalid`` is True when the refresh token is dead (``invalid_grant``): the user
    must log in again.
    """

    def __init__(self, message: str, *, refresh_token_invalid: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.refresh_token_invalid = refresh_token_invalid
