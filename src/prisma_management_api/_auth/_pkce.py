"""PKCE (RFC 7636) and the random values of a login: verifier, challenge and state."""

from __future__ import annotations

import base64
import hashlib
import secrets

STATE_BYTES = 16
VERIFIER_BYTES = 32


def b64url(data: bytes) -> str:
    """base64url without padding, as OAuth and JWTs write it."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(text: str) -> bytes:
    """The inverse of :func:`b64url`; raises ``ValueError`` on anything that is not base64url."""
    data = text.encode("ascii")  # UnicodeEncodeError is a ValueError
    return base64.urlsafe_b64decode(data + b"=" * (-len(data) % 4))


def new_state() -> str:
    return b64url(secrets.token_bytes(STATE_BYTES))


def new_verifier() -> str:
    # 32 bytes -> 43 characters, the shortest verifier RFC 7636 allows, with 256 bits of entropy.
    return b64url(secrets.token_bytes(VERIFIER_BYTES))


def s256_challenge(verifier: str) -> str:
    """``BASE64URL(SHA256(ASCII(verifier)))``, the S256 method of RFC 7636 section 4.2."""
    return b64url(hashlib.sha256(verifier.encode("ascii")).digest())
