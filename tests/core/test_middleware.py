"""Public middleware over real HTTP on loopback, on every client flavour (both clients, each over
its default transport and over httpx): what a hook sees, what it may change, in which order, and
once per attempt."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Callable
from typing import Any

import pytest
from support.clients import TOKEN, Api
from support.loopback import LoopbackServer, Reply, closed_port, ndjson_lines

from prisma_management_api import (
    APIConnectionError,
    AsyncMiddleware,
    Middleware,
    MiddlewareContext,
    Request,
    Response,
    RetryPolicy,
    create_async_management_api_client,
    create_management_api_client,
)
from prisma_management_api.types import ErrorResponse, GetDeploymentLogsEventLog, GetProjectResponse

from .answers import GET_PROJECT, NOT_FOUND, PROJECT, PROJECT_ID, PROJECT_PARAMS

NO_WAIT = RetryPolicy(max_retries=2, initial_delay=0, max_delay=0)


class Recorder(Middleware):
    """Writes each hook call into a shared journal as ``(name, hook, detail)``."""

    def __init__(self, name: str, journal: list[tuple[str, str, Any]]) -> None:
        self.name = name
        self.journal = journal

    def on_request(self, request: Request, context: MiddlewareContext) -> None:
        self.journal.append((self.name, "request", context.attempt))

    def on_response(self, response: Response, request: Request, context: MiddlewareContext) -> None:
        self.journal.append((self.name, "response", response.status))

    def on_error(self, error: Exception, request: Request, context: MiddlewareContext) -> None:
        self.journal.append((self.name, "error", type(error).__name__))


# --- on_request -------------------------------------------------------------------------------


async def test_on_request_changes_the_request_in_place(api: Api, server: LoopbackServer) -> None:
    class Stamp(Middleware):
        def on_request(self, request: Request, context: MiddlewareContext) -> None:
            request.headers["x-request-id"] = f"req-{context.id}"
            request.headers["user-agent"] = "my-app/1.0"  # replaces the SDK's, whatever its case

    server.answer(Reply.json({"data": PROJECT}))
    api.client.use(Stamp())
    result = await api.call("GET", GET_PROJECT, params=PROJECT_PARAMS)
    assert isinstance(result.data, GetProjectResponse)
    sent = server.last
    request_id = sent.header("X-Request-Id")
    assert request_id is not None and request_id.startswith("req-") and len(request_id) > 8
    assert sent.header_values("User-Agent") == ["my-app/1.0"]
    assert sent.header("Authorization") == f"Bearer {TOKEN}", "the hook sees and keeps the bearer"


async def test_on_request_may_return_another_request(api: Api, server: LoopbackServer) -> None:
    class Reroute(Middleware):
        def on_request(self, request: Request, context: MiddlewareContext) -> Request:
            body = json.dumps({"name": "renamed"}).encode()
            return Request(
                "PUT", request.url.replace("/v1/projects", "/v2/projects"), headers=request.headers, body=body
            )

    server.answer(Reply.json({"data": PROJECT}))
    await api.call("POST", "/v1/projects", body={"name": "x"}, middleware=[Reroute()])
    sent = server.last
    assert (sent.method, sent.path) == ("PUT", "/v2/projects")
    assert sent.json() == {"name": "renamed"}
    assert sent.header("Content-Length") == str(len(sent.body))


async def test_on_request_returning_a_response_answers_without_sending(
    api: Api, server: LoopbackServer
) -> None:
    journal: list[tuple[str, str, Any]] = []

    class Cache(Middleware):
        def on_request(self, request: Request, context: MiddlewareContext) -> Response:
            return Response.from_json({"data": {**PROJECT, "name": "cached"}})

    api.client.use(Recorder("outer", journal), Cache(), Recorder("after-cache", journal))
    result = await api.call("GET", GET_PROJECT, params=PROJECT_PARAMS)
    assert server.requests == [], "a request answered by a middleware must not be sent"
    assert isinstance(result.data, GetProjectResponse) and result.data.data.name == "cached"
    assert result.response.url.endswith(f"/v1/projects/{PROJECT_ID}")
    # openapi-fetch: later on_request hooks and every on_response are skipped.
    assert journal == [("outer", "request", 0)]


# --- order ------------------------------------------------------------------------------------


async def test_requests_in_registration_order_responses_in_reverse(
    apis: Callable[..., Api], server: LoopbackServer
) -> None:
    journal: list[tuple[str, str, Any]] = []
    first, second, per_call = (Recorder(n, journal) for n in ("first", "second", "per-call"))
    api = apis(token=TOKEN, base_url=server.base_url, middleware=[first])
    api.client.use(second)
    server.answer(Reply.json({"data": PROJECT}))
    await api.call("GET", GET_PROJECT, params=PROJECT_PARAMS, middleware=[per_call])
    assert journal == [
        ("first", "request", 0),
        ("second", "request", 0),
        ("per-call", "request", 0),
        ("per-call", "response", 200),
        ("second", "response", 200),
        ("first", "response", 200),
    ]
    assert api.client.middleware == (first, second), "a per-call middleware is not kept"


async def test_each_on_request_sees_the_previous_change(api: Api, server: LoopbackServer) -> None:
    class Append(Middleware):
        def __init__(self, mark: str) -> None:
            self.mark = mark

        def on_request(self, request: Request, context: MiddlewareContext) -> None:
            request.headers["X-Trail"] = request.headers.get("X-Trail", "") + self.mark

    api.client.use(Append("a"), Append("b"), Append("c"))
    await api.call("GET", GET_PROJECT, params=PROJECT_PARAMS)
    assert server.last.header("X-Trail") == "abc"


async def test_eject_removes_a_middleware_and_ignores_an_unknown_one(
    api: Api, server: LoopbackServer
) -> None:
    journal: list[tuple[str, str, Any]] = []
    kept, removed = Recorder("kept", journal), Recorder("removed", journal)
    api.client.use(kept, removed)
    api.client.eject(removed, Recorder("never-added", journal))
    await api.call("GET", GET_PROJECT, params=PROJECT_PARAMS)
    assert [name for name, _, _ in journal] == ["kept", "kept"]
    assert api.client.middleware == (kept,)


# --- on_response ------------------------------------------------------------------------------


async def test_on_response_sees_the_answer_and_may_replace_it(api: Api, server: LoopbackServer) -> None:
    seen: list[tuple[int, str | None, bytes | None]] = []

    class HideMissing(Middleware):
        def on_response(
            self, response: Response, request: Request, context: MiddlewareContext
        ) -> Response | None:
            seen.append((response.status, response.headers.get("x-server"), response.content))
            if response.status == 404:
                return Response.from_json(
                    {"data": {**PROJECT, "name": "placeholder"}}, headers={"X-Replaced": "1"}
                )
            return None

    server.answer(Reply.json(NOT_FOUND, status=404, headers=[("X-Server", "loopback")]))
    result = await api.call("GET", GET_PROJECT, params=PROJECT_PARAMS, middleware=[HideMissing()])
    assert seen == [(404, "loopback", json.dumps(NOT_FOUND).encode())]
    assert result.error is None and result.data.data.name == "placeholder"
    assert (result.status, result.response.headers.get("x-replaced")) == (200, "1")


async def test_on_response_changing_the_status_in_place_is_kept(api: Api, server: LoopbackServer) -> None:
    class Forbid(Middleware):
        def on_response(self, response: Response, request: Request, context: MiddlewareContext) -> None:
            response.status = 403
            response.content = json.dumps({"error": {"code": "forbidden", "message": "no"}}).encode()

    server.answer(Reply.json({"data": PROJECT}))
    result = await api.call("GET", GET_PROJECT, params=PROJECT_PARAMS, middleware=[Forbid()])
    assert result.data is None and isinstance(result.error, ErrorResponse)
    assert (result.status, result.error.error.code) == (403, "forbidden")


async def test_on_response_of_a_streamed_operation_may_replace_the_stream(
    api: Api, server: LoopbackServer
) -> None:
    record = {"type": "log", "text": "from the middleware\n", "byteStart": 0, "byteEnd": 20}
    contents: list[bytes | None] = []

    class Replay(Middleware):
        def on_response(self, response: Response, request: Request, context: MiddlewareContext) -> Response:
            contents.append(response.content)
            return Response(
                200, {"Content-Type": "application/x-ndjson"}, content=json.dumps(record).encode() + b"\n"
            )

    server.answer(
        Reply.ndjson(ndjson_lines([{"type": "log", "text": "wire\n", "byteStart": 0, "byteEnd": 5}]))
    )
    result = await api.call(
        "GET",
        "/v1/deployments/{deploymentId}/logs",
        params={"path": {"deploymentId": "d"}},
        middleware=[Replay()],
    )
    records = [r async for r in api.records(result.data)]
    assert contents == [None], "a streamed answer reaches on_response unread"
    assert len(records) == 1 and isinstance(records[0], GetDeploymentLogsEventLog)
    assert records[0].text == "from the middleware\n"


async def test_an_on_response_that_raises_lets_a_streamed_answer_go(api: Api, server: LoopbackServer) -> None:
    server_stopped = threading.Event()

    def endless() -> Any:
        try:
            while True:
                yield json.dumps({"type": "log", "text": "x" * 1000}).encode() + b"\n"
        finally:
            server_stopped.set()  # the write failed: the client hung up

    class Broken(Middleware):
        def on_response(self, response: Response, request: Request, context: MiddlewareContext) -> None:
            raise KeyError("broken")

    server.reset(lambda _request: Reply.ndjson(endless()))
    with pytest.raises(KeyError, match="broken"):
        await api.call(
            "GET",
            "/v1/deployments/{deploymentId}/logs",
            params={"path": {"deploymentId": "d"}},
            middleware=[Broken()],
        )
    # No one can read the answer now: its connection is closed, not held until the client closes.
    # Waited in a thread: aiohttp closes the socket from the event loop, which must keep running.
    stopped = await asyncio.to_thread(server_stopped.wait, 10)
    assert stopped, "the server is still sending an answer no one will read"


# --- on_error ---------------------------------------------------------------------------------


async def test_on_error_may_recover_with_a_response(apis: Callable[..., Api]) -> None:
    journal: list[tuple[str, str, Any]] = []

    class Fallback(Middleware):
        def on_error(self, error: Exception, request: Request, context: MiddlewareContext) -> Response:
            journal.append(("fallback", "error", type(error).__name__))
            return Response.from_json({"data": {**PROJECT, "name": "offline copy"}})

    api = apis(token=TOKEN, base_url=f"http://127.0.0.1:{closed_port()}")
    api.client.use(Recorder("outer", journal), Fallback(), Recorder("inner", journal))
    result = await api.call("GET", GET_PROJECT, params=PROJECT_PARAMS)
    assert isinstance(result.data, GetProjectResponse) and result.data.data.name == "offline copy"
    # Errors go in reverse order; once recovered, the remaining on_error hooks are skipped and
    # every on_response runs on the recovered answer (openapi-fetch's rules).
    assert journal == [
        ("outer", "request", 0),
        ("inner", "request", 0),
        ("inner", "error", "APIConnectionError"),
        ("fallback", "error", "APIConnectionError"),
        ("inner", "response", 200),
        ("outer", "response", 200),
    ]


async def test_on_error_may_raise_another_exception_instead(apis: Callable[..., Api]) -> None:
    class Offline(Exception):
        pass

    seen: list[Exception] = []

    class Translate(Middleware):
        def on_error(self, error: Exception, request: Request, context: MiddlewareContext) -> Exception:
            return Offline("the service is out of reach")

    class Watch(Middleware):
        def on_error(self, error: Exception, request: Request, context: MiddlewareContext) -> None:
            seen.append(error)

    api = apis(token=TOKEN, base_url=f"http://127.0.0.1:{closed_port()}")
    api.client.use(Watch(), Translate())  # Translate's on_error runs first, Watch sees its result
    with pytest.raises(Offline) as caught:
        await api.call("GET", GET_PROJECT, params=PROJECT_PARAMS)
    assert isinstance(caught.value.__cause__, APIConnectionError), "the transport error is the cause"
    assert len(seen) == 1 and isinstance(seen[0], Offline)


async def test_on_error_returning_none_lets_the_error_go_on(apis: Callable[..., Api]) -> None:
    journal: list[tuple[str, str, Any]] = []
    api = apis(token=TOKEN, base_url=f"http://127.0.0.1:{closed_port()}", middleware=[Recorder("r", journal)])
    with pytest.raises(APIConnectionError):
        await api.call("GET", GET_PROJECT, params=PROJECT_PARAMS)
    assert journal == [("r", "request", 0), ("r", "error", "APIConnectionError")]


async def test_an_exception_raised_by_a_hook_ends_the_call(api: Api, server: LoopbackServer) -> None:
    class Refuse(Middleware):
        def on_request(self, request: Request, context: MiddlewareContext) -> None:
            raise PermissionError("no deletes on Fridays")

    with pytest.raises(PermissionError, match="Fridays"):
        await api.call("DELETE", GET_PROJECT, params=PROJECT_PARAMS, middleware=[Refuse()])
    assert server.requests == []


# --- attempts: retries and middleware ---------------------------------------------------------


async def test_middleware_runs_once_per_attempt(apis: Callable[..., Api], server: LoopbackServer) -> None:
    answers = iter(
        [Reply.json(NOT_FOUND, status=503), Reply.json(NOT_FOUND, status=502), Reply.json({"data": PROJECT})]
    )
    server.reset(lambda _request: next(answers))
    contexts: list[MiddlewareContext] = []
    statuses: list[int] = []

    class Watch(Middleware):
        def on_request(self, request: Request, context: MiddlewareContext) -> None:
            contexts.append(context)

        def on_response(self, response: Response, request: Request, context: MiddlewareContext) -> None:
            statuses.append(response.status)

    api = apis(token=TOKEN, base_url=server.base_url, max_retries=NO_WAIT, middleware=[Watch()])
    result = await api.call("GET", GET_PROJECT, params=PROJECT_PARAMS)
    assert result.error is None and result.retries == 2
    assert [c.attempt for c in contexts] == [0, 1, 2]
    assert len({c.id for c in contexts}) == 1, "one id for every attempt of a call"
    assert statuses == [503, 502, 200]
    assert len(server.requests) == 3


async def test_what_on_response_returns_is_what_the_retries_see(
    apis: Callable[..., Api], server: LoopbackServer
) -> None:
    class Patient(Middleware):  # turns a 503 into a final 404 answer: no retry follows
        def on_response(
            self, response: Response, request: Request, context: MiddlewareContext
        ) -> Response | None:
            return Response.from_json(NOT_FOUND, status=404) if response.status == 503 else None

    server.answer(Reply.json(NOT_FOUND, status=503))
    api = apis(token=TOKEN, base_url=server.base_url, max_retries=NO_WAIT, middleware=[Patient()])
    result = await api.call("GET", GET_PROJECT, params=PROJECT_PARAMS)
    assert (result.status, result.retries, len(server.requests)) == (404, 0, 1)


async def test_a_recovered_connection_error_is_not_retried(apis: Callable[..., Api]) -> None:
    attempts: list[int] = []

    class Fallback(Middleware):
        def on_request(self, request: Request, context: MiddlewareContext) -> None:
            attempts.append(context.attempt)

        def on_error(self, error: Exception, request: Request, context: MiddlewareContext) -> Response:
            return Response.from_json({"data": PROJECT})

    api = apis(token=TOKEN, base_url=f"http://127.0.0.1:{closed_port()}", max_retries=NO_WAIT)
    result = await api.call("GET", GET_PROJECT, params=PROJECT_PARAMS, middleware=[Fallback()])
    assert result.error is None and attempts == [0]


# --- what a hook is told ----------------------------------------------------------------------


async def test_the_context_names_the_operation_and_its_params(api: Api, server: LoopbackServer) -> None:
    contexts: list[MiddlewareContext] = []

    class Watch(Middleware):
        def on_request(self, request: Request, context: MiddlewareContext) -> None:
            contexts.append(context)

    params = {"path": {"id": PROJECT_ID}, "query": {"expand": None}}
    await api.call("GET", GET_PROJECT, params=params, middleware=[Watch()], parse_as="bytes")
    (context,) = contexts
    assert context.schema_path == "/v1/projects/{id}"
    assert context.params == params
    assert context.operation_id == "getV1ProjectsById"  # the spec's operationId
    assert context.base_url == server.base_url
    assert context.parse_as == "bytes"


async def test_resource_methods_go_through_middleware_too(api: Api, server: LoopbackServer) -> None:
    paths: list[str] = []

    class Watch(Middleware):
        def on_request(self, request: Request, context: MiddlewareContext) -> None:
            paths.append(context.schema_path)

    api.client.use(Watch())
    server.answer(Reply.json({"data": PROJECT}))
    retrieved = api.client.projects.retrieve(PROJECT_ID)
    project = await retrieved if api.is_async else retrieved
    assert project.id == PROJECT_ID and paths == ["/v1/projects/{id}"]


async def test_requests_and_their_headers_never_show_the_token(api: Api, server: LoopbackServer) -> None:
    shown: list[str] = []

    class Show(Middleware):
        def on_request(self, request: Request, context: MiddlewareContext) -> None:
            shown.extend([repr(request), repr(request.headers), str(request), repr(context)])

    await api.call(
        "GET", GET_PROJECT, params={"path": {"id": PROJECT_ID}, "query": {"q": "x"}}, middleware=[Show()]
    )
    assert shown and all(TOKEN not in text for text in shown)
    assert "authorization" in shown[1], "header names are shown, values are not"


# --- bad middleware: clear, typed errors ------------------------------------------------------


async def test_a_hook_returning_something_else_is_a_type_error(api: Api, server: LoopbackServer) -> None:
    class Wrong(Middleware):
        def on_request(self, request: Request, context: MiddlewareContext) -> Any:
            return {"url": "http://elsewhere"}

    with pytest.raises(TypeError, match=r"Wrong\.on_request must return a Request, a Response or None"):
        await api.call("GET", GET_PROJECT, params=PROJECT_PARAMS, middleware=[Wrong()])
    assert server.requests == []


async def test_a_header_with_a_line_break_is_refused_without_echoing_it(
    api: Api, server: LoopbackServer
) -> None:
    class Inject(Middleware):
        def on_request(self, request: Request, context: MiddlewareContext) -> None:
            request.headers["X-Sneaky"] = "secret-value\r\nX-Injected: 1"

    with pytest.raises(
        ValueError, match=r"Inject\.on_request: header 'X-Sneaky' contains a line break"
    ) as caught:
        await api.call("GET", GET_PROJECT, params=PROJECT_PARAMS, middleware=[Inject()])
    assert "secret-value" not in str(caught.value)
    assert server.requests == []


async def test_a_method_ending_in_a_line_break_is_refused(api: Api, server: LoopbackServer) -> None:
    # "$" in a pattern also matches before a final newline: the method must be a token, whole.
    class Inject(Middleware):
        def on_request(self, request: Request, context: MiddlewareContext) -> None:
            request.method = "GET\n"

    with pytest.raises(ValueError, match=r"Inject\.on_request left an invalid method"):
        await api.call("GET", GET_PROJECT, params=PROJECT_PARAMS, middleware=[Inject()])
    assert server.requests == []


async def test_a_url_with_a_space_is_refused(api: Api, server: LoopbackServer) -> None:
    class Inject(Middleware):
        def on_request(self, request: Request, context: MiddlewareContext) -> None:
            request.url = request.url + "?q=a b"

    with pytest.raises(ValueError, match=r"Inject\.on_request left an invalid URL"):
        await api.call("GET", GET_PROJECT, params=PROJECT_PARAMS, middleware=[Inject()])
    assert server.requests == []


async def test_a_non_bytes_body_is_refused(api: Api, server: LoopbackServer) -> None:
    class Text(Middleware):
        def on_request(self, request: Request, context: MiddlewareContext) -> None:
            request.body = "text"  # type: ignore[assignment]

    with pytest.raises(TypeError, match=r"Text\.on_request left a body of type str"):
        await api.call("POST", "/v1/projects", body={"name": "x"}, middleware=[Text()])


def test_an_object_without_hooks_is_refused() -> None:
    client = create_management_api_client(token=TOKEN)
    with pytest.raises(TypeError, match="on_request"):
        client.use(object())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="list of middleware"):
        create_management_api_client(token=TOKEN, middleware=Middleware())  # type: ignore[arg-type]


def test_the_sync_client_refuses_async_middleware() -> None:
    class Slow(AsyncMiddleware):
        async def on_request(self, request: Request, context: MiddlewareContext) -> None:
            await asyncio.sleep(0)

    client = create_management_api_client(token=TOKEN)
    with pytest.raises(TypeError, match="async client"):
        client.use(Slow())  # type: ignore[arg-type]
    assert client.middleware == ()


def test_a_sync_hook_that_returns_a_coroutine_is_caught(server: LoopbackServer) -> None:
    class Sneaky(Middleware):
        def __init__(self) -> None:
            async def hook(request: Request, context: MiddlewareContext) -> None:
                return None

            # Not a coroutine function, so registration cannot tell; what it returns is awaitable.
            self.on_request = lambda request, context: hook(request, context)  # type: ignore[method-assign,assignment]

    client = create_management_api_client(token=TOKEN, base_url=server.base_url, middleware=[Sneaky()])
    with (
        client,
        pytest.raises(TypeError, match="returned an awaitable: async middleware needs the async client"),
    ):
        client.GET(GET_PROJECT, params=PROJECT_PARAMS)
    assert server.requests == []


# --- async middleware on the async client -----------------------------------------------------


@pytest.mark.parametrize("transport", ["aiohttp", "httpx"])
async def test_async_hooks_are_awaited(server: LoopbackServer, transport: str) -> None:
    import httpx

    journal: list[str] = []

    class Signed(AsyncMiddleware):
        async def on_request(self, request: Request, context: MiddlewareContext) -> None:
            await asyncio.sleep(0)  # e.g. fetch a signing key
            request.headers["X-Signature"] = f"sig:{len(request.body or b'')}"
            journal.append("request")

        async def on_response(self, response: Response, request: Request, context: MiddlewareContext) -> None:
            await asyncio.sleep(0)
            journal.append(f"response {response.status}")

    own = httpx.AsyncClient(trust_env=False) if transport == "httpx" else None
    server.answer(Reply.json({"data": PROJECT}, status=201))
    async with create_async_management_api_client(
        token=TOKEN, base_url=server.base_url, http_client=own, middleware=[Signed(), Recorder("sync", [])]
    ) as client:
        result = await client.POST("/v1/projects", body={"name": "x"})
    if own is not None:
        await own.aclose()
    assert result.error is None
    assert server.last.header("X-Signature") == f"sig:{len(server.last.body)}"
    assert journal == ["request", "response 201"]


# --- with_options -----------------------------------------------------------------------------


async def test_with_options_replaces_the_middleware_and_copies_keep_their_own(
    api: Api, server: LoopbackServer
) -> None:
    journal: list[tuple[str, str, Any]] = []
    original, replacement, later = (Recorder(n, journal) for n in ("original", "replacement", "later"))
    api.client.use(original)
    copy = api.client.with_options(middleware=[replacement])
    copy.use(later)
    assert api.client.middleware == (original,)
    assert copy.middleware == (replacement, later)
    outcome = copy.GET(GET_PROJECT, params=PROJECT_PARAMS)
    if api.is_async:
        await outcome
    assert [name for name, hook, _ in journal if hook == "request"] == ["replacement", "later"]


# --- redirects and concurrency ----------------------------------------------------------------


async def test_a_redirect_is_followed_within_one_attempt(api: Api, server: LoopbackServer) -> None:
    def answer(request: Any) -> Reply:
        if request.path.endswith("/old"):
            return Reply(307, headers=[("Location", "/v1/projects/new")])
        return Reply.json({"data": PROJECT})

    server.reset(answer)
    journal: list[tuple[str, str, Any]] = []
    urls: list[str] = []

    class Where(Middleware):
        def on_response(self, response: Response, request: Request, context: MiddlewareContext) -> None:
            urls.append(response.url)

    await api.call(
        "GET", GET_PROJECT, params={"path": {"id": "old"}}, middleware=[Recorder("r", journal), Where()]
    )
    assert [request.path for request in server.requests] == ["/v1/projects/old", "/v1/projects/new"]
    assert journal == [("r", "request", 0), ("r", "response", 200)], "one attempt: the redirect is inside it"
    assert urls == [f"{server.base_url}/v1/projects/new"]


def test_use_and_eject_while_calls_are_in_flight(server: LoopbackServer) -> None:
    server.answer(Reply.json({"data": []}))
    lock = threading.Lock()
    halves: dict[str, list[str]] = {}

    class Pair(Middleware):  # a call that saw on_request must see on_response, and conversely
        def on_request(self, request: Request, context: MiddlewareContext) -> None:
            with lock:
                halves.setdefault(context.id, []).append("request")

        def on_response(self, response: Response, request: Request, context: MiddlewareContext) -> None:
            with lock:
                halves.setdefault(context.id, []).append("response")

    pair = Pair()
    failures: list[BaseException] = []
    with create_management_api_client(token=TOKEN, base_url=server.base_url, max_retries=0) as client:

        def calls() -> None:
            try:
                for _ in range(25):
                    assert client.GET("/v1/regions/postgres").error is None
            except BaseException as exc:
                failures.append(exc)

        threads = [threading.Thread(target=calls) for _ in range(4)]
        for thread in threads:
            thread.start()
        while any(thread.is_alive() for thread in threads):
            client.use(pair)
            client.eject(pair)
        for thread in threads:
            thread.join(timeout=60)
    assert failures == []
    assert all(seen == ["request", "response"] for seen in halves.values())
    assert len(server.requests) == 100


@pytest.mark.parametrize(
    ("made", "error", "message"),
    [
        (lambda: Response(42), ValueError, "invalid status 42"),
        (lambda: Response(200, content="text"), TypeError, "content must be bytes, got str"),  # type: ignore[arg-type]
    ],
)
async def test_a_malformed_response_from_a_hook_is_refused(
    api: Api, server: LoopbackServer, made: Callable[[], Response], error: type[Exception], message: str
) -> None:
    class Bad(Middleware):
        def on_response(self, response: Response, request: Request, context: MiddlewareContext) -> Response:
            return made()

    with pytest.raises(error, match=message):
        await api.call("GET", GET_PROJECT, params=PROJECT_PARAMS, middleware=[Bad()])
