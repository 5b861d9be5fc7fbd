"""HTTP engine of the fake Prisma platform: router, request/response types, server.

Server stack, chosen by measuring (``bench/fake_server_rps.py``; method and
full tables in ``bench/README.md``, section "Fake server throughput"): a
hand-written :class:`asyncio.Protocol` on ``httptools`` (llhttp, the parser
uvicorn uses).  Server CPU per simple GET, server in its own process, on this
2-core machine (steadier than raw rates, which swing with the machine's load):

* bare httptools protocol          20-85 us
* this engine (router, faults, counters included)   64-151 us
* aiohttp low-level server         83-250 us (before any routing)
* aiohttp web application          116-228 us
* stdlib ThreadingHTTPServer       142-194 us
* h11 protocol                     170-228 us

Measured with a light client (8 raw keep-alive connections): 7,600-7,900
requests/s in its own process, 7,900/s in process (a busy machine cut that
to 1,900/s once).  A single urllib3 thread spends ~240-550 us of CPU per
request of its own, so it tops out near 3,000/s against any server; in
process, where client and server share the GIL, aiohttp's server would pull
that down to ~1,600-1,900/s, this engine to ~1,900-2,800/s.  aiohttp adds
no dependency but costs as much as the whole engine; so the engine does
HTTP/1.1 framing itself (keep-alive, pipelining, chunked bodies, ``Expect:
100-continue``, size limits), all covered by ``tests/testing/test_engine.py``.
``httptools`` is therefore a dependency of the ``testing`` extra.

Handlers are plain synchronous callables run on the server's event loop (the
fake's state lives in memory, so they are fast); a handler may also return an
awaitable, and the engine itself awaits injected latency and streams chunked
responses without blocking the loop.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import functools
import http
import inspect
import json
import logging
import math
import socket
import struct
import threading
from collections import deque
from collections.abc import (
    AsyncIterable,
    AsyncIterator,
    Awaitable,
    Callable,
    Iterable,
    Mapping,
    Sequence,
)
from dataclasses import dataclass, field
from types import TracebackType
from typing import Final, Protocol, TypeAlias, TypeVar, Union
from urllib.parse import parse_qs, unquote

try:
    import httptools
except ImportError as exc:  # pragma: no cover - depends on the install
    raise ImportError(
        "the fake Prisma platform needs httptools: pip install 'prisma-management-api[testing]'"
    ) from exc
from multidict import CIMultiDict, CIMultiDictProxy

__all__ = [
    "App",
    "FakeHTTPError",
    "FakeRequest",
    "FakeResponse",
    "FaultPlan",
    "Handler",
    "JSONValue",
    "Observer",
    "RequestHook",
    "ServerThread",
    "empty",
    "error_code_for_status",
    "error_response",
    "json_response",
    "ndjson_response",
    "stream_response",
]

logger = logging.getLogger("prisma_management_api.testing")

JSONValue: TypeAlias = Union[bool, int, float, str, list["JSONValue"], dict[str, "JSONValue"], None]
_T = TypeVar("_T")

# Limits that keep a misbehaving client from growing the fake's memory.
MAX_HEADER_BYTES: Final = 64 * 1024
MAX_BODY_BYTES: Final = 16 * 1024 * 1024
# Pipelined requests queued on one connection before reading pauses.
_MAX_QUEUED: Final = 32
#: Seconds a connection may go without progress (no bytes from the client while nothing is being
#: answered, or answers the client does not read) before the fake closes it.
DEFAULT_IDLE_TIMEOUT: Final = 60.0

_ERROR_CODES: Final[Mapping[int, str]] = {
    400: "client-error",
    401: "authentication-failed",
    403: "permission-denied",
    404: "resource-not-found",
    409: "conflict",
    422: "validation-error",
    429: "rate-limit-exceeded",
}


def error_code_for_status(status: int) -> str:
    """The Management API's error ``code`` for an HTTP status."""
    if status >= 500:
        return "internal-server-error"
    return _ERROR_CODES.get(status, "client-error")


# --------------------------------------------------------------------------
# Requests and responses


