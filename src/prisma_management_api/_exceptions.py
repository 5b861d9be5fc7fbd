"""Exceptions the SDK raises.

An HTTP error status comes back as a result from the path methods (``client.GET(...)``) and is
raised as an :class:`APIStatusError` subclass by the resource methods (``client.projects.retrieve``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

if TYPE_CHECKING:
    from ._database_credentials import DatabaseCredentials
    from ._response import Response


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
    """The server did not answer in time (a connect or read timeout, or the call's ``Timeout.total``
    deadline)."""


class ResponseTooLargeError(FetchError):
    """The answer's body is larger than the client's ``max_response_size`` (counted after gzip or
    deflate decoding): reading stopped there and the connection was closed. Not retried.

    ``limit`` is the limit in bytes that was exceeded.
    """

    def __init__(self, message: str, *, method: str = "", url: str = "", limit: int = 0) -> None:
        super().__init__(message, method=method, url=url)
        self.limit = limit


class ResponseParseError(PrismaError):
    """A successful (2xx) response whose body is not the JSON the operation promises, or any answer
    whose body cannot be decoded (a corrupt gzip body, a ``Content-Encoding`` the SDK cannot read)."""


class NdjsonLineTooLongError(ResponseParseError):
    """A line of an NDJSON stream (one record) is longer than the client's
    ``max_ndjson_line_bytes``; the stream is closed."""

    def __init__(self, max_line_bytes: int) -> None:
        self.max_line_bytes = max_line_bytes
        super().__init__(
            f"an NDJSON line is longer than {max_line_bytes} bytes (max_ndjson_line_bytes); "
            "pass a larger max_ndjson_line_bytes to the client if such records are expected"
        )

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.max_line_bytes,))


class AuthError(PrismaError):
    """Login, callback handling or token refresh failed.

    ``refresh_token_invalid`` is True when the refresh token is dead (``invalid_grant``): the user
    must log in again.
    """

    def __init__(self, message: str, *, refresh_token_invalid: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.refresh_token_invalid = refresh_token_invalid


class TokenStorageError(AuthError):
    """The token storage (Redis, a SQL database) failed or could not be reached.

    The stored tokens are unchanged: retry once the storage is back. The storage's own exception
    is the ``__cause__`` only when its text cannot hold the tokens (a failed connection); else
    the message names its type. An :class:`AuthError`, so code that handles failed logins handles it too.
    When it is a refreshed pair that could not be stored (the message says so), the SDK keeps
    that pair in memory, uses it for its next calls and stores it once the storage is back.
    """


# --- HTTP error statuses, raised by the resource methods (``client.projects.retrieve(...)``) ------


class APIStatusError(PrismaError):
    """The API answered with an error status (4xx/5xx).

    Raised by the resource methods; the path methods (``client.GET(...)``) and
    ``with_raw_response`` return the error in an :class:`~prisma_management_api.ApiResult` instead.
    ``code``, ``message`` and ``hint`` come from the API's ``{"error": {...}}`` body; ``body`` is
    that body parsed (the operation's error model), ``response`` the whole
    :class:`~prisma_management_api.Response`.
    """

    status_code: int
    code: str
    message: str
    hint: str | None
    body: object
    response: Response

    def __init__(
        self,
        status_code: int,
        code: str,
        message: str,
        hint: str | None,
        body: object,
        response: Response,
    ) -> None:
        self.status_code = status_code
        self.code = code
        self.message = message
        self.hint = hint
        self.body = body
        self.response = response
        text = f"{status_code} {code}: {message}"
        if hint:
            text += f" (hint: {hint})"
        super().__init__(text)

    def __reduce__(self) -> tuple[object, ...]:
        # Exceptions pickle through their args by default; this one has more than a message.
        return (
            type(self),
            (self.status_code, self.code, self.message, self.hint, self.body, self.response),
        )


class BadRequestError(APIStatusError):
    """400: the request is malformed (an invalid cursor, a bad parameter)."""


class AuthenticationError(APIStatusError):
    """401: the token is missing, invalid or expired."""


class PermissionDeniedError(APIStatusError):
    """403: the token may not do this."""


class NotFoundError(APIStatusError):
    """404: no such resource (or not visible to this token)."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's current state."""


class PayloadTooLargeError(APIStatusError):
    """413: the request body is too large."""


class UnprocessableEntityError(APIStatusError):
    """422: the request is well-formed but its values are invalid."""


class RateLimitError(APIStatusError):
    """429: too many requests. ``retry_after`` is the server's ``Retry-After`` in seconds, if any."""

    @property
    def retry_after(self) -> float | None:
        from ._retries import parse_retry_after

        return parse_retry_after(self.response.headers.get("retry-after"))


class InternalServerError(APIStatusError):
    """5xx: the server failed."""


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    413: PayloadTooLargeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(body: object, response: Response) -> APIStatusError:
    """The exception for an error answer: the class by status, the fields from the body.

    Error bodies come in a few shapes: the API's ``{"error": {"code", "message", "hint"}}``, and
    OAuth-style ``{"error": "code", "error_description": ...}`` on the GitHub Actions exchange.
    Anything else still gives a usable message.
    """
    status = response.status
    cls = _STATUS_ERRORS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    code, message, hint = _error_fields(body, response)
    return cls(status, code, message, hint, body, response)


def _field(value: Any, *names: str) -> Any:
    """The first of ``names`` that ``value`` has, as a model attribute or a dict key."""
    for name in names:
        found: Any = (
            cast("dict[str, Any]", value).get(name) if isinstance(value, dict) else getattr(value, name, None)
        )
        if found is not None:
            return found
    return None


def _error_fields(body: Any, response: Response) -> tuple[str, str, str | None]:
    error = _field(body, "error")
    if isinstance(error, str):  # OAuth style: {"error": "code", "error_description": "..."}
        code, message, hint = error, _field(body, "error_description", "errorDescription"), None
    else:
        code, message, hint = _field(error, "code"), _field(error, "message"), _field(error, "hint")
    if not isinstance(code, str) or not code:
        code = f"http-{response.status}"
    if not isinstance(message, str) or not message:
        message = f"{response.method} {response.url.split('?', 1)[0]} failed"
    return code, message, hint if isinstance(hint, str) and hint else None


# --- waiting for a resource to settle ------------------------------------------------------------


class ResourceFailedError(PrismaError):
    """A resource being waited for reached a terminal failure status (a database in ``failure``).

    ``value`` is the resource as last read (it may hold secrets: never logged by the SDK).
    """

    def __init__(self, resource: str, resource_id: str, status: str, expected: str, value: object) -> None:
        self.resource = resource
        self.resource_id = resource_id
        self.status = status
        self.value = value
        super().__init__(f"{resource} {resource_id} reached status {status!r} while waiting for {expected}")


class WaitTimeoutError(PrismaError, TimeoutError):
    """A resource did not reach the awaited status in time; ``status`` is the last one seen.

    ``credentials``: raised by ``create_database_with_credentials`` (or ``get_or_create_database``
    when it created the database), the :class:`DatabaseCredentials` of the database it created,
    whose connection strings the API showed once, at creation: they are not lost with the
    call (never shown in the message or repr). The error is then a :class:`DatabaseCreatedError`
    too, as every error those calls raise after the create. ``None`` otherwise.
    """

    def __init__(
        self,
        resource: str,
        resource_id: str,
        status: str | None,
        expected: str,
        timeout: float,
        *,
        credentials: DatabaseCredentials | None = None,
    ) -> None:
        self.resource = resource
        self.resource_id = resource_id
        self.status = status
        self.timeout = timeout
        self.expected = expected
        self.credentials = credentials
        kept = (
            " (it was created: its connection strings are in the error's credentials)" if credentials else ""
        )
        super().__init__(
            f"{resource} {resource_id} is still {status!r} after {timeout:g} s (waiting for {expected}){kept}"
        )


class DatabaseCreatedError(Exception):
    """What ``create_database_with_credentials`` (and ``get_or_create_database`` when it creates
    the database) raises once the database exists, whatever ended the call: an error while
    waiting (``APIConnectionError``, ``APITimeoutError``, any ``APIStatusError``,
    ``ResourceFailedError``, ``WaitTimeoutError``) or an exception of your ``on_progress``.

    ``credentials`` is the :class:`DatabaseCredentials` of the database it created: the API shows
    connection strings once, at creation, so they must not be lost with the call. The error keeps
    its own type as well: the SDK raises a subclass of both this class and the original one (same
    name, message, attributes and traceback), so ``except APIConnectionError`` still catches it,
    and ``except DatabaseCreatedError as error: error.credentials`` catches all of them, typed.
    The strings are never in the message, ``args`` or ``repr``. ``KeyboardInterrupt`` and task
    cancellation keep their exact type: use ``on_created=`` to be handed the credentials before
    any waiting.
    """

    credentials: DatabaseCredentials
    # The class this error was before the SDK added the credentials (None: raised as it is).
    kept_from: ClassVar[type[Exception] | None] = None

    def __str__(self) -> str:
        text = super().__str__()
        credentials = getattr(self, "credentials", None)
        if credentials is None:
            return text
        return (
            f"{text} (database {credentials.database.id} was created: "
            "its connection strings are in the error's credentials)"
        )

    def __reduce__(self) -> str | tuple[Any, ...]:
        # The subclass is made at run time and cannot be found by name: pickle the original class,
        # its args and attributes (the credentials with them, and the fields outside __dict__),
        # and make the subclass again.
        if self.kept_from is None:
            return super().__reduce__()
        from ._created_error import picklable_fields, restore

        return (restore, (self.kept_from, self.args, dict(vars(self)), picklable_fields(self)))
