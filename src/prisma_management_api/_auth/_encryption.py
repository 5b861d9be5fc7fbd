"""Encryption at rest for the token storages: ``TokenEncryption`` (Fernet keys, rotatable).

A storage given ``encryption=`` (one Fernet key, a list of keys, or a :class:`TokenEncryption`)
stores the token pair as one Fernet token: AES-128-CBC with an HMAC-SHA256, so a value that was
tampered with, or written under another key, is refused instead of decrypting to garbage.

Key rotation is MultiFernet's: the first key encrypts every new write, every key decrypts. To
rotate, put the new key first and keep the old one until every stored pair has been written
again (a refresh rewrites the pair; ``rotate()`` on a storage rewrites it at once), then drop it.

Values stored in clear before encryption was turned on are still read (with a warning), and
written encrypted at the next refresh or login: turning encryption on logs no one out.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Union

from .._exceptions import AuthError
from ._tokens import Tokens

if TYPE_CHECKING:
    from cryptography.fernet import Fernet, MultiFernet

logger = logging.getLogger("prisma_management_api")

# Every Fernet token starts with its version byte 0x80, which is "gAAAAA" in urlsafe base64.
_FERNET_PREFIX = b"gAAAAA"

WRONG_KEY = (
    "The stored tokens cannot be decrypted with the configured encryption key(s): "
    "the key is wrong, or was rotated out before this value was written again"
)

EncryptionKeys = Union[str, bytes, Sequence[Union[str, bytes]], "TokenEncryption"]


class TokenEncryption:
    """Fernet keys for a token storage: the first encrypts, all of them decrypt.

    ``keys``: one key or several, each as made by ``cryptography.fernet.Fernet.generate_key()``
    (32 url-safe base64-encoded bytes). Needs ``cryptography`` (the ``encryption`` extra).
    ``repr`` never shows a key.
    """

    def __init__(self, keys: str | bytes | Sequence[str | bytes]) -> None:
        try:
            from cryptography.fernet import Fernet, MultiFernet
        except ImportError:  # pragma: no cover - depends on the install
            raise ImportError(
                'encryption needs cryptography: pip install "prisma-management-api[encryption]"'
            ) from None
        key_list = [keys] if isinstance(keys, (str, bytes)) else list(keys)
        if not key_list:
            raise ValueError("TokenEncryption needs at least one key")
        fernets: list[Fernet] = []
        for index, key in enumerate(key_list):
            if not isinstance(key, (str, bytes)):
                raise TypeError(f"encryption key #{index} must be str or bytes, got {type(key).__name__}")
            try:
                fernets.append(Fernet(key))
            except (ValueError, TypeError):
                # The key itself is left out of the message: it is a secret.
                raise ValueError(
                    f"encryption key #{index} is not a Fernet key (32 url-safe base64-encoded bytes; "
                    "make one with cryptography.fernet.Fernet.generate_key())"
                ) from None
        self._fernet: MultiFernet = MultiFernet(fernets)
        self.key_count = len(fernets)

    def encrypt(self, plaintext: bytes) -> bytes:
        return self._fernet.encrypt(plaintext)

    def decrypt(self, token: bytes) -> bytes:
        """The plaintext; :class:`AuthError` when no key opens ``token`` (wrong key, tampering)."""
        from cryptography.fernet import InvalidToken

        try:
            return self._fernet.decrypt(token)
        except InvalidToken:
            raise AuthError(WRONG_KEY) from None

    def __repr__(self) -> str:
        return f"TokenEncryption(keys={self.key_count})"


def to_encryption(value: EncryptionKeys | None) -> TokenEncryption | None:
    """What a storage's ``encryption=`` argument means."""
    if value is None or isinstance(value, TokenEncryption):
        return value
    return TokenEncryption(value)


def encode_tokens(tokens: Tokens, encryption: EncryptionKeys | None = None) -> bytes:
    """The stored form of a token pair, for a token storage of your own (DynamoDB, Vault, ...).

    The pair's JSON with the TypeScript SDK's field names (ASCII), or, with ``encryption`` (a
    Fernet key, a list of keys, or a :class:`TokenEncryption`, which is faster made once), one
    Fernet token. The SDK's own storages store exactly this, so a value moves between them.
    """
    if not isinstance(tokens, Tokens):
        raise TypeError(f"set_tokens takes Tokens, got {type(tokens).__name__}")
    payload = json.dumps(tokens.to_dict(), separators=(",", ":")).encode("utf-8")
    keys = to_encryption(encryption)
    return payload if keys is None else keys.encrypt(payload)


def decode_tokens(
    data: bytes | str, encryption: EncryptionKeys | None = None, *, where: str = "the stored value"
) -> Tokens:
    """The inverse of :func:`encode_tokens`.

    Raises :class:`AuthError` for an encrypted value that no key opens (or one met without a
    key: tokens must never be guessed from ciphertext), ``ValueError`` for a value that is not
    a token pair (the SDK's storages read that as logged out). A value stored in clear is read
    even with ``encryption`` (with a warning): turning encryption on logs no one out. ``where``
    names the value in messages; nothing of the value is ever quoted.
    """
    data = (data.encode("utf-8") if isinstance(data, str) else data).strip()
    encryption = to_encryption(encryption)
    if data.startswith(_FERNET_PREFIX):
        if encryption is None:
            raise AuthError(f"The tokens in {where} are encrypted: give the storage its encryption key(s)")
        data = encryption.decrypt(data)
    elif encryption is not None:
        logger.warning(
            "the tokens in %s are stored in clear; they will be encrypted when next written", where
        )
    try:
        return Tokens.from_dict(json.loads(data))
    except (ValueError, TypeError, RecursionError):
        raise ValueError(f"the tokens in {where} are not a valid token pair") from None
