"""Credentials in response models stay readable but never show in a repr (or a log that prints one)."""

from __future__ import annotations

import json

from prisma_management_api._core import json_decoder

SECRET = "postgres://user:s3cr3t-pa55@db.example.com:5432/db"


def _token_body(extra: dict[str, object]) -> bytes:
    return json.dumps(
        {
            "data": {
                "id": "stk_1",
                "type": "serviceToken",
                "name": "ci",
                "valueHint": "abc...",
                "createdAt": "2026-01-01T00:00:00Z",
                "value": SECRET,
                **extra,
            }
        }
    ).encode()


def test_a_known_secret_field_is_readable_but_not_in_the_repr() -> None:
    parsed = json_decoder("CreateWorkspaceServiceTokenResponse")(_token_body({}))
    assert parsed.data.value == SECRET
    assert SECRET not in repr(parsed)
    assert SECRET not in str(parsed)
    assert "name='ci'" in repr(parsed)


def test_an_unknown_field_named_like_a_credential_is_masked_in_the_repr() -> None:
    body = _token_body({"newConnectionString": SECRET, "colour": "blue"})
    parsed = json_decoder("CreateWorkspaceServiceTokenResponse")(body)
    assert parsed.data.newConnectionString == SECRET  # kept: lenient models keep unknown fields
    assert SECRET not in repr(parsed)
    assert "newConnectionString='***'" in repr(parsed)
    assert "colour='blue'" in repr(parsed)
