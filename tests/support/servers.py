"""Real Redis and PostgreSQL servers for the storage tests, on free loopback ports.

Each server is the real program (``redis-server``; PostgreSQL's ``initdb`` and ``postgres``)
started in a temporary directory and stopped at the end. When a program is missing or does not
start, :func:`unavailable` fails the test under ``CI=true`` (CI must exercise these storages)
and skips it loudly elsewhere. ``python3 scripts/dev.py test`` installs both when it can.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn, TypeVar

import pytest

START_TIMEOUT = 60.0  # generous: the machine may be loaded


def unavailable(what: str) -> NoReturn:
    message = (
        f"{what}: the Redis/PostgreSQL storage tests cannot run (python3 scripts/dev.py test installs them)"
    )
    if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
        pytest.fail(message, pytrace=False)
    # Loudly: a warning in the run's summary, besides the skip and its reason.
    warnings.warn(message, stacklevel=2)
    pytest.skip(message)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _wait_for_port(port: int, process: subprocess.Popen[bytes], what: str, log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{what} exited with {process.returncode}: {_tail(log)}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
            return
        time.sleep(0.05)
    raise RuntimeError(f"{what} did not listen on port {port} within {START_TIMEOUT:g}s: {_tail(log)}")


def _tail(log: Path) -> str:
    try:
        return log.read_text(errors="replace")[-2000:]
    except OSError:
        return "(no log)"


class RedisServer:
    """``redis-server`` with an append-only file (fsync always), so a restart keeps the tokens."""

    def __init__(self, *options: str) -> None:
        """``options``: more ``redis-server`` arguments (``--rename-command EVAL ""``)."""
        binary = shutil.which("redis-server")
        if binary is None:
            unavailable("redis-server is not installed")
        self.binary = binary
        self.options = options
        self.directory = Path(tempfile.mkdtemp(prefix="prisma-redis-"))
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None
        self.start()

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        log = self.directory / "redis.log"
        command = [
            self.binary,
            "--port",
            str(self.port),
            "--bind",
            "127.0.0.1",
            "--dir",
            str(self.directory),
            "--appendonly",
            "yes",
            "--appendfsync",
            "always",
            "--save",
            "",
            "--logfile",
            str(log),
            *self.options,
        ]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _wait_for_port(self.port, self.process, "redis-server", log)
        self._wait_until_loaded(log)

    def _wait_until_loaded(self, log: Path) -> None:
        """An open port is not a ready server: after a restart Redis answers ``-LOADING`` until it
        has replayed its append-only file (which a loaded machine makes last)."""
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=5) as sock:
                    sock.sendall(b"PING\r\n")
                    if sock.recv(64).startswith(b"+PONG"):
                        return
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"redis-server did not finish loading: {_tail(log)}")
            time.sleep(0.05)

    def stop(self) -> None:
        """A clean shutdown (SIGTERM): what a restart by an operator does."""
        _stop(self.process, signal.SIGTERM)
        self.process = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.directory, ignore_errors=True)


def _postgres_bin() -> Path | None:
    initdb = shutil.which("initdb")
    if initdb is not None:
        return Path(initdb).resolve().parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(candidates[-1]).parent if candidates else None


class PostgresServer:
    """A throwaway PostgreSQL cluster (trust auth on loopback only, fsync off: tests, not data).

    PostgreSQL refuses to run as root: as root, it runs as the ``postgres`` user (or ``nobody``).
    """

    USER = "prisma"

    def __init__(self) -> None:
        bindir = _postgres_bin()
        if bindir is None:
            unavailable("PostgreSQL (initdb, postgres) is not installed")
        self.bindir = bindir
        self.directory = Path(tempfile.mkdtemp(prefix="prisma-pg-"))
        self.port = free_port()
        self._as_user: list[str] = []
        uid = gid = None
        if os.geteuid() == 0:
            account = _unprivileged_account()
            uid, gid = account.pw_uid, account.pw_gid
            self._as_user = ["setpriv", f"--reuid={uid}", f"--regid={gid}", "--clear-groups"]
            os.chmod(self.directory, 0o700)
            os.chown(self.directory, uid, gid)
        self.data = self.directory / "data"
        init = subprocess.run(
            [
                *self._as_user,
                str(bindir / "initdb"),
                "-D",
                str(self.data),
                "-U",
                self.USER,
                "--auth=trust",
                "--no-sync",
                "-E",
                "UTF8",
            ],
            capture_output=True,
            timeout=120,
            check=False,
        )
        if init.returncode != 0:
            raise RuntimeError(f"initdb failed: {init.stderr.decode(errors='replace')[-2000:]}")
        self.process: subprocess.Popen[bytes] | None = None
        self.start()

    def start(self) -> None:
        """Run the cluster (again, after :meth:`stop`: its data is kept)."""
        bindir = self.bindir
        log = self.directory / "postgres.log"
        self.process = subprocess.Popen(
            [
                *self._as_user,
                str(bindir / "postgres"),
                "-D",
                str(self.data),
                "-p",
                str(self.port),
                "-c",
                "listen_addresses=127.0.0.1",
                "-c",
                f"unix_socket_directories={self.directory}",
                "-c",
                "fsync=off",
                "-c",
                "max_connections=200",
                "-c",
                "logging_collector=off",
            ],
            stdout=subprocess.DEVNULL,
            stderr=open(log, "ab"),  # noqa: SIM115 - kept open for the server's life
        )
        _wait_for_port(self.port, self.process, "postgres", log)
        self._wait_ready()

    def _wait_ready(self) -> None:
        import psycopg

        deadline = time.monotonic() + START_TIMEOUT
        while True:
            try:
                with psycopg.connect(self.dsn, connect_timeout=5):
                    return
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)

    @property
    def dsn(self) -> str:
        return f"postgresql://{self.USER}@127.0.0.1:{self.port}/postgres"

    def url(self, driver: str = "psycopg") -> str:
        return f"postgresql+{driver}://{self.USER}@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        """A fast shutdown (SIGINT): open connections are cut, as when a database goes down."""
        _stop(self.process, signal.SIGINT)
        self.process = None

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.directory, ignore_errors=True)


def _unprivileged_account() -> pwd.struct_passwd:
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            return pwd.getpwnam(name)
    unavailable("running as root with no 'postgres' or 'nobody' account for PostgreSQL")


def _stop(process: subprocess.Popen[bytes] | None, shutdown: signal.Signals) -> None:
    """Ask a server to shut down with ``shutdown``, then kill it if it is still there 30 s later."""
    if process is not None and process.poll() is None:
        process.send_signal(shutdown)
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(30)


_Server = TypeVar("_Server", RedisServer, PostgresServer)


def start_or_report(factory: type[_Server], *options: str) -> _Server:
    try:
        return factory(*options)
    except (RuntimeError, OSError, subprocess.SubprocessError) as error:
        unavailable(f"{factory.__name__} did not start: {error}")


def serving(factory: type[_Server], *options: str) -> Iterator[_Server]:
    """For a fixture to ``yield from``: a server of its own, closed after the tests that use it."""
    server = start_or_report(factory, *options)
    yield server
    server.close()