class FakeRequest:
    """One parsed HTTP request, as handed to a route handler."""

    __slots__ = (
        "_query",
        "app",
        "body",
        "headers",
        "http_version",
        "method",
        "path",
        "path_params",
        "query_string",
        "route",
    )

    def __init__(
        self,
        method: str,
        path: str,
        query_string: str = "",
        headers: CIMultiDictProxy[str] | Mapping[str, str] | None = None,
        body: bytes = b"",
        *,
        http_version: str = "1.1",
        app: str = "",
    ) -> None:
        self.method = method
        #: Path as sent (still percent-encoded), without the query string.
        self.path = path
        self.query_string = query_string
        if isinstance(headers, CIMultiDictProxy):
            self.headers: CIMultiDictProxy[str] = headers
        else:
            self.headers = CIMultiDictProxy(CIMultiDict(headers or {}))
        self.body = body
        self.http_version = http_version
        #: Name of the :class:`App` that received the request.
        self.app = app
        #: Template of the matched route (``/v1/projects/{id}``), else None.
        self.route: str | None = None
        #: Percent-decoded values of the template's ``{name}`` segments.
        self.path_params: dict[str, str] = {}
        self._query: dict[str, list[str]] | None = None

    def __repr__(self) -> str:
        # The query string is left out on purpose: it can carry secrets.
        return f"<FakeRequest {self.method} {self.path}>"

    @property
    def query(self) -> dict[str, list[str]]:
        """Query parameters, each with all its values (parsed on first use)."""
        if self._query is None:
            self._query = _parse_urlencoded(self.query_string)
        return self._query

    def query_param(self, name: str, default: str | None = None) -> str | None:
        """First value of a query parameter."""
        values = self.query.get(name)
        return values[0] if values else default

    @property
    def content_type(self) -> str:
        """Media type of the body, lower-cased, without parameters."""
        value = self.headers.get("Content-Type", "")
        return value.split(";", 1)[0].strip().lower()

    def json(self) -> JSONValue:
        """The body decoded as JSON; a 400 :class:`FakeHTTPError` if it is not."""
        try:
            value: JSONValue = json.loads(self.body)
        except (ValueError, UnicodeDecodeError) as exc:
            raise FakeHTTPError(400, f"request body is not valid JSON: {exc}") from None
        return value

    def form(self) -> dict[str, list[str]]:
        """The body decoded as ``application/x-www-form-urlencoded``.

        The content type is not checked here: endpoints differ in how they
        report a wrong one (the token endpoint answers ``invalid_request``).
        """
        try:
            text = self.body.decode("utf-8")
        except UnicodeDecodeError:
            raise FakeHTTPError(400, "form body is not valid UTF-8") from None
        return _parse_urlencoded(text)


def _parse_urlencoded(text: str) -> dict[str, list[str]]:
    return parse_qs(text, keep_blank_values=True) if text else {}


ChunkSource: TypeAlias = Union[AsyncIterable[bytes], Iterable[bytes]]


@dataclass(slots=True)
class FakeResponse:
    """What a handler returns.

    With ``stream`` set, ``body`` is ignored and each chunk the iterable
    yields is sent (and flushed) as one HTTP/1.1 chunk.  The engine sets
    ``Content-Length``/``Transfer-Encoding``/``Connection`` itself.
    """

    status: int
    headers: dict[str, str] = field(default_factory=dict[str, str])
    body: bytes = b""
    stream: ChunkSource | None = None


def json_response(status: int, obj: object, headers: Mapping[str, str] | None = None) -> FakeResponse:
    """A JSON response; ``obj`` is anything :func:`json.dumps` accepts."""
    merged = {"Content-Type": "application/json"}
    if headers:
        merged.update(headers)
    body = json.dumps(obj, separators=(",", ":")).encode()
    return FakeResponse(status, merged, body)


def empty(status: int = 204, headers: Mapping[str, str] | None = None) -> FakeResponse:
    """A response without a body."""
    return FakeResponse(status, dict(headers or {}))


def stream_response(
    chunks: ChunkSource,
    status: int = 200,
    content_type: str = "application/x-ndjson",
    headers: Mapping[str, str] | None = None,
) -> FakeResponse:
    """A chunked response; an async iterable may ``await`` between chunks."""
    merged = {"Content-Type": content_type}
    if headers:
        merged.update(headers)
    return FakeResponse(status, merged, stream=chunks)


def ndjson_response(
    records: AsyncIterable[object] | Iterable[object],
    status: int = 200,
    headers: Mapping[str, str] | None = None,
) -> FakeResponse:
    """A chunked ``application/x-ndjson`` stream: one JSON record per chunk."""
    return stream_response(_ndjson_chunks(records), status, headers=headers)


async def _ndjson_chunks(
    records: AsyncIterable[object] | Iterable[object],
) -> AsyncIterator[bytes]:
    if isinstance(records, AsyncIterable):
        async for record in records:
            yield json.dumps(record, separators=(",", ":")).encode() + b"\n"
    else:
        for record in records:
            yield json.dumps(record, separators=(",", ":")).encode() + b"\n"


def error_response(
    status: int,
    message: str,
    *,
    code: str | None = None,
    headers: Mapping[str, str] | None = None,
) -> FakeResponse:
    """The Management API's error shape: ``{"error": {"code", "message"}}``."""
    error = {"code": code or error_code_for_status(status), "message": message}
    return json_response(status, {"error": error}, headers)


