"""Tokens in a JSON file, shared safely by every process of the user: ``FileTokenStorage``."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sys
import tempfile
import time
from collections.abc import Generator, Hashable
from pathlib import Path

from .._exceptions import AuthError
from ._encryption import EncryptionKeys, decode_tokens, encode_tokens, to_encryption
from ._private_files import (
    ensure_private_directory,
    remove_leftover_temporaries,
    temporary_prefix,
    warn_if_others_can_write,
)
from ._tokens import Tokens

logger = logging.getLogger("prisma_management_api")

DEFAULT_CREDENTIALS_PATH = Path("~") / ".prisma" / "credentials.json"


class FileTokenStorage:
    """Tokens in a JSON file (default ``~/.prisma/credentials.json``): the CLI case.

    - The file is created ``0600`` in directories created ``0700`` whatever the umask, and every
      write is atomic (a temporary file in the same directory, ``fsync``, ``os.replace``): a
      reader sees the old pair or the new one, never half of one, even if the writer dies. A
      temporary file left by a writer that died is removed by the next write.
    - An :class:`InsecureStorageWarning` is issued (once) when the file's directory is writable
      by every user, or an ancestor is without the sticky bit: others could replace the tokens.
    - ``with_refresh_lock()`` takes an exclusive lock on a sidecar file (``<path>.lock``:
      ``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows). Any number of processes sharing
      the file refresh once: the others wait, re-read the file and find the rotated pair.
    - A missing, corrupt or unreadable file reads as logged out (``None``); it is never fatal.
    - ``encryption``: a Fernet key, a list of keys or a :class:`TokenEncryption`: the file then
      holds one Fernet token, never the tokens in clear; a wrong key is an :class:`AuthError`.
    """

    def __init__(
        self,
        path: str | os.PathLike[str] | None = None,
        *,
        lock_timeout: float = 60.0,
        encryption: EncryptionKeys | None = None,
    ) -> None:
        self.encryption = to_encryption(encryption)
        self.path = Path(path if path is not None else DEFAULT_CREDENTIALS_PATH).expanduser()
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        if lock_timeout <= 0:
            raise ValueError("lock_timeout must be a positive number of seconds")
        self.lock_timeout = lock_timeout
        self._checked_directory = False

    def get_tokens(self) -> Tokens | None:
        try:
            with open(self.path, "rb") as file:
                data = file.read()
        except FileNotFoundError:
            return None
        except OSError as exc:
            logger.warning(
                "cannot read the credentials file %s (%s): treating it as logged out",
                self.path,
                type(exc).__name__,
            )
            return None
        try:
            return decode_tokens(data, self.encryption, where=f"the credentials file {self.path}")
        except ValueError:  # decode_tokens' own: not a token pair
            # The reason is left out: it could quote part of the file, which holds secrets.
            logger.warning("the credentials file %s is not valid: treating it as logged out", self.path)
            return None

    def set_tokens(self, tokens: Tokens) -> None:
        if not isinstance(tokens, Tokens):
            raise TypeError(f"set_tokens takes Tokens, got {type(tokens).__name__}")
        self._ensure_directory()
        if self.encryption is None:
            payload = json.dumps(tokens.to_dict(), indent=2).encode("utf-8") + b"\n"
        else:
            payload = encode_tokens(tokens, self.encryption)
        # mkstemp creates the file 0600 and in the same directory, so os.replace is atomic.
        remove_leftover_temporaries(self.path.parent, self.path.name)
        prefix = temporary_prefix(self.path.name)
        fd, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=prefix, suffix=".tmp")
        try:
            if sys.platform != "win32":
                os.fchmod(fd, 0o600)  # mkstemp's 0600 is filtered by the umask (0o277 gives 0400)
            with os.fdopen(fd, "wb") as file:
                file.write(payload)
                file.flush()
                os.fsync(file.fileno())
            os.replace(temporary, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
        _fsync_directory(self.path.parent)
        logger.debug("stored tokens in %s", self.path)

    def clear_tokens(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.path)
        logger.debug("cleared the tokens in %s", self.path)

    def clear_tokens_if_current(self, tokens: Tokens) -> bool:
        # Called by the SDK inside with_refresh_lock(), where no other SDK writes the file: taking
        # the lock again here would deadlock the async SDK, which holds it on another thread.
        if self.get_tokens() != tokens:
            return False
        self.clear_tokens()
        return True

    def with_refresh_lock(self) -> contextlib.AbstractContextManager[None]:
        self._ensure_directory()
        return hold_file_lock(self.lock_path, self.lock_timeout)

    def _ensure_directory(self) -> None:
        # Only a directory made here is set 0700: an existing one is the user's to keep as it is.
        ensure_private_directory(self.path.parent)
        if not self._checked_directory:
            self._checked_directory = True
            warn_if_others_can_write(self.path.parent)

    def _token_place(self) -> Hashable:
        """Where the pair lives, for a pair kept in memory (``_unsaved.place_of``)."""
        return ("file", os.path.abspath(self.path))

    def __repr__(self) -> str:
        return f"FileTokenStorage({str(self.path)!r})"


def _fsync_directory(directory: Path) -> None:
    # Makes the rename itself durable; not possible (nor needed) on Windows.
    if sys.platform == "win32":
        return
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextlib.contextmanager
def hold_file_lock(path: Path, timeout: float) -> Generator[None, None, None]:
    """An exclusive lock on ``path`` (created ``0600``, never deleted: deleting a lock file lets
    two holders lock two different files)."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        _lock(fd, path, timeout)
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)


def _lock(fd: int, path: Path, timeout: float) -> None:
    """Take the exclusive lock, polling so that a hung holder turns into an error, not a hang."""
    deadline = time.monotonic() + timeout
    delay = 0.001
    while not _try_lock(fd):
        if time.monotonic() >= deadline:
            raise AuthError(
                f"Timed out after {timeout:g}s waiting for another process to finish refreshing "
                f"the tokens (lock file {path})"
            )
        time.sleep(delay)
        delay = min(delay * 2, 0.05)


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        # flock, not fcntl record locks: it is held per open file, so two threads (or two SDKs) of
        # one process exclude each other as two processes do.
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
