"""Tokens in the operating system's keychain through ``keyring``: ``KeyringTokenStorage``.

Needs the ``keyring`` extra (``pip install "prisma-management-api[keyring]"``); keyring is
imported when a storage is made, not when the SDK is.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import threading
from collections.abc import Generator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._file_storage import hold_file_lock
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

    A keyring has no cross-process lock: refreshes are serialized within the process, and across
    processes too when ``lock_path`` names a lock file (locked as :class:`FileTokenStorage` locks).
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
        self.lock_path = Path(lock_path).expanduser() if lock_path is not None else None
        self.lock_timeout = lock_timeout

    def get_tokens(self) -> Tokens | None:
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
        self._keyring.set_password(self.service, self.username, json.dumps(tokens.to_dict()))

    def clear_tokens(self) -> None:
        from keyring.errors import PasswordDeleteError

        with contextlib.suppress(PasswordDeleteError):
            self._keyring.delete_password(self.service, self.username)

    def clear_tokens_if_current(self, tokens: Tokens) -> bool:
        if self.get_tokens() != tokens:
            return False
        self.clear_tokens()
        return True

    @contextlib.contextmanager
    def with_refresh_lock(self) -> Generator[None, None, None]:
        with self._thread_lock:
            if self.lock_path is None:
                yield
            else:
                with hold_file_lock(self.lock_path, self.lock_timeout):
                    yield

    def __repr__(self) -> str:
        return f"KeyringTokenStorage(service={self.service!r}, username={self.username!r})"
