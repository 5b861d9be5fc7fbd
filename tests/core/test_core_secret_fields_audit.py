"""Every generated response model audited for credentials, by field name and by description.

The spec says some fields are secrets only in words (the alchemy-state ``leaseId``: "Capability
token ... do not log it"); the generator reads those words. This audit walks every field of every
generated model: what the generator's rule calls secret is out of the repr, and every field whose
name looks like a credential is either masked or listed below with the reason it is not one.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import pkgutil
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import msgspec
from support.field_docs import field_docstrings

import prisma_management_api._generated.types as generated_types
from prisma_management_api._core import json_decoder
from prisma_management_api._models import LenientModel

ROOT = Path(__file__).resolve().parents[2]

# Reviewed: named like a credential, but what they hold is not one.
NOT_SECRETS = {
    "accessKeyId": "the public half of an S3 key pair (shown by every S3 console); the secret half is masked",
    "credential": "a CredentialRef: the kind, id and name of the token in use, never its value",
    "isPrivate": "whether a repository is private: a flag",
    "key": "an environment variable's name; its value is masked",
    "valueHint": "the few characters a console shows to recognize a token, by design",
    "valueKid": "the id of the encryption key, not the key",
}
CREDENTIAL_NAME = re.compile(
    r"token|secret|key|pass|credential|lease|connection_?string|dsn|private|signature|cookie|session|auth",
    re.IGNORECASE,
)


def generator_rule() -> Callable[[str, str | None], bool]:
    spec = importlib.util.spec_from_file_location("codegen_secrets", ROOT / "codegen" / "_secrets.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return cast("Callable[[str, str | None], bool]", module.is_secret_field)


@dataclass
class GeneratedField:
    wire: str
    description: str | None
    masked: bool  # left out of the model's repr


def generated_fields() -> Iterator[tuple[str, str, GeneratedField]]:
    # One module per model, in a folder per resource: walk every module of the package.
    for info in pkgutil.walk_packages(generated_types.__path__, f"{generated_types.__name__}."):
        module = importlib.import_module(info.name)
        for model in vars(module).values():
            if (
                isinstance(model, type)
                and issubclass(model, LenientModel)
                and model.__module__ == module.__name__
            ):
                described = field_docstrings(model)
                for field in msgspec.structs.fields(model):
                    if field.name == "model_extra":
                        continue
                    masked = field.name in model.__secret_fields__
                    found = GeneratedField(field.encode_name, described.get(field.name), masked)
                    yield model.__name__, field.encode_name, found


def test_masked_fields_are_out_of_the_repr() -> None:
    # What ``masked`` above reads (``__secret_fields__``) is what the repr leaves out.
    from prisma_management_api.types import ConnectionEndpointWithConnectionString

    endpoint = ConnectionEndpointWithConnectionString(
        host="db.prisma.io", port=5432, connection_string="postgres://u:SEKRET@db/x"
    )
    assert "SEKRET" not in repr(endpoint) and "db.prisma.io" in repr(endpoint)
    assert endpoint.__secret_fields__ == frozenset({"connection_string"})


def test_every_field_the_spec_calls_a_secret_is_masked() -> None:
    is_secret = generator_rule()
    fields = list(generated_fields())
    assert len(fields) > 300  # the whole spec was walked
    exposed = [
        f"{model}.{wire}"
        for model, wire, field in fields
        if is_secret(wire, field.description) and not field.masked
    ]
    assert exposed == []
    masked = {wire for _, wire, field in fields if field.masked}
    assert {"leaseId", "connectionString", "pass", "secretAccessKey", "value", "uploadUrl"} <= masked


def test_every_field_named_like_a_credential_is_masked_or_reviewed() -> None:
    unreviewed = sorted(
        {
            f"{model}.{wire}"
            for model, wire, field in generated_fields()
            if CREDENTIAL_NAME.search(wire) and not field.masked and wire not in NOT_SECRETS
        }
    )
    assert unreviewed == [], "a new credential-like field: mask it (codegen/_secrets.py) or review it here"


def test_descriptions_name_secrets_without_hiding_fields_that_only_mention_tokens() -> None:
    is_secret = generator_rule()
    assert is_secret("leaseId", "Capability token for the deploy lease. Send it ...; do not log it.")
    assert is_secret("minted", "The minted integration token. Returned once — copy it immediately.")
    assert is_secret("x", "Your API key. Keep it secret.")
    assert is_secret("x", "The password of the database user")
    assert not is_secret("expiresAt", "ISO 8601 instant after which the token is invalid.")
    assert not is_secret("id", "Prefixed integration token ID (`itgr_` prefix).")
    assert not is_secret("keyId", "The API key ID")
    assert not is_secret("envVars2", "Values are redacted and must not be treated as deployed secret values.")


def test_the_alchemy_lease_id_is_readable_but_not_in_the_repr() -> None:
    lease = "lease_capability_0123456789abcdef"
    body = json.dumps({"data": {"leaseId": lease, "expiresAt": "2026-12-01T08:00:00Z"}}).encode()
    parsed: Any = json_decoder("AcquireAlchemyStateLeaseResponse")(body)
    assert parsed.data.lease_id == lease
    assert lease not in repr(parsed) and lease not in str(parsed)
    assert "expires_at='2026-12-01T08:00:00Z'" in repr(parsed)
