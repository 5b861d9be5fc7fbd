"""The per-call options beside middleware, over real HTTP on every client flavour: ``parse_as``,
``query_serializer``, ``body_serializer``, ``base_url``, and ``with_options`` carrying them."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import parse_qsl, urlencode

import pytest
from support.clients import TOKEN, Api
from support.loopback import LoopbackServer, Reply, ndjson_lines

from prisma_management_api import AsyncByteStream, ByteStream, ResponseTooLargeError
from prisma_management_api.types import ErrorResponse, GetProjectResponse

from .answers import GET_PROJECT, LOGS, NOT_FOUND, PROJECT, PROJECT_ID, PROJECT_PARAMS

LOGS_PARAMS = {"path": {"deploymentId": "dep_1"}}


async def read_stream(api: Api, stream: Any) -> list[bytes]:
    return [chunk async for chunk in api.records(stream)]


async def close_stream(api: Api, stream: Any) -> None:
    if api.is_async:
        await stream.aclose()
    else:
        stream.close()


# --- parse_as ---------------------------------------------------------------------------------


async def test_parse_as_json_is_the_typed_default(api: Api, server: LoopbackServer) -> None:
    server.answer(Reply.json({"data": PROJECT}))
    explicit = await api.call("GET", GET_PROJECT, params=PROJECT_PARAMS, parse_as="json")
    assert isinstance(explicit.data, GetProjectResponse)


async def test_parse_as_text_decodes_with_the_answers_charset(api: Api, server: LoopbackServer) -> None:
    server.answer(
        Reply(200, "café au lait".encode("latin-1"), [("Content-Type", "text/plain; charset=ISO-8859-1")])
    )
    latin = await api.call("GET", GET_PROJECT, params=PROJECT_PARAMS, parse_as="text")
    server.answer(
        Reply(
            200,
            json.dumps({"data": PROJECT}, ensure_ascii=False).encode(),
            [("Content-Type", "application/json")],
        )
    )
    utf8 = await api.call("GET", GET_PROJECT, params=PROJECT_PARAMS, parse_as="text")
    assert latin.data == "café au lait"
    assert isinstance(utf8.data, str) and json.loads(utf8.data) == {"data": PROJECT}


async def test_parse_as_bytes_gives_the_body_as_it_came(api: Api, server: LoopbackServer) -> None:
    body = b'{"data":  {"id": "x"}}\n\x00\xff'  # not even JSON: handed over untouched
    server.answer(Reply(200, body, [("Content-Type", "application/octet-stream")]))
    result = await api.call("GET", GET_PROJECT, params=PROJECT_PARAMS, parse_as="bytes")
    assert result.error is None and result.data == body
    assert result.response.content == body


async def test_an_empty_body_is_empty_text_or_bytes_not_none(api: Api, server: LoopbackServer) -> None:
    server.answer(Reply(204))
    text = await api.call("DELETE", GET_PROJECT, params=PROJECT_PARAMS, parse_as="text")
    raw = await api.call("DELETE", GET_PROJECT, params=PROJECT_PARAMS, parse_as="bytes")
    assert (text.data, raw.data) == ("", b"")


@pytest.mark.parametrize("parse_as", ["text", "bytes", "stream"])
async def test_an_error_answer_is_parsed_as_usual_whatever_parse_as(
    api: Api, server: LoopbackServer, parse_as: str
) -> None:
    server.answer(Reply.json(NOT_FOUND, status=404))
    result = await api.call("GET", GET_PROJECT, params=PROJECT_PARAMS, parse_as=parse_as)
    assert result.data is None and isinstance(result.error, ErrorResponse)
    assert result.error.error.code == "not-found"


async def test_parse_as_stream_hands_chunks_over_as_they_arrive(api: Api, server: LoopbackServer) -> None:
    first_read = threading.Event()
    waited: list[bool] = []

    def chunks() -> Iterator[bytes]:
        yield b"first line\n"
        # Sent only once the test holds the first chunk: a buffering client would wait forever.
        waited.append(first_read.wait(timeout=10))
        yield b"second line\n"

    server.answer(Reply(200, headers=[("Content-Type", "text/plain")], chunks=chunks()))
    result = await api.call("GET", GET_PROJECT, params=PROJECT_PARAMS, parse_as="stream")
    assert result.error is None
    stream = result.data
    assert isinstance(stream, AsyncByteStream if api.is_async else ByteStream)
    assert result.response.content is None, "nothing of a stream is buffered"
    chunks_read = api.records(stream)
    assert await anext(chunks_read) == b"first line\n"
    assert waited == []
    first_read.set()
    assert b"".join([chunk async for chunk in chunks_read]) == b"second line\n"
    assert waited == [True] and stream.closed


async def test_an_exhausted_stream_gives_its_connection_back(api: Api, server: LoopbackServer) -> None:
    replies = iter([Reply(200, chunks=iter([b"a" * 1000, b"b" * 1000])), Reply.json({"data": PROJECT})])
    server.reset(lambda _request: next(replies))
    result = await api.call("GET", GET_PROJECT, params=PROJECT_PARAMS, parse_as="stream")
    assert b"".join(await read_stream(api, result.data)) == b"a" * 1000 + b"b" * 1000
    await api.call("GET", GET_PROJECT, params=PROJECT_PARAMS)
    first, second = server.requests
    assert second.client_port == first.client_port, "the connection was not back in the pool"


async def test_closing_a_stream_early_lets_the_connection_go(api: Api, server: LoopbackServer) -> None:
    server_stopped = threading.Event()

    def endless() -> Iterator[bytes]:
        try:
            while True:
                yield b"x" * 16384
        finally:
            server_stopped.set()  # the write failed: the client hung up

    server.reset(lambda _request: Reply(200, chunks=endless()))
    result = await api.call("GET", GET_PROJECT, params=PROJECT_PARAMS, parse_as="stream")
    stream = result.data
    if api.is_async:
        async with stream:
            async for chunk in stream:
                assert chunk
                break
        assert stream.closed
    else:
        with stream:
            assert next(iter(stream))
        assert stream.closed
    # Waited in a thread: aiohttp closes the socket from the event loop, which must keep running.
    stopped = await asyncio.to_thread(server_stopped.wait, 30)
    assert stopped, "the server is still sending to a closed stream"
    server.answer(Reply.json({"data": PROJECT}))
    follow = await api.call("GET", GET_PROJECT, params=PROJECT_PARAMS)
    assert follow.error is None, "the client works on after an abandoned stream"


async def test_read_gives_the_rest_of_a_stream_in_one_piece(api: Api, server: LoopbackServer) -> None:
    server.answer(Reply(200, chunks=iter([b"one ", b"two ", b"three"])))
    result = await api.call("GET", GET_PROJECT, params=PROJECT_PARAMS, parse_as="stream")
    outcome = result.data.read()
    assert (await outcome if api.is_async else outcome) == b"one two three"
    assert result.data.closed, "read to the end: the connection is given back"


async def test_a_closed_stream_cannot_be_read(api: Api, server: LoopbackServer) -> None:
    server.answer(Reply(200, b"body"))
    result = await api.call("GET", GET_PROJECT, params=PROJECT_PARAMS, parse_as="stream")
    await close_stream(api, result.data)
    with pytest.raises(ValueError, match="closed"):
        await read_stream(api, result.data)


async def test_parse_as_changes_what_a_streamed_operation_gives(api: Api, server: LoopbackServer) -> None:
    lines = b"".join(ndjson_lines([{"type": "log", "text": "hi\n", "byteStart": 0, "byteEnd": 3}]))
    server.reset(lambda _request: Reply.ndjson(iter([lines[:10], lines[10:]])))
    raw = await api.call("GET", LOGS, params=LOGS_PARAMS, parse_as="stream")
    assert b"".join(await read_stream(api, raw.data)) == lines
    text = await api.call("GET", LOGS, params=LOGS_PARAMS, parse_as="text")
    assert text.data == lines.decode()
    whole = await api.call("GET", LOGS, params=LOGS_PARAMS, parse_as="bytes")
    assert whole.data == lines


@pytest.mark.parametrize("parse_as", ["text", "bytes"])
async def test_a_streamed_operation_read_whole_keeps_to_max_response_size(
    apis: Callable[..., Api], server: LoopbackServer, parse_as: str
) -> None:
    api = apis(token=TOKEN, base_url=server.base_url, max_response_size=1000)
    server.answer(Reply.ndjson(iter([b'{"type":"log"}\n' * 50] * 10)))  # 7,500 bytes in all
    with pytest.raises(ResponseTooLargeError) as caught:
        await api.call("GET", LOGS, params=LOGS_PARAMS, parse_as=parse_as)
    assert caught.value.limit == 1000
    server.answer(Reply.ndjson(iter([b'{"type":"log"}\n' * 50] * 10)))
    streamed = await api.call("GET", LOGS, params=LOGS_PARAMS, parse_as="stream")
    assert len(b"".join(await read_stream(api, streamed.data))) == 7500, "a stream is not capped in total"


async def test_an_unknown_parse_as_is_a_value_error(api: Api, server: LoopbackServer) -> None:
    with pytest.raises(
        ValueError, match=r"parse_as must be one of 'json', 'text', 'bytes', 'stream', got 'blob'"
    ):
        await api.call("GET", GET_PROJECT, params=PROJECT_PARAMS, parse_as="blob")
    assert server.requests == []


# --- query_serializer -------------------------------------------------------------------------

QUERY = {
    "ids": ["a b", "c/d"],
    "filter": {"status": "ready", "region": "eu"},
    "limit": 5,
    "gone": None,
    "on": True,
}


async def test_without_a_serializer_the_query_is_encoded_as_before(api: Api, server: LoopbackServer) -> None:
    await api.request("GET", "/v1/things", params={"query": {"ids": ["a", "b"], "limit": 5, "gone": None}})
    assert server.last.query_string == "ids=a&ids=b&limit=5"


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({}, "ids=a%20b&ids=c%2Fd&filter%5Bstatus%5D=ready&filter%5Bregion%5D=eu&limit=5&on=true"),
        (
            {"array": {"explode": False}},
            "ids=a%20b,c%2Fd&filter%5Bstatus%5D=ready&filter%5Bregion%5D=eu&limit=5&on=true",
        ),
        (
            {"array": {"style": "pipeDelimited", "explode": False}},
            "ids=a%20b%7Cc%2Fd&filter%5Bstatus%5D=ready&filter%5Bregion%5D=eu&limit=5&on=true",
        ),
        (
            {"array": {"style": "spaceDelimited", "explode": False}},
            "ids=a%20b%20c%2Fd&filter%5Bstatus%5D=ready&filter%5Bregion%5D=eu&limit=5&on=true",
        ),
        ({"object": {"style": "form"}}, "ids=a%20b&ids=c%2Fd&status=ready&region=eu&limit=5&on=true"),
        (
            {"object": {"style": "form", "explode": False}},
            "ids=a%20b&ids=c%2Fd&filter=status,ready,region,eu&limit=5&on=true",
        ),
        (
            {"allow_reserved": True},
            "ids=a%20b&ids=c/d&filter%5Bstatus%5D=ready&filter%5Bregion%5D=eu&limit=5&on=true",
        ),
    ],
)
async def test_query_style_options_on_the_client(
    apis: Callable[..., Api], server: LoopbackServer, options: dict[str, Any], expected: str
) -> None:
    api = apis(token=TOKEN, base_url=server.base_url, query_serializer=options)
    await api.request("GET", "/v1/things", params={"query": QUERY})
    assert server.last.query_string == expected


async def test_call_options_are_merged_over_the_clients(
    apis: Callable[..., Api], server: LoopbackServer
) -> None:
    api = apis(token=TOKEN, base_url=server.base_url, query_serializer={"array": {"explode": False}})
    query = {"ids": ["a", "b"], "filter": {"x": "1"}}
    await api.request(
        "GET", "/v1/things", params={"query": query}, query_serializer={"object": {"style": "form"}}
    )
    assert server.last.query_string == "ids=a,b&x=1", (
        "the client's array style stays, the call's object style adds"
    )
    await api.request("GET", "/v1/things", params={"query": query})
    assert server.last.query_string == "ids=a,b&filter%5Bx%5D=1", "a call's options do not stick"


async def test_a_callable_query_serializer_writes_the_whole_query(
    apis: Callable[..., Api], server: LoopbackServer
) -> None:
    seen: list[Any] = []

    def signed(query: Any) -> str:
        seen.append(query)
        pairs = sorted((k, str(v)) for k, v in query.items())
        return "?" + urlencode([*pairs, ("sig", str(len(pairs)))])

    api = apis(token=TOKEN, base_url=server.base_url, query_serializer=signed)
    await api.call("GET", "/v1/projects", params={"query": {"limit": 2, "cursor": "c"}})
    assert parse_qsl(server.last.query_string) == [("cursor", "c"), ("limit", "2"), ("sig", "2")]
    await api.call("GET", GET_PROJECT, params=PROJECT_PARAMS)
    assert seen[-1] == {} and server.last.query_string == "sig=0", "called with {} when there is no query"
    await api.call(
        "GET", "/v1/projects", params={"query": {"limit": 1}}, query_serializer=lambda q: "per=call"
    )
    assert server.last.query_string == "per=call", "a call's callable replaces the client's"


@pytest.mark.parametrize(
    ("serializer", "error", "message"),
    [
        (lambda query: 42, TypeError, "query_serializer must return a str, got int"),
        (lambda query: "a=1#frag", ValueError, "query_serializer returned a query with"),
        (lambda query: "a=1\r\nHost: evil", ValueError, "query_serializer returned a query with"),
    ],
)
async def test_a_query_serializer_returning_nonsense_is_refused(
    api: Api, server: LoopbackServer, serializer: Any, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        await api.request("GET", "/v1/things", params={"query": {"a": 1}}, query_serializer=serializer)
    assert server.requests == []


@pytest.mark.parametrize(
    ("options", "error", "message"),
    [
        ({"arrays": {}}, ValueError, r"unknown keys \['arrays'\]"),
        (
            {"array": {"style": "deepObject"}},
            ValueError,
            r"query_serializer\['array'\]\['style'\] must be one of",
        ),
        ({"object": {"explode": "yes"}}, TypeError, r"\['explode'\] must be a bool"),
        ({"allow_reserved": 1}, TypeError, r"allow_reserved'\] must be a bool"),
        ("form", TypeError, "query_serializer must be a dict of options or a callable, got str"),
    ],
)
def test_malformed_query_options_fail_when_the_client_is_made(
    flavour: str, options: Any, error: type[Exception], message: str
) -> None:
    from support.clients import make_api

    with pytest.raises(error, match=message):
        make_api(flavour, token=TOKEN, query_serializer=options)


async def test_a_nested_query_value_needs_a_callable(
    apis: Callable[..., Api], server: LoopbackServer
) -> None:
    api = apis(token=TOKEN, base_url=server.base_url, query_serializer={})
    with pytest.raises(
        TypeError, match=r"query parameter 'filter' nests a dict: pass query_serializer=<callable>"
    ):
        await api.request("GET", "/v1/things", params={"query": {"filter": {"a": {"b": 1}}}})


async def test_a_styled_query_names_the_parameter_of_a_value_it_cannot_write(
    apis: Callable[..., Api], server: LoopbackServer
) -> None:
    api = apis(token=TOKEN, base_url=server.base_url, query_serializer={"array": {"explode": False}})
    with pytest.raises(TypeError, match=r"query parameter 'ids' must be a string, a number or a boolean"):
        await api.request("GET", "/v1/things", params={"query": {"ids": [object()]}})
    assert server.requests == []


# --- body_serializer --------------------------------------------------------------------------


def form_body(body: Any) -> tuple[str, str]:
    return urlencode(sorted(body.items())), "application/x-www-form-urlencoded"


async def test_a_body_serializer_on_the_client_writes_body_and_content_type(
    apis: Callable[..., Api], server: LoopbackServer
) -> None:
    api = apis(token=TOKEN, base_url=server.base_url, body_serializer=form_body)
    server.answer(Reply.json({"data": PROJECT}, status=201))
    result = await api.call("POST", "/v1/projects", body={"name": "my project", "region": "eu-west-3"})
    assert result.error is None and result.data.data.name == "demo"
    sent = server.last
    assert sent.body == b"name=my+project&region=eu-west-3"
    assert sent.header_values("Content-Type") == ["application/x-www-form-urlencoded"]
    assert sent.header("Content-Length") == str(len(sent.body))


async def test_a_calls_body_serializer_wins_and_none_body_skips_it(
    apis: Callable[..., Api], server: LoopbackServer
) -> None:
    calls: list[Any] = []

    def msgpack_ish(body: Any) -> tuple[bytes, str]:
        calls.append(body)
        return b"\x81\xa4name\xa1x", "application/msgpack"

    api = apis(token=TOKEN, base_url=server.base_url, body_serializer=form_body)
    await api.call("POST", "/v1/projects", body={"name": "x"}, body_serializer=msgpack_ish)
    assert (server.last.body, server.last.header("Content-Type")) == (
        b"\x81\xa4name\xa1x",
        "application/msgpack",
    )
    await api.call("GET", GET_PROJECT, params=PROJECT_PARAMS)
    assert server.last.body == b"" and server.last.header("Content-Type") is None
    assert calls == [{"name": "x"}]


@pytest.mark.parametrize(
    ("serializer", "error", "message"),
    [
        (lambda body: b"raw", TypeError, r"body_serializer must return \(content, content type\), got bytes"),
        (lambda body: (42, "text/plain"), TypeError, "returned content of type int: use bytes or str"),
        (lambda body: (b"x", ""), ValueError, "unusable content type"),
        (lambda body: (b"x", "text/plain\r\nX-Evil: 1"), ValueError, "unusable content type"),
    ],
)
async def test_a_body_serializer_returning_nonsense_is_refused(
    api: Api, server: LoopbackServer, serializer: Any, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        await api.call("POST", "/v1/projects", body={"name": "x"}, body_serializer=serializer)
    assert server.requests == []


def test_a_body_serializer_that_is_not_callable_fails_when_the_client_is_made(flavour: str) -> None:
    from support.clients import make_api

    with pytest.raises(TypeError, match="body_serializer must be a callable, got str"):
        make_api(flavour, token=TOKEN, body_serializer="json")


# --- base_url per call, with_options ----------------------------------------------------------


async def test_a_calls_base_url_sends_it_elsewhere(api: Api, server: LoopbackServer) -> None:
    with LoopbackServer() as other:
        other.answer(Reply.json({"data": {**PROJECT, "name": "from the other one"}}))
        result = await api.call(
            "GET", GET_PROJECT, params=PROJECT_PARAMS, base_url=other.base_url + "/prefix/"
        )
        assert result.data.data.name == "from the other one"
        assert other.last.path == f"/prefix/v1/projects/{PROJECT_ID}"
        assert other.last.header("Authorization") == f"Bearer {TOKEN}"
        assert result.response.url.startswith(other.base_url)
    assert server.requests == []
    await api.call("GET", GET_PROJECT, params=PROJECT_PARAMS)
    assert len(server.requests) == 1, "the call's base URL does not stick"


async def test_a_calls_base_url_is_checked(api: Api, server: LoopbackServer) -> None:
    with pytest.raises(ValueError, match="refusing to send credentials over plain http://"):
        await api.call("GET", GET_PROJECT, params=PROJECT_PARAMS, base_url="http://api.example.com")
    with pytest.raises(ValueError, match="base_url must be an http:// or https:// URL"):
        await api.call("GET", GET_PROJECT, params=PROJECT_PARAMS, base_url="ftp://example.com")
    assert server.requests == []


async def test_with_options_carries_every_option(api: Api, server: LoopbackServer) -> None:
    with LoopbackServer() as other:
        copy = api.client.with_options(
            base_url=other.base_url,
            query_serializer={"array": {"style": "pipeDelimited", "explode": False}},
            body_serializer=form_body,
            headers={"X-Copy": "1"},
        )
        outcome = copy.request("POST", "/v1/things", params={"query": {"ids": ["a", "b"]}}, body={"k": "v"})
        if api.is_async:
            await outcome
        sent = other.last
        assert (sent.path, sent.query_string, sent.body) == ("/v1/things", "ids=a%7Cb", b"k=v")
        assert (sent.header("X-Copy"), sent.header("Content-Type")) == (
            "1",
            "application/x-www-form-urlencoded",
        )
        assert copy.base_url == other.base_url
    assert api.client.base_url == server.base_url, "the original keeps its settings"
    await api.request("POST", "/v1/things", params={"query": {"ids": ["a", "b"]}}, body={"k": "v"})
    assert (server.last.query_string, server.last.json()) == ("ids=a&ids=b", {"k": "v"})


def test_with_options_checks_the_base_url(flavour: str) -> None:
    from support.clients import make_api

    api = make_api(flavour, token=TOKEN, base_url="https://api.prisma.io")
    with pytest.raises(ValueError, match="refusing to send credentials over plain http://"):
        api.client.with_options(base_url="http://api.example.com")
