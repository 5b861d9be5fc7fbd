"""The sans-I/O core shared by the sync and async clients.

Why sans-I/O rather than unasync: the two clients sit on different HTTP libraries (urllib3 and
aiohttp, chosen by measurement, see bench/README.md), so an async source could not be turned into
the sync one by renaming. Everything that is not I/O lives here once: building the request,
choosing the model, parsing the answer. The clients only send and wait.
"""

from __future__ import annotations

import functools
import importlib
import time
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple

from ._body import encode_body, encode_json
from ._exceptions import ResponseParseError
from ._headers import check_header, checked, merge_headers
from ._json import JsonTooDeepError, parse_json
from ._operation import Operation, find_operation
from ._response import Headers, Response
from ._result import ApiFailure, ApiResult, ApiSuccess
from ._types import DEFAULT_MAX_RESPONSE_SIZE, Timeout
from ._url import encode_query, fill_path, format_value, join_url
from ._version import __version__

DEFAULT_BASE_URL = "https://api.prisma.io"
USER_AGENT = f"prisma-management-api-python/{__version__}"
_PARAM_LOCATIONS = frozenset({"path", "query", "header"})
ACCEPT_JSON = "application/json"
ACCEPT_NDJSON = "application/x-ndjson"


class PreparedRequest(NamedTuple):
    method: str
    url: str
    headers: dict[str, str]
    body: bytes | None
    timeout: Timeout
    stream: bool
    operation: Operation | None
    # Bytes the (decoded) body may have; a streamed answer is not capped in total.
    max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE
    # time.monotonic() by which the whole call must be done (Timeout.total), or None.
    deadline: float | None = None

    def __repr__(self) -> str:
        # Tracebacks rendered with locals print this: no credential header or form secret.
        from ._redact import describe_body, redact_headers, redact_url  # reprs only: not at import

        operation = self.operation.name if self.operation is not None else None
        return (
            f"PreparedRequest(method={self.method!r}, url={redact_url(self.url)!r}, "
            f"headers={redact_headers(self.headers)!r}, body={describe_body(self.body, self.headers)}, "
            f"timeout={self.timeout!r}, stream={self.stream!r}, operation={operation!r}, "
            f"max_response_size={self.max_response_size!r}, deadline={self.deadline!r})"
        )


class RawResponse(NamedTuple):
    """What a transport hands back: the body, or for a streamed request its chunks."""

    status: int
    headers: Headers
    content: bytes | None
    chunks: Any = None  # Iterator[bytes] (sync) or AsyncIterator[bytes] (async) when streamed
    close: Callable[[], Any] | None = None
    url: str | None = None  # where the answer came from, when a redirect moved the request

    def __repr__(self) -> str:
        # The body is left out: a token endpoint's answer is nothing but secrets.
        content = "None" if self.content is None else f"<{len(self.content)} bytes>"
        streamed = ", streamed" if self.chunks is not None else ""
        return f"RawResponse(status={self.status}, headers={self.headers!r}, content={content}{streamed})"


def base_headers(token: str | None, headers: Mapping[str, str | None] | None) -> dict[str, str]:
    """The headers every request carries. An explicit ``Authorization`` header wins over ``token``."""
    # gzip only: the transports decode it themselves, within max_response_size (_transports/_body.py).
    result = {"User-Agent": USER_AGENT, "Accept": ACCEPT_JSON, "Accept-Encoding": "gzip"}
    if token is not None:
        if not isinstance(token, str) or not token.strip():
            raise ValueError("token must be a non-empty string")
        try:
            check_header("Authorization", token)
        except ValueError:
            # Never the token itself in the message: it may end up in a log.
            raise ValueError(
                "token contains a line break, a control character or a character outside latin-1 "
                "(not shown): strip it; a token read from a file often ends with a newline"
            ) from None
        result["Authorization"] = f"Bearer {token}"
    if headers:
        merge_headers(result, checked(headers))
    return result


def prepare(
    *,
    base_url: str,
    default_headers: Mapping[str, str],
    method: str,
    path: str,
    params: Mapping[str, Any] | None,
    body: Any,
    headers: Mapping[str, str | None] | None,
    timeout: Timeout,
    max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE,
    query_serializer: Callable[[Mapping[str, Any]], str] | None = None,
    body_serializer: Callable[[Any], tuple[bytes | str, str]] | None = None,
    stream: bool = False,
) -> PreparedRequest:
    """The request of one call. The serializers, when given, replace the default encoding of the
    query and of the body (``_serializers``); ``stream`` asks for the answer unbuffered."""
    method = method.upper()
    if not path.startswith("/"):
        raise ValueError(f"path must start with '/', got {path!r}")
    operation = find_operation(method, path)
    params = params or {}
    unknown = set(params) - _PARAM_LOCATIONS
    if unknown:
        raise ValueError(f"params has unknown keys {sorted(unknown)}: use 'path', 'query' and 'header'")
    query = params.get("query")
    encoded = encode_query(query) if query_serializer is None else _custom_query(query_serializer, query)
    url = join_url(base_url, fill_path(path, params.get("path")), encoded)
    request_headers = dict(default_headers)
    streamed_operation = operation.streams if operation is not None else False
    stream = stream or streamed_operation
    if streamed_operation and request_headers.get("Accept") == ACCEPT_JSON:
        # Accept follows the media type the spec declares for the answer (the log operations).
        request_headers["Accept"] = ACCEPT_NDJSON
    header_params = params.get("header")
    if header_params:
        merge_headers(
            request_headers,
            {
                name: check_header(name, format_value(value, f"header parameter {name!r}"))
                for name, value in header_params.items()
                if value is not None
            },
        )
    if headers:
        merge_headers(request_headers, checked(headers))
    content = None
    if body is not None:
        content_type = _content_type(request_headers)
        if body_serializer is not None:
            from ._serializers import serialize_body

            content, serialized_type = serialize_body(body_serializer, body)
            if content_type is None:  # the caller's own Content-Type wins, as in openapi-fetch
                request_headers["Content-Type"] = serialized_type
        elif content_type is None:
            content = encode_json(body)
            request_headers["Content-Type"] = ACCEPT_JSON
        else:
            content = encode_body(body, content_type)
    deadline = None if timeout.total is None else time.monotonic() + timeout.total
    return PreparedRequest(
        method, url, request_headers, content, timeout, stream, operation, max_response_size, deadline
    )


