"""Tokens in the operating system's keychain through ``keyring``: ``KeyringTokenStorage``.

Needs the ``keyring`` extra (``pip install "prisma-management-api[keyring]"``); keyring is
imported when a storage is made, not when the SDK is.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import threading
from collections.abc import Generator, Hashable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._exceptions import TokenStorageError
from ._file_storage import DEFAULT_CREDENTIALS_PATH, hold_file_lock
from ._private_files import ensure_private_directory
from ._tokens import Tokens

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

logger = logging.getLogger("prisma_management_api")


class KeyringTokenStorage:
    """Tokens as one secret in the system keyring (macOS Keychain, Windows Credential Locker,
    Secret Service...): the desktop and editor-extension case.

    The pair is stored as one JSON secret under ``(service, username)``, so a reader never sees
    a new access token with an old refresh token. ``backend`` picks a keyring backend instead of
    the one keyring chooses for the platform.

    A keyring has no lock of its own, so refreshes are serialized across threads and processes by
    a lock file (locked as :class:`FileTokenStorage` locks): ``lock_path``, by default
    ``~/.prisma/keyring-<service>-<username>-<hash>.lock`` beside the default credentials file,
    one per entry. Every process of the user that shares the entry shares that file, so N
    processes refresh once (a rotated refresh token used twice revokes the grant). If the default
    lock file cannot be created (a read-only home), refreshes are serialized within the process
    only, with a warning; an explicit ``lock_path`` that cannot be created is an error.

    The backend's failures (no backend, a locked keychain) are a :class:`TokenStorageError`.
    """

    def __init__(
        self,
        service: str = "prisma-management-api",
        username: str = "default",
        *,
        backend: KeyringBackend | None = None,
        lock_path: str | os.PathLike[str] | None = None,
        lock_timeout: float = 60.0,
    ) -> None:
        try:
            import keyring
        except ImportError:  # pragma: no cover - depends on the install
            raise ImportError(
                'KeyringTokenStorage needs keyring: pip install "prisma-management-api[keyring]"'
            ) from None
        self.service = service
        self.username = username
        self._keyring: Any = backend if backend is not None else keyring.get_keyring()
        self._thread_lock = threading.Lock()
        self._default_lock = lock_path is None
        self.lock_path = (
            Path(lock_path).expanduser() if lock_path is not None else default_lock_path(service, username)
        )
        if lock_timeout <= 0:
            raise ValueError("lock_timeout must be a positive number of seconds")
        self.lock_timeout = lock_timeout

    def get_tokens(self) -> Tokens | None:
        with self._backend("reading the tokens"):
            secret = self._keyring.get_password(self.service, self.username)
        if secret is None:
            return None
        try:
            return Tokens.from_dict(json.loads(secret))
        except (ValueError, TypeError, RecursionError):
            logger.warning(
                "the keyring entry %s/%s is not valid: treating it as logged out", self.service, self.username
            )
            return None

    def set_tokens(self, tokens: Tokens) -> None:
        if not isinstance(tokens, Tokens):
            raise TypeError(f"set_tokens takes Tokens, got {type(tokens).__name__}")
        with self._backend("storing the tokens", chain=False):
            self._keyring.set_password(self.service, self.username, json.dumps(tokens.to_dict()))

    def clear_tokens(self) -> None:
        from keyring.errors import PasswordDeleteError

        with self._backend("clearing the tokens"), contextlib.suppress(PasswordDeleteError):
            self._keyring.delete_password(self.service, self.username)

    @contextlib.contextmanager
    def _backend(self, doing: str, *, chain: bool = True) -> Generator[None, None, None]:
        """The backend's failures (no backend, a locked keychain, D-Bus or OS errors) as a
        :class:`TokenStorageError`, as the Redis and SQL storages raise. Keyring's own errors
        speak of the backend and are chained, except when storing: a backend's text might quote
        what it was handed (the pair), so only its type is told then."""
        from keyring.errors import KeyringError, KeyringLocked, NoKeyringError

        try:
            yield
        except (KeyringError, OSError) as error:
            hint = ""
            if isinstance(error, NoKeyringError):
                hint = ": no keyring backend is available (install one, or pass backend=)"
            elif isinstance(error, KeyringLocked):
                hint = ": the keyring is locked (unlock it, then retry)"
            failure = TokenStorageError(
                f"The keyring failed while {doing} ({self.service}/{self.username}): "
                f"{type(error).__name__}{hint}"
            )
            raise failure from (error if chain and isinstance(error, KeyringError) else None)

    def clear_tokens_if_current(self, tokens: Tokens) -> bool:
        if self.get_tokens() != tokens:
            return False
        self.clear_tokens()
        return True

    @contextlib.contextmanager
    def with_refresh_lock(self) -> Generator[None, None, None]:
        with self._thread_lock, contextlib.ExitStack() as held:
            try:
                if self._default_lock:
                    ensure_private_directory(self.lock_path.parent)
                held.enter_context(hold_file_lock(self.lock_path, self.lock_timeout))
            except OSError as error:
                if not self._default_lock:
                    raise
                logger.warning(
                    "cannot create the refresh lock file %s (%s): refreshes of %s/%s are serialized "
                    "within this process only; pass lock_path= a writable place",
                    self.lock_path,
                    type(error).__name__,
                    self.service,
                    self.username,
                )
            yield

    def _token_place(self) -> Hashable:
        """Where the pair lives, for a pair kept in memory (``_unsaved.place_of``)."""
        return ("keyring", id(self._keyring), self.service, self.username)

    def __repr__(self) -> str:
        return f"KeyringTokenStorage(service={self.service!r}, username={self.username!r})"


def default_lock_path(service: str, username: str) -> Path:
    """``~/.prisma/keyring-<service>-<username>-<hash>.lock``: readable, and distinct per entry even
    when the names have characters a file name cannot (the hash is of the exact names)."""
    digest = hashlib.sha256(f"{service}\0{username}".encode("utf-8", "surrogatepass")).hexdigest()[:12]
    readable = _UNSAFE.sub("_", f"{service}-{username}")[:64]
    return DEFAULT_CREDENTIALS_PATH.expanduser().parent / f"keyring-{readable}-{digest}.lock"


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]")
