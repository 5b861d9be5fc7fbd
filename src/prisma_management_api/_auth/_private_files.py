"""The file-system care a credentials file needs: a private directory, a warning when others could
replace the file, and no leftover temporary copies of the tokens.

Used by :class:`~prisma_management_api.FileTokenStorage`; POSIX permissions only (on Windows the
directory's ACLs decide, which these checks cannot read, so they are skipped there).
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import time
import warnings
from pathlib import Path

# A temporary copy older than this is left over whoever wrote it: a write takes milliseconds.
STALE_AFTER_SECONDS = 600.0


class InsecureStorageWarning(UserWarning):
    """The credentials file sits where other users of the machine could replace or read it."""


def ensure_private_directory(directory: Path) -> None:
    """Create ``directory`` and its missing parents ``0700``, whatever the umask.

    ``mkdir``'s mode is filtered by the umask (and ``Path.mkdir(parents=True)`` creates the
    parents with the default mode), so each directory made here is ``chmod``-ed afterwards. An
    existing directory is the user's: it is left as it is.
    """
    missing: list[Path] = []
    current = directory
    while not current.is_dir():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for path in reversed(missing):
        try:
            os.mkdir(path, 0o700)
        except FileExistsError:
            continue  # made meanwhile by another process: not ours to change
        if sys.platform != "win32":
            os.chmod(path, 0o700)


def warn_if_others_can_write(directory: Path) -> None:
    """Warn when another user could swap the credentials file: the directory holding it is
    world-writable, or an ancestor is world-writable without the sticky bit (as ``/tmp`` has)."""
    if sys.platform == "win32":
        return
    for path in (directory, *directory.parents):
        try:
            mode = os.stat(path).st_mode
        except OSError:
            return
        if mode & stat.S_IWOTH and (path == directory or not mode & stat.S_ISVTX):
            warnings.warn(
                f"{path} is writable by every user of this machine: another user could replace the "
                f"credentials in {directory}. Keep them in a private directory (chmod o-w {path}).",
                InsecureStorageWarning,
                stacklevel=4,
            )
            return


def temporary_prefix(name: str) -> str:
    """The prefix of this process's temporary copies of ``name``: it carries the writer's pid, so
    a later write can tell a copy left by a dead writer from one being written right now."""
    return f".{name}.{os.getpid()}."


def remove_leftover_temporaries(directory: Path, name: str) -> None:
    """Delete temporary copies of ``name`` (each holds a token pair) left by an interrupted write:
    those whose writer process is gone, and any older than :data:`STALE_AFTER_SECONDS`."""
    prefix = f".{name}."
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return
    now = time.time()
    for entry in entries:
        if not (entry.name.startswith(prefix) and entry.name.endswith(".tmp")):
            continue
        try:
            age = now - entry.stat(follow_symlinks=False).st_mtime
        except OSError:
            continue
        writer = entry.name[len(prefix) : -len(".tmp")].split(".", 1)[0]
        if age < STALE_AFTER_SECONDS and _may_be_writing(writer):
            continue
        with contextlib.suppress(OSError):
            os.unlink(entry.path)


def _may_be_writing(writer: str) -> bool:
    if not writer.isdigit():
        return True  # no pid in the name: only its age can tell
    pid = int(writer)
    if pid == os.getpid() or sys.platform == "win32":
        return True  # another thread of ours may be writing; Windows has no harmless probe
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists (owned by someone else)
    return True