class FakeHTTPError(Exception):
    """Raise from a handler (or ``FakeRequest.json()``) to answer an error."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        code: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code
        self.headers = dict(headers or {})

    def response(self) -> FakeResponse:
        return error_response(self.status, self.message, code=self.code, headers=self.headers)


# --------------------------------------------------------------------------
# Routing

Handler: TypeAlias = Callable[[FakeRequest], Union[FakeResponse, Awaitable[FakeResponse]]]
#: Called for every request to a route *before* faults apply (counters).
Observer: TypeAlias = Callable[[FakeRequest], None]


@dataclass(frozen=True, slots=True)
class FaultPlan:
    """What a :class:`RequestHook` wants done to one request.

    ``delay`` is awaited first; then ``reset`` aborts the connection without
    a response, else ``response`` replaces the handler's, else the handler runs.
    """

    delay: float = 0.0
    reset: bool = False
    response: FakeResponse | None = None


class RequestHook(Protocol):
    """Seen by every request before its handler (``_faults.Faults`` is one).

    ``route`` is the matched template, or None when no route has that path.
    """

    def on_request(self, app: str, method: str, route: str | None, path: str) -> FaultPlan | None: ...


@dataclass(frozen=True, slots=True)
class _Route:
    method: str
    template: str
    handler: Handler
    observer: Observer | None


class _Node:
    """One path segment of the route trie."""

    __slots__ = ("allowed", "param", "param_name", "routes", "static", "template")

    def __init__(self) -> None:
        self.static: dict[str, _Node] = {}
        self.param: _Node | None = None
        self.param_name = ""
        self.routes: dict[str, _Route] = {}
        self.allowed: tuple[str, ...] = ()  # sorted methods, for 405's Allow
        self.template = ""


@dataclass(slots=True)
class _Match:
    template: str | None = None
    route: _Route | None = None
    params: dict[str, str] = field(default_factory=dict[str, str])
    allowed: tuple[str, ...] = ()


class _Router:
    """Segment trie: static segments win over ``{param}`` ones."""

    def __init__(self) -> None:
        self._root = _Node()

    def add(self, route: _Route) -> None:
        node = self._root
        for segment in _segments(route.template):
            if segment.startswith("{") and segment.endswith("}"):
                name = segment[1:-1]
                if not name.isidentifier():
                    raise ValueError(f"bad parameter {segment!r} in {route.template!r}")
                if node.param is None:
                    node.param = _Node()
                    node.param_name = name
                elif node.param_name != name:
                    raise ValueError(
                        f"{route.template!r}: parameter {{{name}}} conflicts with "
                        f"{{{node.param_name}}} at the same position"
                    )
                node = node.param
            else:
                node = node.static.setdefault(segment, _Node())
        if route.method in node.routes:
            raise ValueError(f"duplicate route {route.method} {route.template}")
        node.routes[route.method] = route
        node.allowed = tuple(sorted(node.routes))
        node.template = route.template

    def match(self, method: str, path: str) -> _Match:
        params: dict[str, str] = {}
        node = self._find(self._root, _segments(path), 0, params)
        if node is None:
            return _Match()
        route = node.routes.get(method)
        return _Match(node.template, route, params, node.allowed)

    def _find(self, node: _Node, segments: list[str], index: int, params: dict[str, str]) -> _Node | None:
        if index == len(segments):
            return node if node.routes else None
        segment = segments[index]
        child = node.static.get(unquote(segment))
        if child is not None:
            found = self._find(child, segments, index + 1, params)
            if found is not None:
                return found
        if node.param is not None and segment:
            found = self._find(node.param, segments, index + 1, params)
            if found is not None:
                params[node.param_name] = unquote(segment)
                return found
        return None


def _segments(path: str) -> list[str]:
    if not path.startswith("/"):
        return [path]  # "*" or garbage: matches nothing registered
    return path[1:].split("/")


# --------------------------------------------------------------------------
# Apps


class _Abort:
    """Marker outcome: drop the connection without a response."""


_ABORT: Final = _Abort()
_Outcome: TypeAlias = Union[FakeResponse, _Abort, Awaitable[Union[FakeResponse, _Abort]]]


class App:
    """A set of routes served on one listener (the API, or the OAuth server).

    ``hook`` (typically the shared ``Faults``) sees every request first.
    ``base_url`` is filled in by :class:`ServerThread` once it listens.
    """

    def __init__(self, name: str, *, hook: RequestHook | None = None) -> None:
        self.name = name
        self.hook = hook
        self.base_url: str | None = None
        self._router = _Router()

    def __repr__(self) -> str:
        return f"<App {self.name} {self.base_url or '(not listening)'}>"

    def add_route(
        self,
        method: str,
        template: str,
        handler: Handler,
        *,
        observer: Observer | None = None,
    ) -> None:
        """Register ``handler`` for ``METHOD template`` (``/v1/projects/{id}``)."""
        if not template.startswith("/"):
            raise ValueError(f"route template must start with '/': {template!r}")
        self._router.add(_Route(method.upper(), template, handler, observer))

    def route(
        self, method: str, template: str, *, observer: Observer | None = None
    ) -> Callable[[Handler], Handler]:
        """Decorator form of :meth:`add_route`."""

        def register(handler: Handler) -> Handler:
            self.add_route(method, template, handler, observer=observer)
            return handler

        return register

    def dispatch(self, request: FakeRequest) -> _Outcome:
        """Route one request; an awaitable only when something must wait."""
        match = self._router.match(request.method, request.path)
        request.route = match.template
        request.path_params = match.params
        if match.route is not None and match.route.observer is not None:
            _run_observer(match.route.observer, request)
        plan = None
        if self.hook is not None:
            plan = self.hook.on_request(self.name, request.method, match.template, request.path)
        if plan is None:
            return _call_handler(match, request)
        if plan.delay > 0:
            return _after_delay(plan, match, request)
        return _apply_plan(plan, match, request)

    async def handle(self, request: FakeRequest) -> FakeResponse | None:
        """Dispatch and await: the response, or None for a connection reset.

        Handy for unit tests of handlers without a socket.
        """
        outcome = self.dispatch(request)
        if not isinstance(outcome, (FakeResponse, _Abort)):
            outcome = await outcome
        return outcome if isinstance(outcome, FakeResponse) else None


def _run_observer(observer: Observer, request: FakeRequest) -> None:
    try:
        observer(request)
    except Exception:
        # Counting must never break serving; the bug is still visible in logs.
        logger.exception("observer failed for %s %s", request.method, request.route)


def _apply_plan(plan: FaultPlan, match: _Match, request: FakeRequest) -> _Outcome:
    if plan.reset:
        return _ABORT
    if plan.response is not None:
        return plan.response
    return _call_handler(match, request)


async def _after_delay(plan: FaultPlan, match: _Match, request: FakeRequest) -> FakeResponse | _Abort:
    await asyncio.sleep(plan.delay)
    outcome = _apply_plan(plan, match, request)
    if isinstance(outcome, (FakeResponse, _Abort)):
        return outcome
    return await outcome


def _call_handler(match: _Match, request: FakeRequest) -> FakeResponse | Awaitable[FakeResponse]:
    route = match.route
    if route is None:
        return _no_route(match, request)
    try:
        result = route.handler(request)
    except FakeHTTPError as exc:
        return exc.response()
    except Exception:
        return _internal_error(request)
    if isinstance(result, FakeResponse):
        return result
    if inspect.isawaitable(result):
        return _await_handler(result, request)
    return _bad_result(result, request)


async def _await_handler(result: Awaitable[FakeResponse], request: FakeRequest) -> FakeResponse:
    try:
        response = await result
    except FakeHTTPError as exc:
        return exc.response()
    except Exception:
        return _internal_error(request)
    if isinstance(response, FakeResponse):
        return response
    return _bad_result(response, request)


def _no_route(match: _Match, request: FakeRequest) -> FakeResponse:
    if match.template is None:
        return error_response(404, f"no route for {request.method} {request.path}")
    allowed = ", ".join(match.allowed)
    return error_response(
        405,
        f"method {request.method} not allowed on {match.template}; allowed: {allowed}",
        code="client-error",
        headers={"Allow": allowed},
    )


def _internal_error(request: FakeRequest) -> FakeResponse:
    # Called from an except block: logger.exception records the traceback;
    # the client only learns which route failed.
    logger.exception("handler failed for %s %s", request.method, request.route)
    return error_response(500, f"the fake's handler for {request.method} {request.route} raised an exception")


def _bad_result(result: object, request: FakeRequest) -> FakeResponse:
    logger.error(
        "handler for %s %s returned %r, not a FakeResponse",
        request.method,
        request.route,
        type(result),
    )
    return error_response(500, "the fake's handler returned no response")


# --------------------------------------------------------------------------
# HTTP/1.1 on asyncio


_REASONS: Final[Mapping[int, bytes]] = {s.value: s.phrase.encode() for s in http.HTTPStatus}


@dataclass(slots=True)
class _Parsed:
    """A complete request read off the wire, waiting for its turn."""

    method: str
    target: bytes
    headers: CIMultiDictProxy[str]
    body: bytes
    version: str
    keep_alive: bool


class _RequestTooLarge(Exception):
    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


class _Connection(asyncio.Protocol):
    """One client connection: parse requests, answer them in order.

    Requests are parsed into a queue and answered one at a time, so that
    pipelined requests get their responses in order even when one of them
    waits (latency fault, async handler, streaming).  Most requests are
    answered synchronously without creating a task.
    """

    def __init__(self, app: App, connections: set[_Connection], idle_timeout: float | None) -> None:
        self._app = app
        self._connections = connections
        self._loop = asyncio.get_running_loop()
        self._idle_timeout = idle_timeout
        self._idle_timer: asyncio.TimerHandle | None = None
        self._last_progress = self._loop.time()
        self._parser = httptools.HttpRequestParser(self)
        self._transport: asyncio.Transport | None = None
        self._queue: deque[_Parsed] = deque()
        self._task: asyncio.Task[None] | None = None
        self._reading = True
        # Once no more requests will be read, the connection closes after the
        # queued responses; _final_error (400, 413, 431) is answered last.
        self._stop_reading = False
        self._final_error: int | None = None
        self._lost = False
        self._write_paused = False
        self._drained: asyncio.Future[None] | None = None
        self._reset_message()

    # asyncio.Protocol ------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport
        self._connections.add(self)
        self._arm_idle_timer(self._idle_timeout)

    def connection_lost(self, exc: Exception | None) -> None:
        self._lost = True
        self._connections.discard(self)
        self._queue.clear()
        if self._idle_timer is not None:
            self._idle_timer.cancel()
        if self._task is not None and not self._task.done():
            self._task.cancel()
        self._wake_writer()

    def data_received(self, data: bytes) -> None:
        self._last_progress = self._loop.time()
        if self._stop_reading:
            return
        try:
            self._parser.feed_data(data)
        except httptools.HttpParserUpgrade:
            # No protocol switching here: answer what was read, then close.
            self._halt_reading(None)
        except httptools.HttpParserError as exc:
            cause = exc.__context__
            status = cause.status if isinstance(cause, _RequestTooLarge) else 400
            self._halt_reading(status)
        self._pump()

    def eof_received(self) -> bool:
        # The client half-closed after sending: answer what it sent, then
        # close.  True keeps the transport open for those answers.
        if not self._stop_reading:
            self._halt_reading(None)
        self._pump()
        return True

    def pause_writing(self) -> None:
        self._write_paused = True

    def resume_writing(self) -> None:
        self._write_paused = False
        self._last_progress = self._loop.time()
        self._wake_writer()
        if self._task is None:
            self._pump()  # the client reads again: answer what waited, then read more

    # httptools callbacks ---------------------------------------------------

    def _reset_message(self) -> None:
        self._url = bytearray()
        self._raw_headers: list[tuple[bytes, bytes]] = []
        self._header_bytes = 0
        self._body = bytearray()

    def on_message_begin(self) -> None:
        self._reset_message()

    def on_url(self, url: bytes) -> None:
        self._url += url
        self._count_header_bytes(len(url))

    def on_header(self, name: bytes, value: bytes) -> None:
        self._count_header_bytes(len(name) + len(value))
        self._raw_headers.append((name, value))

    def on_headers_complete(self) -> None:
        expect_continue = False
        for name, value in self._raw_headers:
            lowered = name.lower()
            if lowered == b"content-length" and value.isdigit() and int(value) > MAX_BODY_BYTES:
                raise _RequestTooLarge(413)
            expect_continue |= lowered == b"expect" and value.lower() == b"100-continue"
        if expect_continue and not self._queue and self._task is None:
            # curl waits (up to 1 s) for this before sending a large body.  Not
            # sent behind a pending response: it would land inside that one.
            self._write(b"HTTP/1.1 100 Continue\r\n\r\n")

    def on_body(self, body: bytes) -> None:
        self._body += body
        if len(self._body) > MAX_BODY_BYTES:
            raise _RequestTooLarge(413)

    def on_message_complete(self) -> None:
        headers = CIMultiDict([(n.decode("latin-1"), v.decode("latin-1")) for n, v in self._raw_headers])
        self._queue.append(
            _Parsed(
                method=self._parser.get_method().decode("ascii", "replace"),
                target=bytes(self._url),
                headers=CIMultiDictProxy(headers),
                body=bytes(self._body),
                version=self._parser.get_http_version(),
                keep_alive=self._parser.should_keep_alive(),
            )
        )

    def _count_header_bytes(self, size: int) -> None:
        self._header_bytes += size
        if self._header_bytes > MAX_HEADER_BYTES:
            raise _RequestTooLarge(431)

    # Answering -------------------------------------------------------------

    def _halt_reading(self, error_status: int | None) -> None:
        self._stop_reading = True
        self._final_error = error_status
        self._pause_reading()

    def _pump(self) -> None:
        """Answer queued requests until one has to wait or the queue is empty.

        Backpressure: while the transport's write buffer is over its high-water mark (the client
        is not reading its answers), nothing more is answered and nothing more is read, so a
        client that pipelines without reading holds at most one buffer and one read's worth of
        requests. ``resume_writing`` pumps again.
        """
        while self._queue and self._task is None and not self._lost and not self._write_paused:
            self._answer(self._queue.popleft())
        if self._lost:
            return
        if self._write_paused or self._task is not None:
            # Waiting on the client (full buffer) or on an answer (delay, stream): stop reading
            # once enough is queued, so pipelining behind a slow answer is bounded too.
            if self._write_paused or len(self._queue) >= _MAX_QUEUED:
                self._pause_reading()
            return
        if self._stop_reading:
            self._finish_connection()
        elif len(self._queue) < _MAX_QUEUED:
            self._resume_reading()
        else:
            self._pause_reading()

    def _answer(self, parsed: _Parsed) -> None:
        try:
            outcome = self._app.dispatch(_to_request(parsed, self._app.name))
            if isinstance(outcome, FakeResponse) and outcome.stream is None:
                self._send(parsed, outcome)
            elif isinstance(outcome, _Abort):
                self._reset()
            else:
                self._task = self._loop.create_task(self._answer_later(parsed, outcome))
        except Exception:
            # A bug in a hook or a response that cannot be serialized (say, a
            # header with a line break): still answer, and keep serving.
            logger.exception("failed to answer %s %s", parsed.method, _path_of(parsed.target))
            self._send(parsed, error_response(500, "the fake failed to build a response"))

    async def _answer_later(
        self, parsed: _Parsed, outcome: FakeResponse | Awaitable[FakeResponse | _Abort]
    ) -> None:
        try:
            result = outcome if isinstance(outcome, FakeResponse) else await outcome
            if isinstance(result, _Abort):
                self._reset()
            elif result.stream is not None:
                await self._send_stream(parsed, result)
            else:
                self._send(parsed, result)
        except asyncio.CancelledError:
            return  # connection lost or server closing
        except Exception:
            # Possibly mid-stream: the only honest signal left is a cut connection.
            logger.exception("failed to answer %s %s", parsed.method, _path_of(parsed.target))
            self._abort()
            return
        finally:
            self._task = None
        self._pump()

    def _keep_alive(self, parsed: _Parsed) -> bool:
        last = self._stop_reading and not self._queue
        return parsed.keep_alive and not last

    def _send(self, parsed: _Parsed, response: FakeResponse) -> None:
        keep_alive = self._keep_alive(parsed)
        no_body = response.status in (204, 304) or response.status < 200
        body = b"" if no_body else response.body
        headers = dict(response.headers)
        if not no_body:
            headers["Content-Length"] = str(len(body))
        if parsed.method == "HEAD":
            body = b""
        head = _head(response.status, headers, keep_alive, parsed.version)
        self._write(head + body)
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug("%s %s -> %d", parsed.method, _path_of(parsed.target), response.status)
        if not keep_alive:
            self._close()

    async def _send_stream(self, parsed: _Parsed, response: FakeResponse) -> None:
        # HTTP/1.0 has no chunked encoding: send raw and mark the end by closing.
        chunked = parsed.version == "1.1"
        keep_alive = chunked and self._keep_alive(parsed)
        headers = dict(response.headers)
        if chunked:
            headers["Transfer-Encoding"] = "chunked"
        self._write(_head(response.status, headers, keep_alive, parsed.version))
        assert response.stream is not None
        chunks = _iterate(response.stream) if parsed.method != "HEAD" else _iterate(())
        async for chunk in chunks:
            if chunk:
                self._write(b"%x\r\n%s\r\n" % (len(chunk), chunk) if chunked else chunk)
                await self._drain()
        if chunked:
            self._write(b"0\r\n\r\n")
        if not keep_alive:
            self._close()

    def _finish_connection(self) -> None:
        if self._final_error is not None:
            status, self._final_error = self._final_error, None
            response = error_response(status, _ERROR_MESSAGES.get(status, "bad request"))
            head = _head(status, {"Content-Length": str(len(response.body))} | response.headers, False, "1.1")
            self._write(head + response.body)
        self._close()

    # Transport helpers -----------------------------------------------------

    def _write(self, data: bytes) -> None:
        if self._transport is not None and not self._lost:
            self._last_progress = self._loop.time()
            self._transport.write(data)

    def _arm_idle_timer(self, delay: float | None) -> None:
        if delay is not None and not self._lost:
            self._idle_timer = self._loop.call_later(delay, self._check_idle)

    def _check_idle(self) -> None:
        """Close a connection that made no progress for ``idle_timeout`` seconds.

        Progress is a byte read or written. An answer the server is still producing (a delayed
        handler, a log stream waiting for lines) is not the client's idleness, so a busy
        connection is only closed while its answers sit unread in a full write buffer.
        """
        self._idle_timer = None
        timeout = self._idle_timeout
        if timeout is None or self._lost:
            return
        idle_for = self._loop.time() - self._last_progress
        busy = self._task is not None and not self._write_paused
        if busy or idle_for < timeout:
            self._arm_idle_timer(timeout - idle_for if not busy else timeout)
            return
        logger.debug("closing a connection idle for %.1f s", idle_for)
        if self._write_paused or self._queue or self._task is not None:
            self._abort()  # answers nobody reads: drop them with the connection
        else:
            self._close()

    async def _drain(self) -> None:
        if self._lost:
            raise asyncio.CancelledError
        if self._write_paused:
            self._drained = self._loop.create_future()
            await self._drained

    def _wake_writer(self) -> None:
        if self._drained is not None and not self._drained.done():
            self._drained.set_result(None)
        self._drained = None

    def _pause_reading(self) -> None:
        if self._reading and self._transport is not None and not self._lost:
            self._reading = False
            self._transport.pause_reading()

    def _resume_reading(self) -> None:
        if not self._reading and self._transport is not None and not self._lost:
            self._reading = True
            self._transport.resume_reading()

    def _close(self) -> None:
        self._stop_reading = True
        self._final_error = None  # a malformed follow-up just sees the close
        self._queue.clear()
        if self._transport is not None:
            self._transport.close()

    def _reset(self) -> None:
        """Injected reset: a TCP RST, so clients see ECONNRESET, not a clean EOF."""
        if self._transport is not None:
            sock = self._transport.get_extra_info("socket")
            if sock is not None:
                with contextlib.suppress(OSError):
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self._abort()

    def _abort(self) -> None:
        self._stop_reading = True
        self._queue.clear()
        if self._transport is not None:
            self._transport.abort()

    def shutdown(self) -> None:
        """Server closing: drop the connection and whatever it was doing."""
        if self._task is not None:
            self._task.cancel()
        self._abort()


_ERROR_MESSAGES: Final[Mapping[int, str]] = {
    400: "malformed HTTP request",
    413: f"request body larger than {MAX_BODY_BYTES} bytes",
    431: f"request line and headers larger than {MAX_HEADER_BYTES} bytes",
}


def _to_request(parsed: _Parsed, app: str) -> FakeRequest:
    target = parsed.target.decode("latin-1")
    if not target.startswith("/") and "://" in target:
        # Absolute form (sent to proxies): keep only path and query.
        url = httptools.parse_url(parsed.target)
        target = (url.path or b"/").decode("latin-1")
        if url.query:
            target += "?" + url.query.decode("latin-1")
    path, _, query = target.partition("?")
    path = path.partition("#")[0]
    return FakeRequest(
        parsed.method,
        path,
        query,
        parsed.headers,
        parsed.body,
        http_version=parsed.version,
        app=app,
    )


def _path_of(target: bytes) -> str:
    return target.decode("latin-1").partition("?")[0]


def _head(status: int, headers: Mapping[str, str], keep_alive: bool, version: str) -> bytes:
    lines = [b"HTTP/1.1 %d %s" % (status, _REASONS.get(status, b"Unknown"))]
    for name, value in headers.items():
        if "\r" in value or "\n" in value or "\r" in name or "\n" in name:
            raise ValueError(f"header {name!r} contains a line break")
        lines.append(f"{name}: {value}".encode("latin-1"))
    if not keep_alive:
        lines.append(b"Connection: close")
    elif version == "1.0":
        lines.append(b"Connection: keep-alive")
    lines.append(b"\r\n")
    return b"\r\n".join(lines)


async def _iterate(chunks: ChunkSource) -> AsyncIterator[bytes]:
    if isinstance(chunks, AsyncIterable):
        async for chunk in chunks:
            yield chunk
    else:
        for chunk in chunks:
            yield chunk


# --------------------------------------------------------------------------
# Server thread


class ServerThread:
    """Serve :class:`App` s on loopback from a daemon thread's event loop.

    Each app gets its own listener (``ports`` maps app names to fixed ports;
    default 0 = any free port).  All listeners share one thread and loop.
    ``idle_timeout``: seconds after which a connection that makes no progress
    is closed (None: never); see ``_Connection._check_idle``.

    >>> with ServerThread([api, oauth]) as server:      # doctest: +SKIP
    ...     server.url("api")                           # 'http://127.0.0.1:40123'
    """

    def __init__(
        self,
        apps: Sequence[App],
        *,
        host: str = "127.0.0.1",
        ports: Mapping[str, int] | None = None,
        idle_timeout: float | None = DEFAULT_IDLE_TIMEOUT,
    ) -> None:
        if idle_timeout is not None and not 0 < idle_timeout < math.inf:  # NaN fails too
            raise ValueError(
                f"idle_timeout must be a positive number of seconds or None, not {idle_timeout!r}"
            )
        names = [app.name for app in apps]
        if len(set(names)) != len(names):
            raise ValueError(f"app names must be unique: {names}")
        self._apps = list(apps)
        self._host = host
        self._ports = dict(ports or {})
        self._idle_timeout = idle_timeout
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._servers: list[asyncio.Server] = []
        self._connections: set[_Connection] = set()
        self._bound: dict[str, int] = {}
        self._lock = threading.Lock()
        self._closed = False

    def __repr__(self) -> str:
        urls = ", ".join(f"{n}={u}" for n, u in self.urls.items())
        return f"<ServerThread {urls or 'not started'}>"

    # Lifecycle -------------------------------------------------------------

    def start(self) -> ServerThread:
        """Bind every listener and start serving; returns once listening."""
        with self._lock:
            if self._closed:
                raise RuntimeError("ServerThread cannot be restarted after close()")
            if self._thread is not None:
                return self
            ready: concurrent.futures.Future[None] = concurrent.futures.Future()
            self._loop = asyncio.new_event_loop()
            self._thread = threading.Thread(
                target=self._run, args=(ready,), name="prisma-fake-server", daemon=True
            )
            self._thread.start()
        try:
            ready.result()
        except Exception:  # binding failed and the thread has ended
            self._thread.join()
            with self._lock:
                self._closed = True
            raise
        return self

    def _run(self, ready: concurrent.futures.Future[None]) -> None:
        loop = self._loop
        assert loop is not None
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(self._bind())
        except BaseException as exc:
            for server in self._servers:  # listeners bound before the failure
                server.close()
            loop.run_until_complete(asyncio.sleep(0))
            loop.close()
            ready.set_exception(exc)
            return
        ready.set_result(None)
        try:
            loop.run_forever()
        finally:
            # One more turn lets aborted transports run their close callbacks.
            loop.run_until_complete(asyncio.sleep(0))
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

    async def _bind(self) -> None:
        loop = asyncio.get_running_loop()
        for app in self._apps:
            port = self._ports.get(app.name, 0)
            server = await loop.create_server(
                functools.partial(_Connection, app, self._connections, self._idle_timeout), self._host, port
            )
            self._servers.append(server)
            self._bound[app.name] = server.sockets[0].getsockname()[1]
            app.base_url = self._base_url(self._bound[app.name])

    def _base_url(self, port: int) -> str:
        host = f"[{self._host}]" if ":" in self._host else self._host
        return f"http://{host}:{port}"

    def close(self, timeout: float = 5.0) -> None:
        """Stop listening, drop open connections, stop the thread. Idempotent."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        if threading.current_thread() is thread:
            raise RuntimeError("close() called from the server's own thread")
        if thread.is_alive() and not loop.is_closed():
            future = asyncio.run_coroutine_threadsafe(self._shutdown(), loop)
            try:
                future.result(timeout)
            except (concurrent.futures.TimeoutError, RuntimeError):
                logger.warning("fake server did not shut down within %.1f s", timeout)
            loop.call_soon_threadsafe(loop.stop)
        # app.base_url is kept: tokens issued under that URL stay checkable.
        thread.join(timeout)

    async def _shutdown(self) -> None:
        for server in self._servers:
            server.close()
        for connection in list(self._connections):
            connection.shutdown()
        current = asyncio.current_task()
        tasks = [t for t in asyncio.all_tasks() if t is not current]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        for server in self._servers:
            await server.wait_closed()

    def serve_forever(self, on_started: Callable[[ServerThread], None] | None = None) -> None:
        """Start (if needed) and block until KeyboardInterrupt, then close.

        ``on_started`` (say, printing the URLs) runs once listening, inside
        the interrupt handling, so a Ctrl+C at any moment closes cleanly.
        """
        try:
            self.start()
            if on_started is not None:
                on_started(self)
            thread = self._thread
            assert thread is not None
            # A timed join keeps Ctrl+C responsive (an untimed wait is not
            # interruptible on Windows).
            while thread.is_alive():
                thread.join(0.5)
        except KeyboardInterrupt:
            pass
        finally:
            self.close()

    def __enter__(self) -> ServerThread:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # Introspection ---------------------------------------------------------

    @property
    def loop(self) -> asyncio.AbstractEventLoop:
        if self._loop is None:
            raise RuntimeError("server not started")
        return self._loop

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive() and not self._closed

    def port(self, app: str) -> int:
        try:
            return self._bound[app]
        except KeyError:
            raise KeyError(f"no listener for app {app!r} (started: {self.running})") from None

    def url(self, app: str) -> str:
        """Base URL of an app's listener, ``http://127.0.0.1:PORT``."""
        return self._base_url(self.port(app))

    @property
    def urls(self) -> dict[str, str]:
        return {name: self._base_url(port) for name, port in self._bound.items()}

    def call(self, fn: Callable[[], _T], timeout: float | None = 10.0) -> _T:
        """Run ``fn`` on the server's loop thread and return its result.

        For tests that want to touch state exactly as a handler would,
        without racing the server thread.
        """
        if self._thread is not None and threading.current_thread() is self._thread:
            return fn()

        async def run() -> _T:
            return fn()

        return asyncio.run_coroutine_threadsafe(run(), self.loop).result(timeout)
