"""FileTokenStorage on a shared machine: private directories whatever the umask, a warning when
others could swap the file, and no token copies left behind by a writer that died (real
processes, killed for real)."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import textwrap
import time
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from prisma_management_api import FileTokenStorage, InsecureStorageWarning, Tokens

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions and signals")

A = Tokens("wksp_1", "access-a", "refresh-a")
B = Tokens("wksp_1", "access-b", "refresh-b")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask() -> Iterator[Callable[[int], None]]:
    def set_umask(value: int) -> None:
        os.umask(value)

    previous = os.umask(0o022)
    try:
        yield set_umask
    finally:
        os.umask(previous)


@pytest.mark.parametrize("mask", [0o000, 0o022, 0o077, 0o277])
def test_every_directory_it_creates_is_0700_whatever_the_umask(
    tmp_path: Path, umask: Callable[[int], None], mask: int
) -> None:
    umask(mask)
    path = tmp_path / "home" / "config" / "prisma" / "credentials.json"
    storage = FileTokenStorage(path)
    storage.set_tokens(A)
    assert [mode(p) for p in (tmp_path / "home", path.parents[1], path.parent)] == [0o700] * 3
    assert mode(path) == 0o600
    assert storage.get_tokens() == A
    with FileTokenStorage(tmp_path / "other" / "credentials.json").with_refresh_lock():  # the lock too
        assert mode(tmp_path / "other") == 0o700


def test_an_existing_directory_keeps_its_mode(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o750)
    FileTokenStorage(shared / "credentials.json").set_tokens(A)
    assert mode(shared) == 0o750


def test_a_world_writable_directory_is_warned_about_once(tmp_path: Path) -> None:
    open_dir = tmp_path / "open"
    open_dir.mkdir()
    os.chmod(open_dir, 0o777)
    storage = FileTokenStorage(open_dir / "credentials.json")
    with pytest.warns(InsecureStorageWarning, match=r"open is writable by every user") as caught:
        storage.set_tokens(A)
    assert len(caught) == 1
    assert caught[0].filename == __file__  # points at the caller's line, not the SDK's
    with warnings.catch_warnings():
        warnings.simplefilter("error", InsecureStorageWarning)  # not an earlier test's garbage
        storage.set_tokens(B)  # once per storage
    assert storage.get_tokens() == B


def test_a_world_writable_ancestor_without_the_sticky_bit_is_warned_about(tmp_path: Path) -> None:
    ancestor = tmp_path / "open"
    (ancestor / "private").mkdir(parents=True)
    os.chmod(ancestor, 0o777)
    os.chmod(ancestor / "private", 0o700)
    storage = FileTokenStorage(ancestor / "private" / "credentials.json")
    with pytest.warns(InsecureStorageWarning, match="open is writable"), storage.with_refresh_lock():
        pass


def test_a_sticky_world_writable_ancestor_as_tmp_is_fine(tmp_path: Path) -> None:
    sticky = tmp_path / "tmp"
    (sticky / "me").mkdir(parents=True)
    os.chmod(sticky, 0o1777)
    with warnings.catch_warnings():
        warnings.simplefilter("error", InsecureStorageWarning)  # not an earlier test's garbage
        FileTokenStorage(sticky / "me" / "credentials.json").set_tokens(A)
        FileTokenStorage(sticky / "me" / "deeper" / "credentials.json").set_tokens(A)


# --- temporary copies left by a writer that died ---------------------------------------------------

# A writer that stops inside set_tokens, after the temporary copy is written and before it is
# renamed over the file: it reports where, then waits until told to go on (or is killed).
PAUSED_WRITER = textwrap.dedent(
    """
    import os, sys, time
    from pathlib import Path
    from prisma_management_api import FileTokenStorage, Tokens

    path, go = Path(sys.argv[1]), Path(sys.argv[2])
    real_fsync = os.fsync

    def paused_fsync(fd):
        real_fsync(fd)
        os.fsync = real_fsync  # the first fsync is the copy's; the directory's is not paused
        print("written", flush=True)
        deadline = time.monotonic() + 120
        while not go.exists() and time.monotonic() < deadline:
            time.sleep(0.01)

    os.fsync = paused_fsync
    FileTokenStorage(path).set_tokens(Tokens("wksp_1", "access-child", "refresh-child"))
    print("done", flush=True)
    """
)


def start_paused_writer(path: Path, go: Path) -> tuple[subprocess.Popen[str], Path]:
    writer = subprocess.Popen(
        [sys.executable, "-c", PAUSED_WRITER, str(path), str(go)], stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout is not None
    assert writer.stdout.readline().strip() == "written"  # blocks until the copy is on disk
    temporaries = list(path.parent.glob(f".{path.name}.*.tmp"))
    assert len(temporaries) == 1, temporaries
    return writer, temporaries[0]


def test_the_copy_left_by_a_killed_writer_is_removed_by_the_next_write(tmp_path: Path) -> None:
    path = tmp_path / "credentials.json"
    writer, leftover = start_paused_writer(path, tmp_path / "go")
    writer.send_signal(signal.SIGKILL)
    writer.wait(timeout=60)
    assert leftover.exists() and "refresh-child" in leftover.read_text()  # a token copy, left over
    storage = FileTokenStorage(path)
    storage.set_tokens(A)
    assert not leftover.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["credentials.json"]
    assert storage.get_tokens() == A


def test_the_copy_of_a_writer_still_at_work_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "credentials.json"
    go = tmp_path / "go"
    writer, in_flight = start_paused_writer(path, go)
    try:
        FileTokenStorage(path).set_tokens(A)
        assert in_flight.exists()  # its writer is alive: removing it would break its rename
        go.touch()
        assert writer.stdout is not None and writer.stdout.readline().strip() == "done"
    finally:
        go.touch()
        assert writer.wait(timeout=60) == 0
    assert json.loads(path.read_text())["refreshToken"] == "refresh-child"  # its write landed
    assert sorted(p.name for p in tmp_path.iterdir()) == ["credentials.json", "go"]


def test_an_old_copy_without_a_writer_pid_is_removed_and_a_fresh_one_kept(tmp_path: Path) -> None:
    path = tmp_path / "credentials.json"
    old = tmp_path / ".credentials.json.k3j4h5g6.tmp"  # the name an earlier SDK version used
    fresh = tmp_path / ".credentials.json.a1b2c3d4.tmp"
    for copy in (old, fresh):
        copy.write_text(json.dumps(A.to_dict()))
    an_hour_ago = time.time() - 3600
    os.utime(old, (an_hour_ago, an_hour_ago))
    FileTokenStorage(path).set_tokens(B)
    assert not old.exists() and fresh.exists()
