"""RS256 signing keys and compact JWTs for the fake OAuth server.

Built on ``cryptography`` directly rather than PyJWT: key generation needs
``cryptography`` anyway, RS256 is one PKCS#1 v1.5 + SHA-256 call each way,
and doing the claim checks here keeps them explicit (the fake's own clock,
its revocation list) instead of depending on another library's defaults and
adding PyJWT to what the fake needs at run time.  The tests check our tokens
with an independent verifier built from the published JWKS.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final, cast

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

__all__ = [
    "SigningKey",
    "b64url_decode",
    "b64url_encode",
    "default_signing_key",
    "pkce_s256",
]

_ALG: Final = "RS256"


def b64url_encode(data: bytes) -> str:
    """Base64url without padding (RFC 7515 §2)."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(text: str) -> bytes:
    """Inverse of :func:`b64url_encode`; ValueError on malformed input."""
    if not text.isascii() or "=" in text:
        raise ValueError("not unpadded base64url")
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def pkce_s256(verifier: str) -> str:
    """RFC 7636 S256 challenge: base64url(sha256(ascii(verifier)))."""
    return b64url_encode(hashlib.sha256(verifier.encode("ascii")).digest())


def _int_to_b64(value: int) -> str:
    return b64url_encode(value.to_bytes((value.bit_length() + 7) // 8, "big"))


@dataclass(frozen=True)
class SigningKey:
    """An RSA private key with its JWK ``kid`` (the RFC 7638 thumbprint)."""

    private_key: rsa.RSAPrivateKey
    kid: str

    @classmethod
    def generate(cls, key_size: int = 2048) -> SigningKey:
        private_key = rsa.generate_private_key(public_exponent=65537, key_size=key_size)
        numbers = private_key.public_key().public_numbers()
        # RFC 7638: required members only, sorted, no whitespace.
        canonical = json.dumps(
            {"e": _int_to_b64(numbers.e), "kty": "RSA", "n": _int_to_b64(numbers.n)},
            separators=(",", ":"),
            sort_keys=True,
        )
        kid = b64url_encode(hashlib.sha256(canonical.encode()).digest())
        return cls(private_key, kid)

    @property
    def public_key(self) -> rsa.RSAPublicKey:
        return self.private_key.public_key()

    def public_jwk(self) -> dict[str, str]:
        numbers = self.public_key.public_numbers()
        return {
            "kty": "RSA",
            "use": "sig",
            "alg": _ALG,
            "kid": self.kid,
            "n": _int_to_b64(numbers.n),
            "e": _int_to_b64(numbers.e),
        }

    def jwks(self) -> dict[str, list[dict[str, str]]]:
        return {"keys": [self.public_jwk()]}

    def sign(self, claims: Mapping[str, object]) -> str:
        """A compact RS256 JWS of ``claims`` with ``kid`` in the header."""
        header = {"alg": _ALG, "typ": "JWT", "kid": self.kid}
        signing_input = ".".join(
            b64url_encode(json.dumps(part, separators=(",", ":")).encode()) for part in (header, claims)
        )
        signature = self.private_key.sign(signing_input.encode("ascii"), padding.PKCS1v15(), hashes.SHA256())
        return f"{signing_input}.{b64url_encode(signature)}"

    def verify(self, token: str) -> dict[str, object] | None:
        """The claims if the header and signature are ours, else None.

        Only the signature is checked here; ``exp``/``iss``/``aud`` and
        revocation are the OAuth server's job, against its own clock.
        """
        parts = token.split(".")
        if len(parts) != 3:
            return None
        try:
            header = _json_object(b64url_decode(parts[0]))
            if header is None or header.get("alg") != _ALG:
                return None
            if not hmac.compare_digest(str(header.get("kid", "")), self.kid):
                return None
            self.public_key.verify(
                b64url_decode(parts[2]),
                f"{parts[0]}.{parts[1]}".encode("ascii"),
                padding.PKCS1v15(),
                hashes.SHA256(),
            )
            return _json_object(b64url_decode(parts[1]))
        except (ValueError, UnicodeError, InvalidSignature, RecursionError):
            # RecursionError: a forged header nested thousands deep is as invalid as any other.
            return None


def _json_object(data: bytes) -> dict[str, object] | None:
    """A JSON object (JSON keys are always strings), else None."""
    value: object = json.loads(data)
    return cast("dict[str, object]", value) if isinstance(value, dict) else None


_default_key: SigningKey | None = None
_default_lock = threading.Lock()


def default_signing_key() -> SigningKey:
    """One 2048-bit key per process, generated on first use.

    RSA generation takes tens to hundreds of milliseconds; sharing the key
    across fake instances keeps test suites fast.  Tokens from one fake
    instance are still rejected by another: each instance tracks the tokens
    it issued (see ``OAuthServer.verify_access_token``).
    """
    global _default_key
    with _default_lock:
        if _default_key is None:
            _default_key = SigningKey.generate()
        return _default_key
