"""The ready-made token storages and the Tokens value."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import textwrap
import threading
import time
import traceback
from pathlib import Path

import pytest
from keyring.backends import fail
from keyring.errors import KeyringLocked, PasswordSetError

from prisma_management_api import (
    AuthError,
    FileTokenStorage,
    KeyringTokenStorage,
    MemoryTokenStorage,
    Tokens,
    TokenStorage,
    TokenStorageError,
)

from .keyring_backend import DictKeyring

A = Tokens("ws_1", "access-secret-a", "refresh-secret-a")
B = Tokens("ws_1", "access-secret-b", "refresh-secret-b")


# --- Tokens ---------------------------------------------------------------------------------------


def test_tokens_repr_and_str_never_show_the_tokens() -> None:
    for text in (repr(A), str(A), f"{A}", repr([A]), repr({"t": A})):
        assert "access-secret-a" not in text and "refresh-secret-a" not in text
        assert "ws_1" in text
    assert repr(Tokens("w", "a")) == "Tokens(workspace_id='w', access_token='***', refresh_token=None)"


def test_tokens_compare_by_value_and_round_trip_through_the_json_form() -> None:
    assert Tokens("ws_1", "access-secret-a", "refresh-secret-a") == A and A != B
    assert Tokens.from_dict(A.to_dict()) == A
    assert A.to_dict() == {
        "workspaceId": "ws_1",
        "accessToken": "access-secret-a",
        "refreshToken": "refresh-secret-a",
    }
    assert Tokens.from_dict({"workspaceId": "w", "accessToken": "a"}) == Tokens("w", "a", None)


@pytest.mark.parametrize(
    "data",
    [
        [],
        "x",
        {},
        {"workspaceId": "w"},
        {"workspaceId": 1, "accessToken": "a"},
        {"workspaceId": "w", "accessToken": ""},
        {"workspaceId": "w", "accessToken": "a", "refreshToken": 3},
    ],
)
def test_tokens_from_bad_json_name_the_problem(data: object) -> None:
    with pytest.raises(ValueError, match=r"tokens|Token"):
        Tokens.from_dict(data)


def test_tokens_refuse_wrong_types() -> None:
    with pytest.raises(TypeError, match="access_token"):
        Tokens("w", "")
    with pytest.raises(TypeError, match="refresh_token"):
        Tokens("w", "a", 5)  # type: ignore[arg-type]


def test_the_ready_storages_satisfy_the_protocol() -> None:
    assert isinstance(MemoryTokenStorage(), TokenStorage)
    assert isinstance(FileTokenStorage("/nonexistent/credentials.json"), TokenStorage)
    assert isinstance(KeyringTokenStorage(backend=DictKeyring()), TokenStorage)


# --- MemoryTokenStorage ---------------------------------------------------------------------------


def test_memory_storage() -> None:
    storage = MemoryTokenStorage()
    assert storage.get_tokens() is None
    storage.set_tokens(A)
    assert storage.get_tokens() == A
    assert storage.clear_tokens_if_current(B) is False and storage.get_tokens() == A
    assert storage.clear_tokens_if_current(A) is True and storage.get_tokens() is None
    storage.set_tokens(B)
    storage.clear_tokens()
    assert storage.get_tokens() is None
    assert "secret" not in repr(MemoryTokenStorage(A))


# --- FileTokenStorage -----------------------------------------------------------------------------


def test_file_storage_writes_a_0600_file_in_a_0700_directory(tmp_path: Path) -> None:
    path = tmp_path / "home" / ".prisma" / "credentials.json"
    storage = FileTokenStorage(path)
    assert storage.get_tokens() is None
    storage.set_tokens(A)
    assert storage.get_tokens() == A
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert json.loads(path.read_text()) == A.to_dict()
    storage.clear_tokens()
    assert not path.exists() and storage.get_tokens() is None
    storage.clear_tokens()  # clearing twice is fine


def test_file_storage_default_path_is_in_the_home_directory(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    assert FileTokenStorage().path == tmp_path / ".prisma" / "credentials.json"


def test_file_storage_replaces_the_file_atomically_and_leaves_no_temporary(tmp_path: Path) -> None:
    path = tmp_path / "credentials.json"
    path.write_text("{}")
    os.chmod(path, 0o644)  # a file made by someone else, too open
    inode = path.stat().st_ino
    storage = FileTokenStorage(path)
    storage.set_tokens(A)
    assert path.stat().st_ino != inode  # a new file renamed over the old one, not rewritten in place
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["credentials.json"]


def test_a_reader_never_sees_a_torn_file(tmp_path: Path) -> None:
    storage = FileTokenStorage(tmp_path / "credentials.json")
    storage.set_tokens(A)
    stop = threading.Event()

    def write() -> None:
        while not stop.is_set():
            storage.set_tokens(B)
            storage.set_tokens(A)

    writer = threading.Thread(target=write)
    writer.start()
    try:
        seen = [storage.get_tokens() for _ in range(2000)]
    finally:
        stop.set()
        writer.join()
    assert set(seen) <= {A, B}


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{",
        b"not json",
        b"\xff\xfe",
        b"[]",
        b'{"workspaceId": 1}',
        b'{"accessToken": "a"}',
        b"[" * 100_000,
    ],
)
def test_a_corrupt_file_reads_as_logged_out(
    tmp_path: Path, content: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "credentials.json"
    path.write_bytes(content)
    assert FileTokenStorage(path).get_tokens() is None
    assert "not valid" in caplog.text


def test_an_unreadable_file_reads_as_logged_out(tmp_path: Path) -> None:
    path = tmp_path / "credentials.json"
    path.mkdir()  # a directory where the file should be: reading fails even as root
    assert FileTokenStorage(path).get_tokens() is None


def test_file_storage_clear_if_current(tmp_path: Path) -> None:
    storage = FileTokenStorage(tmp_path / "credentials.json")
    storage.set_tokens(A)
    assert storage.clear_tokens_if_current(B) is False and storage.get_tokens() == A
    assert storage.clear_tokens_if_current(A) is True and storage.get_tokens() is None


# The holders keep the lock until the test writes a line to their stdin: no test depends on how
# fast another process is scheduled (a holder that slept for a fixed time could let go before the
# test even tried, on a loaded machine).
HOLD_LOCK = textwrap.dedent(
    """
    import sys
    from prisma_management_api import FileTokenStorage
    with FileTokenStorage(sys.argv[1]).with_refresh_lock():
        print("locked", flush=True)
        sys.stdin.readline()
    print("released", flush=True)
    """
)


HOLD_RAW_LOCK = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from prisma_management_api._auth._file_storage import hold_file_lock
    with hold_file_lock(Path(sys.argv[1]), 5.0):
        print("locked", flush=True)
        sys.stdin.readline()
    print("released", flush=True)
    """
)