def _content_type(headers: Mapping[str, str]) -> str | None:
    """The caller's ``Content-Type``, if they set one."""
    for name, value in headers.items():
        if name.lower() == "content-type":
            return value
    return None


def _custom_query(serializer: Callable[[Mapping[str, Any]], str], query: Any) -> str:
    text = serializer(query if query is not None else {})
    if not isinstance(text, str):
        raise TypeError(f"query_serializer must return a str, got {type(text).__name__}")
    if any(c in text for c in "\r\n #") or any(ord(c) < 0x20 for c in text):
        raise ValueError("query_serializer returned a query with a space, a '#' or a control character")
    return text[1:] if text.startswith("?") else text


# --- answers ----------------------------------------------------------------------------------


@functools.cache
def _models_module() -> Any:
    # The index of every model: getattr imports the one module (a resource's) that defines it.
    return importlib.import_module("prisma_management_api._generated.types")


@functools.cache
def json_decoder(model_name: str | None) -> Callable[[bytes], Any]:
    """bytes -> model (msgspec decodes the JSON straight into it: the fast path), or plain JSON."""
    if model_name is None:
        return parse_json
    from ._model_decoding import json_decoder as model_json_decoder

    return model_json_decoder(getattr(_models_module(), model_name))  # a model class or a union alias


@functools.cache
def record_parser(model_name: str | None) -> Callable[[Any], Any]:
    """parsed JSON record -> model; a record of a kind this SDK does not know stays a dict."""
    if model_name is None:
        return lambda record: record
    from ._model_decoding import python_decoder

    decode = python_decoder(getattr(_models_module(), model_name))

    def parse(record: Any) -> Any:
        try:
            return decode(record)
        except ValueError:  # not an object of a kind this SDK knows
            return record

    return parse


def response_model(operation: Operation | None, status: int) -> tuple[str, str | None]:
    """(content kind, model name) the spec gives for this status, with sensible fallbacks."""
    if operation is None:
        return ("json", None)
    found = operation.responses.get(status)
    if found is not None:
        return found
    success = 200 <= status < 300
    for other, spec in operation.responses.items():
        if (200 <= other < 300) == success and spec[0] != "empty":
            return spec
    return ("json", "ErrorResponse" if not success else None)


def to_response(request: PreparedRequest, raw: RawResponse) -> Response:
    return Response(
        raw.status, raw.headers, url=raw.url or request.url, method=request.method, content=raw.content
    )


def parse_result(request: PreparedRequest, raw: RawResponse, retries: int = 0) -> ApiResult[Any, Any]:
    """A buffered answer -> ApiResult (streams are wrapped by the client, which knows its I/O)."""
    response = to_response(request, raw)
    kind, model_name = response_model(request.operation, raw.status)
    content = raw.content
    if response.ok:
        if not content or kind == "empty" or _is_json_null(content):
            return ApiSuccess(None, response, retries)
        try:
            return ApiSuccess(json_decoder(model_name)(content), response, retries)
        except ValueError as exc:
            why = f" ({exc})" if isinstance(exc, JsonTooDeepError) else ""
            raise ResponseParseError(
                f"{request.method} {request.url.split('?', 1)[0]} answered {raw.status} "
                f"with a body that is not valid JSON{why}"
            ) from exc
    return ApiFailure(_parse_error(raw.status, content, model_name), response, retries)


def _is_json_null(content: bytes) -> bool:
    """A body of JSON ``null``: no data (as fetch's ``response.json()`` gives null), not a parse error."""
    return len(content) <= 16 and content.strip() == b"null"


def _parse_error(status: int, content: bytes | None, model_name: str | None) -> Any:
    try:
        return json_decoder(model_name)(content) if content else _synthetic_error(status, "")
    except ValueError:
        return _synthetic_error(status, (content or b"").decode("utf-8", errors="replace"))


def _synthetic_error(status: int, text: str) -> Any:
    """An ErrorResponse for an error answer without the API's JSON body (a proxy's 502 page)."""
    models = _models_module()
    message = f"HTTP {status} without a JSON error body" + (f": {text[:200]}" if text.strip() else "")
    return models.ErrorResponse(error=models.ErrorDetail(code="unexpected-response", message=message))
