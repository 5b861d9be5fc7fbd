"""Every operation of the OpenAPI document, called through the typed client over real HTTP.

For each entry of the OPERATIONS table the test builds a typed-shape call from the document (path,
query and header parameters that satisfy their schemas and patterns, a minimal valid JSON body),
sends it through the client to a loopback server, and checks:

* the request that reached the server is valid against the document (openapi-core);
* the answer the server sends, synthesized from the first 2xx response schema, is valid against the
  document too (so the example generator is proven faithful);
* the client parsed that answer into the operation's model, typed all the way down (a lenient
  fallback to raw JSON anywhere counts as a failure).
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Iterator
from typing import Any, get_args

import pytest
from openapi_core import OpenAPI
from support.examples import example, operation_body, operation_params, success_response
from support.loopback import LoopbackServer, Reply
from support.spec_validation import (
    NDJSON,
    WireRequest,
    WireResponse,
    load_openapi,
    request_errors,
    response_errors,
)
from support.typed import untyped_fields

from prisma_management_api import (
    AsyncNdjsonStream,
    NdjsonStream,
    create_async_management_api_client,
    create_management_api_client,
)
from prisma_management_api._generated import types as models
from prisma_management_api._generated.operations import OPERATIONS
from prisma_management_api._models import LenientModel

TOKEN = "ops-secret-token"
EXPECTED_OPERATION_COUNT = 118


@pytest.fixture(scope="module")
def openapi(spec: dict[str, Any]) -> OpenAPI:
    return load_openapi(spec)


def _answer(spec: dict[str, Any], method: str, path: str) -> tuple[Reply, str, Any]:
    """The reply to send, its media type ("" for no body) and the JSON payload (records for NDJSON)."""
    status, media_type, schema = success_response(spec, method, path)
    if not media_type:
        return Reply(status), "", None
    if media_type == NDJSON:
        # One record per union variant, so each variant of the stream's type is parsed once.
        variants = schema.get("oneOf") or schema.get("anyOf") or [schema]
        records = [example(variant, root=spec) for variant in variants]
        chunks = [json.dumps(record).encode() + b"\n" for record in records]
        return Reply.ndjson(chunks, status), media_type, records
    payload = example(schema, root=spec)
    return Reply.json(payload, status), media_type, payload


async def _exercise(
    client: Any, server: LoopbackServer, openapi: OpenAPI, spec: dict[str, Any], key: str
) -> list[str]:
    """Call one operation; every way it went wrong (empty when it went right)."""
    op = OPERATIONS[key]
    params = operation_params(spec, op.method, op.path)
    body = operation_body(spec, op.method, op.path)
    reply, media_type, payload = _answer(spec, op.method, op.path)
    server.answer(reply)

    kwargs: dict[str, Any] = {"params": params}
    if op.has_body:
        kwargs["body"] = body
    outcome = getattr(client, op.method)(op.path, **kwargs)
    result = await outcome if inspect.isawaitable(outcome) else outcome
    problems: list[str] = []

    # What went over the wire.
    if len(server.requests) != 1:
        return [f"{len(server.requests)} requests reached the server"]
    recorded = server.requests[0]
    expected_path = op.path.format(**params.get("path", {}))
    if (recorded.method, recorded.path) != (op.method, expected_path):
        problems.append(f"sent {recorded.method} {recorded.path}, expected {op.method} {expected_path}")
    if recorded.header("Authorization") != f"Bearer {TOKEN}":
        problems.append("no bearer token sent")
    wire = WireRequest(recorded, server.base_url)
    problems += [f"request invalid: {e}" for e in request_errors(openapi, wire)]

    # The synthesized answer is what the document promises.
    if media_type == NDJSON:
        for chunk in reply.chunks or ():
            answer = WireResponse(reply.status, reply.headers, chunk.strip())
            problems += [f"synthesized record invalid: {e}" for e in response_errors(openapi, wire, answer)]
    else:
        answer = WireResponse(reply.status, reply.headers, reply.body or None)
        problems += [f"synthesized answer invalid: {e}" for e in response_errors(openapi, wire, answer)]

    # What the client made of it.
    if result.error is not None or result.status != reply.status:
        return [*problems, f"answered {result.status} with error {result.error!r}"]
    kind, model_name = op.responses[reply.status]
    problems += _check_data(result.data, kind, model_name, media_type, payload)
    if kind == "ndjson":
        problems += _check_records(await _records(result.data), model_name, payload)
    if media_type and media_type != NDJSON and result.response.json() != payload:
        problems.append("result.response.json() is not the body the server sent")
    return problems


def _check_data(data: Any, kind: str, model_name: str | None, media_type: str, payload: Any) -> list[str]:
    if kind == "empty" or not media_type:
        return [] if data is None else [f"data {data!r} for an empty answer"]
    if kind == "ndjson":
        if not isinstance(data, (NdjsonStream, AsyncNdjsonStream)):
            return [f"data is {type(data).__name__}, not a stream"]
        return []  # the records are checked once read
    if model_name is None:  # a schema without a model (an array of strings, say): plain JSON
        return [] if data == payload else [f"data {data!r} is not the JSON sent"]
    if type(data).__name__ != model_name:
        return [f"data is {type(data).__name__}, expected {model_name}"]
    return untyped_fields(data, getattr(models, model_name))


def _check_records(records: list[Any], model_name: str | None, payload: list[Any]) -> list[str]:
    assert model_name is not None
    union = getattr(models, model_name)
    members = {member.__name__ for member in get_args(union)}
    if len(records) != len(payload):
        return [f"{len(records)} records read, {len(payload)} sent"]
    problems = []
    for record, sent in zip(records, payload, strict=True):
        if not isinstance(record, LenientModel) or type(record).__name__ not in members:
            problems.append(f"record {record!r} is not one of {sorted(members)}")
            continue
        problems += untyped_fields(record, union, "record")
        if _as_sent(record.model_dump(mode="json", by_alias=True), sent) != sent:
            problems.append(f"record {record!r} does not round-trip to {sent!r}")
    return problems


def _as_sent(dumped: Any, sent: Any) -> Any:
    """``dumped`` without the optional fields ``sent`` left out (a model gives them as None)."""
    if isinstance(dumped, dict) and isinstance(sent, dict):
        return {
            key: _as_sent(value, sent.get(key))
            for key, value in dumped.items()
            if key in sent or value is not None
        }
    if isinstance(dumped, list) and isinstance(sent, list) and len(dumped) == len(sent):
        return [_as_sent(item, other) for item, other in zip(dumped, sent, strict=True)]
    return dumped


async def _records(data: Any) -> list[Any]:
    if isinstance(data, AsyncNdjsonStream):
        return [record async for record in data]
    return list(data)


async def _run(
    client: Any, server: LoopbackServer, openapi: OpenAPI, spec: dict[str, Any], keys: list[str]
) -> dict[str, list[str]]:
    failures: dict[str, list[str]] = {}
    for key in keys:
        try:
            problems = await _exercise(client, server, openapi, spec, key)
        except Exception as exc:
            problems = [f"raised {exc!r}"]
        if problems:
            failures[key] = problems
    return failures


def _report(failures: dict[str, list[str]]) -> str:
    return "\n".join(f"{key}:\n    " + "\n    ".join(problems) for key, problems in failures.items())


async def test_every_operation_round_trips_through_the_sync_client(
    loopback: LoopbackServer, openapi: OpenAPI, spec: dict[str, Any]
) -> None:
    keys = list(OPERATIONS)
    document_keys = {
        f"{method.upper()} {path}"
        for path, item in spec["paths"].items()
        for method in item
        if method in ("get", "put", "post", "delete", "patch")
    }
    assert set(keys) == document_keys, "the OPERATIONS table is not the document's operations"
    assert len(keys) == EXPECTED_OPERATION_COUNT

    with create_management_api_client(token=TOKEN, base_url=loopback.base_url) as client:
        failures = await _run(client, loopback, openapi, spec, keys)
    assert not failures, f"{len(failures)} of {len(keys)} operations failed:\n{_report(failures)}"


def _sample(count: int) -> Iterator[str]:
    """A spread of operations that includes each kind of answer: NDJSON, 204, plain JSON, bodies."""
    keys = list(OPERATIONS)
    special = [
        next(k for k, op in OPERATIONS.items() if op.streams),
        next(k for k, op in OPERATIONS.items() if ("empty", None) in op.responses.values()),
        next(k for k, op in OPERATIONS.items() if any(p.location == "header" for p in op.params)),
        next(k for k, op in OPERATIONS.items() if op.has_body and op.method == "POST"),
        next(k for k, op in OPERATIONS.items() if ("json", None) in op.responses.values()),
    ]
    step = len(keys) // (count - len(special))
    chosen = dict.fromkeys([*special, *keys[::step]])
    yield from list(chosen)[:count]


async def test_a_sample_of_operations_round_trips_through_the_async_client(
    loopback: LoopbackServer, openapi: OpenAPI, spec: dict[str, Any]
) -> None:
    keys = list(_sample(10))
    assert len(keys) == 10
    async with create_async_management_api_client(token=TOKEN, base_url=loopback.base_url) as client:
        failures = await _run(client, loopback, openapi, spec, keys)
    assert not failures, f"{len(failures)} of {len(keys)} operations failed:\n{_report(failures)}"