def _hold(script: str, path: Path) -> subprocess.Popen[str]:
    """A process holding the lock of ``path`` until :func:`_release`; returns once it holds it."""
    holder = subprocess.Popen(
        [sys.executable, "-c", script, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    return holder


def _release(holder: subprocess.Popen[str]) -> None:
    if holder.poll() is None and holder.stdin is not None and not holder.stdin.closed:
        holder.stdin.write("release\n")
        holder.stdin.close()


def test_the_refresh_lock_excludes_other_processes_and_times_out(tmp_path: Path) -> None:
    path = tmp_path / "credentials.json"
    holder = _hold(HOLD_LOCK, path)
    try:
        started = time.monotonic()
        with (
            pytest.raises(AuthError, match="Timed out"),
            FileTokenStorage(path, lock_timeout=0.2).with_refresh_lock(),
        ):
            pass
        assert time.monotonic() - started >= 0.2
        # Once the holder lets go, the lock is free again (whenever the holder then exits).
        _release(holder)
        with FileTokenStorage(path, lock_timeout=60).with_refresh_lock():
            assert holder.stdout is not None and holder.stdout.readline().strip() == "released"
    finally:
        _release(holder)
        holder.wait(timeout=60)
    assert stat.S_IMODE(storage_lock(path).stat().st_mode) == 0o600


def storage_lock(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def test_the_refresh_lock_excludes_other_threads(tmp_path: Path) -> None:
    storage = FileTokenStorage(tmp_path / "credentials.json")
    inside = 0
    most = 0
    guard = threading.Lock()

    def work() -> None:
        nonlocal inside, most
        for _ in range(20):
            with storage.with_refresh_lock():
                with guard:
                    inside += 1
                    most = max(most, inside)
                time.sleep(0.0005)
                with guard:
                    inside -= 1

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert most == 1


def test_file_storage_rejects_a_bad_lock_timeout(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="lock_timeout"):
        FileTokenStorage(tmp_path / "c.json", lock_timeout=0)


# --- KeyringTokenStorage --------------------------------------------------------------------------


def test_keyring_storage_keeps_the_pair_as_one_secret() -> None:
    backend = DictKeyring()
    storage = KeyringTokenStorage("my-app", "alice", backend=backend)
    assert storage.get_tokens() is None
    storage.set_tokens(A)
    assert list(backend.entries) == [("my-app", "alice")]
    assert storage.get_tokens() == A
    assert storage.clear_tokens_if_current(B) is False
    assert storage.clear_tokens_if_current(A) is True and storage.get_tokens() is None
    storage.clear_tokens()  # nothing stored: still fine
    assert "secret" not in repr(storage)


class LockedKeyring(DictKeyring):
    """A keychain that is locked: reads raise keyring's ``KeyringLocked``; a write is refused with
    a ``PasswordSetError`` quoting what it was handed, as a careless backend might."""

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("the login keychain is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise PasswordSetError(f"cannot store {password}")


def test_keyring_backend_errors_are_token_storage_errors() -> None:
    storage = KeyringTokenStorage("my-app", "alice", backend=LockedKeyring())
    with pytest.raises(TokenStorageError, match=r"reading the tokens .*the keyring is locked") as read:
        storage.get_tokens()
    assert isinstance(read.value.__cause__, KeyringLocked)  # keyring's text is about the backend
    with pytest.raises(TokenStorageError, match=r"storing the tokens .*PasswordSetError") as stored:
        storage.set_tokens(A)
    shown = "".join(traceback.format_exception(type(stored.value), stored.value, stored.value.__traceback__))
    assert A.access_token not in shown and A.refresh_token not in shown, shown


def test_no_keyring_backend_is_a_token_storage_error() -> None:
    # keyring's own "fail" backend: what keyring.get_keyring() gives when no backend is usable.
    storage = KeyringTokenStorage(backend=fail.Keyring())
    for call in (storage.get_tokens, lambda: storage.set_tokens(A), storage.clear_tokens):
        with pytest.raises(TokenStorageError, match="no keyring backend is available"):
            call()


def test_keyring_storage_reads_a_corrupt_entry_as_logged_out() -> None:
    backend = DictKeyring()
    backend.entries[("prisma-management-api", "default")] = "{not json"
    assert KeyringTokenStorage(backend=backend).get_tokens() is None


def test_keyring_storage_uses_the_global_keyring_by_default() -> None:
    import keyring

    previous = keyring.get_keyring()
    backend = DictKeyring()
    keyring.set_keyring(backend)
    try:
        KeyringTokenStorage().set_tokens(A)
    finally:
        keyring.set_keyring(previous)
    assert ("prisma-management-api", "default") in backend.entries


def test_keyring_storage_can_lock_across_processes(tmp_path: Path) -> None:
    lock = tmp_path / "keyring.lock"
    storage = KeyringTokenStorage(backend=DictKeyring(), lock_path=lock, lock_timeout=0.2)
    with storage.with_refresh_lock():
        assert lock.exists()
    holder = _hold(HOLD_RAW_LOCK, lock)
    try:
        with pytest.raises(AuthError, match="Timed out"), storage.with_refresh_lock():
            pass
    finally:
        _release(holder)
        holder.wait(timeout=60)


def test_importing_the_package_does_not_import_keyring() -> None:
    code = "import sys, prisma_management_api as p; p.FileTokenStorage; p.Tokens; print('keyring' in sys.modules)"
    assert (
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
        == "False\n"
    )
