"""Hostile answers: NDJSON lines that never end or are huge, and JSON nested absurdly deep.

Every case runs on the four client flavours against a real server on loopback. What a user relies
on: a typed error naming the problem (never a raw ``RecursionError``, never unbounded memory), the
connection released, and the records before the bad one delivered.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from support.clients import TOKEN, Api
from support.loopback import LoopbackServer, Reply, ndjson_lines

from prisma_management_api import (
    NdjsonLineTooLongError,
    ResponseParseError,
    create_management_api_client,
)
from prisma_management_api._ndjson import DEFAULT_MAX_LINE_BYTES, LineSplitter
from prisma_management_api._response import Headers, Response
from prisma_management_api.types import GetDeploymentLogsEventLog

LOGS = "/v1/deployments/{deploymentId}/logs"
LOG_PARAMS = {"path": {"deploymentId": "dep_1"}}
LOG_RECORD = {"type": "log", "text": "hello\n", "byteStart": 0, "byteEnd": 6}
DEEP = b"[" * 100_000 + b"]" * 100_000  # far beyond any parser's recursion limit


# --- NDJSON: the longest line -------------------------------------------------------------------


def log_line(size: int) -> bytes:
    """One log record serialized to exactly ``size`` bytes (without its newline)."""
    empty = json.dumps({**LOG_RECORD, "text": ""}).encode()
    assert size >= len(empty)
    return json.dumps({**LOG_RECORD, "text": "x" * (size - len(empty))}).encode()


async def test_a_line_over_the_limit_is_a_typed_error_after_the_records_before_it(
    apis: Callable[..., Api], server: LoopbackServer
) -> None:
    api = apis(token=TOKEN, base_url=server.base_url, max_ndjson_line_bytes=1000)
    chunks = [
        log_line(1000) + b"\n",
        log_line(500)[:300],
        log_line(500)[300:] + b"\n",
        log_line(1001) + b"\n",
    ]
    server.answer(Reply.ndjson(chunks))
    result = await api.call("GET", LOGS, params=LOG_PARAMS)
    received: list[Any] = []
    with pytest.raises(NdjsonLineTooLongError) as caught:
        async for record in api.records(result.data):
            received.append(record)
    overhead = len(json.dumps({**LOG_RECORD, "text": ""}))  # the record without its text
    assert [len(r.text) for r in received] == [1000 - overhead, 500 - overhead]
    assert all(isinstance(r, GetDeploymentLogsEventLog) for r in received)
    assert caught.value.max_line_bytes == 1000
    assert "longer than 1000 bytes" in str(caught.value) and "max_ndjson_line_bytes" in str(caught.value)
    assert isinstance(caught.value, ResponseParseError)


async def test_a_line_that_never_ends_stops_at_the_limit_instead_of_filling_memory(
    apis: Callable[..., Api], server: LoopbackServer
) -> None:
    sent: list[int] = []

    def endless() -> Iterator[bytes]:
        while not server.stopping.is_set() and len(sent) < 100_000:  # 6.4 GB if nothing stopped it
            sent.append(1)
            yield b"x" * 65536

    api = apis(token=TOKEN, base_url=server.base_url, max_ndjson_line_bytes=1 << 20)
    server.answer(Reply.ndjson(endless()))
    result = await api.call("GET", LOGS, params=LOG_PARAMS)
    with pytest.raises(NdjsonLineTooLongError):
        async for _ in api.records(result.data):
            pass
    # The stream is closed at the limit: the server stops being read (its socket buffers hold a
    # few MB at most), nowhere near the 100 000 chunks it would send to a reader that kept going.
    assert len(sent) < 2_000


async def test_with_options_changes_the_limit_and_bad_limits_are_refused(
    apis: Callable[..., Api], server: LoopbackServer
) -> None:
    api = apis(token=TOKEN, base_url=server.base_url, max_ndjson_line_bytes=100)
    roomy = api.client.with_options(max_ndjson_line_bytes=5000)
    server.answer(Reply.ndjson(ndjson_lines([{**LOG_RECORD, "text": "y" * 2000}])))
    outcome = roomy.GET(LOGS, params=LOG_PARAMS)
    result = await outcome if api.is_async else outcome  # type: ignore[misc]
    records = [record async for record in api.records(result.data)]
    assert len(records[0].text) == 2000
    for bad in (0, -1, 1.5, True, "10"):
        with pytest.raises(ValueError, match="max_ndjson_line_bytes must be a positive int"):
            api.client.with_options(max_ndjson_line_bytes=bad)  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="max_ndjson_line_bytes must be a positive int"):
            create_management_api_client(token=TOKEN, max_ndjson_line_bytes=bad)  # type: ignore[arg-type]


def test_the_default_limit_is_16_mib_and_a_line_of_exactly_the_limit_passes() -> None:
    assert DEFAULT_MAX_LINE_BYTES == 16 * 1024 * 1024
    splitter = LineSplitter(10)
    assert splitter.feed(b"0123456789\n0123") == [b"0123456789"]
    assert splitter.feed(b"456789") == []
    assert splitter.feed(b"X\n{}\n") == []  # over the limit: raised on the next call
    with pytest.raises(NdjsonLineTooLongError):
        splitter.feed(b"")
    # Lines completed in the same chunk as the long one come out first.
    splitter = LineSplitter(10)
    assert splitter.feed(b"1\n\n22\n" + b"3" * 11) == [b"1", b"22"]
    with pytest.raises(NdjsonLineTooLongError):
        splitter.flush()


def test_splitting_is_linear_in_the_line_length() -> None:
    # One 32 MB line in 16 KiB chunks against the same bytes as short lines, in the same run: the
    # quadratic splitter (a bytes buffer grown by +=) copied the line once per chunk, 2048 times,
    # making the ratio several hundred; linear splitting keeps it near 1.
    size, piece = 32 << 20, 16 << 10
    long_line = [b"x" * piece] * (size // piece) + [b"\n"]
    short_lines = [(b"x" * 1023 + b"\n") * (piece // 1024)] * (size // piece)

    def cpu_seconds(chunks: list[bytes]) -> float:
        # This thread's CPU time, not the wall clock: what other processes of a loaded machine
        # take of the CPU meanwhile is not counted.
        splitter = LineSplitter(size + 1)
        began = time.thread_time()
        for chunk in chunks:
            splitter.feed(chunk)
        return time.thread_time() - began

    # interleaved, best of three each: both kinds run under the same conditions
    long_times, short_times = [], []
    for _ in range(3):
        long_times.append(cpu_seconds(long_line))
        short_times.append(cpu_seconds(short_lines))
    ratio = min(long_times) / max(min(short_times), 1e-6)
    assert ratio < 10, f"one long line took {ratio:.1f}x as long as many short ones"


# --- JSON nested too deeply ---------------------------------------------------------------------


async def test_a_deeply_nested_typed_answer_is_a_response_parse_error(
    api: Api, server: LoopbackServer
) -> None:
    server.answer(Reply(200, DEEP, [("Content-Type", "application/json")]))
    with pytest.raises(ResponseParseError, match="not valid JSON"):
        await api.call("GET", "/v1/projects/{id}", params={"path": {"id": "proj_1"}})


async def test_a_deeply_nested_untyped_answer_is_a_response_parse_error(
    api: Api, server: LoopbackServer
) -> None:
    server.answer(Reply(200, DEEP, [("Content-Type", "application/json")]))
    with pytest.raises(ResponseParseError, match=r"not valid JSON \(JSON nested too deeply to parse\)"):
        await api.request("GET", "/v1/not-in-the-spec")


async def test_a_deeply_nested_error_answer_is_still_an_error_result(
    api: Api, server: LoopbackServer
) -> None:
    server.answer(Reply(404, DEEP, [("Content-Type", "application/json")]))
    for result in (
        await api.request("GET", "/v1/not-in-the-spec"),
        await api.call("GET", "/v1/projects/{id}", params={"path": {"id": "proj_1"}}),
    ):
        assert result.data is None and result.status == 404
        assert result.error.error.code == "unexpected-response"
        with pytest.raises(ValueError, match="nested too deeply"):
            result.response.json()


async def test_a_deeply_nested_ndjson_line_is_a_response_parse_error(
    api: Api, server: LoopbackServer
) -> None:
    server.answer(Reply.ndjson([json.dumps(LOG_RECORD).encode() + b"\n", DEEP + b"\n"]))
    result = await api.call("GET", LOGS, params=LOG_PARAMS)
    received: list[Any] = []
    with pytest.raises(
        ResponseParseError, match=r"^NDJSON line 2 is not valid JSON \(JSON nested too deeply"
    ):
        async for record in api.records(result.data):
            received.append(record)
    assert len(received) == 1


async def test_a_malformed_ndjson_line_is_a_response_parse_error(api: Api, server: LoopbackServer) -> None:
    server.answer(Reply.ndjson([b'{"type": "log", "te\n']))
    result = await api.call("GET", LOGS, params=LOG_PARAMS)
    with pytest.raises(ResponseParseError, match=r"^NDJSON line 1 is not valid JSON"):
        async for _ in api.records(result.data):
            pass


def test_a_deeply_nested_request_body_is_a_value_error() -> None:
    body: Any = []
    for _ in range(100_000):
        body = [body]
    with (
        create_management_api_client(token=TOKEN) as client,
        pytest.raises(ValueError, match="nested too deeply"),
    ):
        client.request("POST", "/v1/projects", body={"name": body})


def test_response_json_of_a_deep_body_is_a_value_error() -> None:
    response = Response(200, Headers(), url="http://x/", method="GET", content=DEEP)
    with pytest.raises(ValueError, match="nested too deeply"):
        response.json()
