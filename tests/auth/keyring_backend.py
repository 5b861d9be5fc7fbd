"""A keyring backend that keeps secrets in a dict: keyring's own extension point, for headless tests.

Faithful to the ``KeyringBackend`` contract: ``get_password`` answers ``None`` for a missing
entry and ``delete_password`` raises ``PasswordDeleteError`` for one.
"""

from __future__ import annotations

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
