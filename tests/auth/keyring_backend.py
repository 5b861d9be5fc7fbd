"""A keyring backend that keeps secrets in a dict: keyring's own extension point, for headless tests.

Faithful to the ``KeyringBackend`` contract: ``get_password`` answers ``None`` for a missing
entry and ``delete_password`` raises ``PasswordDeleteError`` for one.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class DictKeyring(KeyringBackend):
    priority = 1  # pyright: ignore[reportAssignmentType]  # a plain value where keyring has a classproperty

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # keyring's own __init__ is untyped
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


class FileKeyring(KeyringBackend):
    """Secrets as files in a directory, shared by every process given the same directory: a
    stand-in for the system keychain (which, like it, has no lock a client could take). Each
    write is atomic (``os.replace``), as a keychain's is."""

    priority = 1  # pyright: ignore[reportAssignmentType]

    def __init__(self, directory: str | os.PathLike[str] | None = None) -> None:
        # keyring's own __init__ sets each KEYRING_PROPERTY_<NAME> variable as an attribute: that is
        # how a backend named by keyring's configuration (which builds it with no arguments) is
        # given its directory, KEYRING_PROPERTY_DIRECTORY.
        super().__init__()  # type: ignore[no-untyped-call]
        configured = directory if directory is not None else vars(self).get("directory")
        if configured is None:  # a TypeError, as for a missing argument: keyring skips such a
            # backend when it builds every registered one to choose the platform's default
            raise TypeError("FileKeyring needs a directory: pass one, or set KEYRING_PROPERTY_DIRECTORY")
        self.directory = Path(configured)
        self.directory.mkdir(parents=True, exist_ok=True)

    def _path(self, service: str, username: str) -> Path:
        return self.directory / hashlib.sha256(f"{service}\0{username}".encode()).hexdigest()

    def get_password(self, service: str, username: str) -> str | None:
        try:
            return self._path(service, username).read_text()
        except FileNotFoundError:
            return None

    def set_password(self, service: str, username: str, password: str) -> None:
        target = self._path(service, username)
        fd, temporary = tempfile.mkstemp(dir=self.directory)
        with os.fdopen(fd, "w") as file:
            file.write(password)
        os.replace(temporary, target)

    def delete_password(self, service: str, username: str) -> None:
        try:
            self._path(service, username).unlink()
        except FileNotFoundError:
            raise PasswordDeleteError("no such password") from None
