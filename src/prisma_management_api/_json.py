"""Parsing an answer's JSON without letting a hostile body crash the caller with ``RecursionError``.

The standard library's parser recurses once per nesting level, so ``[[[[...]]]]`` a few thousand
levels deep raises ``RecursionError`` (a ``RuntimeError``, which no ``except ValueError`` catches).
Here it becomes the ``ValueError`` that every other malformed body gives, which the callers turn
into a :class:`~prisma_management_api.ResponseParseError`. (The typed path decodes with
msgspec, whose own depth limit raises a ``DecodeError``; ``_model_decoding.json_decoder`` makes it a
``ValueError`` too.)
"""

from __future__ import annotations

import json
from typing import Any


class JsonTooDeepError(ValueError):
    """A JSON document nested more deeply than the parser can follow."""

    def __init__(self) -> None:
        super().__init__("JSON nested too deeply to parse")


def parse_json(content: bytes | str) -> Any:
    try:
        return json.loads(content)
    except RecursionError:
        raise JsonTooDeepError from None
