"""Check recorded requests and synthesized responses against the OpenAPI document with openapi-core."""

from __future__ import annotations

import copy
import json
import warnings
from collections.abc import Sequence
from typing import Any
from urllib.parse import unquote

from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict

from .loopback import RecordedRequest

NDJSON = "application/x-ndjson"


class WireRequest:
    """openapi-core's ``Request`` protocol over a request recorded by the loopback server."""

    def __init__(self, recorded: RecordedRequest, host_url: str) -> None:
        self.method = recorded.method.lower()
        self.host_url = host_url
        # openapi-core matches path templates on the decoded path, as a web framework would.
        self.path = unquote(recorded.path)
        self.body: bytes | None = recorded.body or None
        headers = Headers(list(recorded.headers))
        self.content_type = (headers.get("Content-Type") or "").lower()
        self.parameters = RequestParameters(query=ImmutableMultiDict(recorded.query), header=headers)


class WireResponse:
    """openapi-core's ``Response`` protocol over an answer the test synthesized."""

    def __init__(self, status: int, headers: Sequence[tuple[str, str]], data: bytes | None) -> None:
        self.status_code = status
        self.headers = Headers(list(headers))
        self.content_type = (self.headers.get("Content-Type") or "").lower()
        self.data = data


def load_openapi(spec: dict[str, Any]) -> OpenAPI:
    # The document's own validity is not what these tests check (and checking it takes seconds).
    # NDJSON is validated one record at a time, each record as a one-line body.
    config = Config(spec_validator_cls=None, extra_media_type_deserializers={NDJSON: json.loads})
    return OpenAPI.from_dict(_without_parameter_type_arrays(spec), config=config)


def _without_parameter_type_arrays(spec: dict[str, Any]) -> dict[str, Any]:
    """The document with each parameter's ``type: [T, "null"]`` spelt ``anyOf: [{T}, {null}]``.

    Same meaning in JSON Schema 2020-12; openapi-core 0.23's parameter deserializer reads ``type``
    as a single string and raises a TypeError on an array (a limitation of the validator, not of
    the document or the client).
    """
    document = copy.deepcopy(spec)
    for item in document.get("paths", {}).values():
        operations = [op for op in item.values() if isinstance(op, dict)]
        for parameter in [
            *item.get("parameters", []),
            *(p for op in operations for p in op.get("parameters", [])),
        ]:
            schema = parameter.get("schema")
            if isinstance(schema, dict) and isinstance(schema.get("type"), list):
                types = schema.pop("type")
                schema["anyOf"] = [{"type": t} for t in types]
    return document


def request_errors(openapi: OpenAPI, request: WireRequest) -> list[str]:
    """Every way ``request`` breaks the document; empty when it is valid."""
    return _errors(lambda: openapi.validate_request(request))


def response_errors(openapi: OpenAPI, request: WireRequest, response: WireResponse) -> list[str]:
    return _errors(lambda: openapi.validate_response(request, response))


def _errors(check: Any) -> list[str]:
    with warnings.catch_warnings():
        # The document's OAuth2 scheme is one openapi-core cannot check; the Bearer one it can.
        warnings.filterwarnings("ignore", "Unsupported scheme type", UserWarning)
        try:
            check()
        except Exception as exc:
            details = [repr(exc)]
            cause = exc.__cause__
            while cause is not None:
                details.append(str(cause)[:2000])
                nested = getattr(cause, "schema_errors", None) or ()
                details.extend(str(e)[:500] for e in nested)
                cause = cause.__cause__
            return details
    return []
