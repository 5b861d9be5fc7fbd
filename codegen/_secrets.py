"""Which response fields hold credentials, by name and by what the spec says of them.

A name alone misses fields such as the alchemy-state ``leaseId``, described as "a capability
token; do not log it". So a field is secret when its wire name is a known credential name, or
when its description says the value itself is one: it must not be logged, is a capability,
secret or bearer token, is shown only once, or is a password or private key. The phrases are
specific on purpose: a description that merely mentions tokens ("the ID of the token", "after
which the token is invalid") does not hide a field that users debug with.
"""

from __future__ import annotations

import re

# Response fields that carry credentials: kept out of model reprs (and so out of logs and
# tracebacks that print a model), while staying readable as attributes.
SECRET_FIELDS = frozenset(
    {
        "accessToken",
        "apiKeys",
        "connectionString",
        "envVars",
        "pass",
        "password",
        "refreshToken",
        "secret",
        "secretAccessKey",
        "token",
        "uploadUrl",
        "value",
    }
)

_SECRET_PHRASES = (
    # "do not log it", "must never be shared", "should not be exposed"
    r"\b(do not|don'?t|never|must not|should not)( ever)?( be)? "
    r"(log|logged|print|printed|share|shared|expose|exposed)\b",
    r"\bcapability (token|url|key)\b",
    # "the secret token", "an API key", "the minted integration token"; not "the API key ID"
    r"\b(secret|bearer|api|access|refresh|session|minted( \w+)?) (token|key)\b"
    r"(?! (id|ids|identifier|name|hint|prefix)\b)",
    r"\b(returned|shown|displayed) (only )?once\b",
    r"\bkeep (it|this) secret\b",
    r"\b(a|the) (password|passphrase|private key|client secret|signing key)\b",
)
_SECRET_DESCRIPTION = re.compile("|".join(f"(?:{phrase})" for phrase in _SECRET_PHRASES), re.IGNORECASE)


def is_secret_field(wire_name: str, description: str | None) -> bool:
    """True when the field's value is a credential and must stay out of reprs."""
    return wire_name in SECRET_FIELDS or bool(description and _SECRET_DESCRIPTION.search(description))
