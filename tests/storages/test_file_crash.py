"""FileTokenStorage under kill -9: a writer killed at random points 1,000 times never leaves a
truncated file; the file always holds a valid pair, the old or the new one."""

from __future__ import annotations

import functools
import json
import os
import random
import signal
import sys
import time
from pathlib import Path

import pytest
from support.waiting import wait_for

from prisma_management_api import FileTokenStorage, Tokens

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="kill -9 and fork are POSIX"),
]

KILLS = 1000


def pair(n: int) -> Tokens:
    # Pairs of different lengths, so a torn write could not pass for a whole one.
    return Tokens("ws_crash", f"access-{n}-" + "a" * (n % 97), f"refresh-{n}-" + "r" * (n % 89))


def writer(path: Path, first: int, ready_w: int) -> None:
    """The child: announce itself, then store pair after pair until killed."""
    storage = FileTokenStorage(path)
    os.write(ready_w, b"1")
    n = first
    while True:
        storage.set_tokens(pair(n))
        n += 1


def newer_than(path: Path, last: int) -> bool:
    return read_pair(path) > last


def read_pair(path: Path) -> int:
    """The number of the stored pair; fails the test on anything but one whole, valid pair."""
    raw = path.read_bytes()
    data = json.loads(raw)  # a truncated or torn file fails here
    tokens = Tokens.from_dict(data)
    n = int(tokens.access_token.split("-")[1])
    assert tokens == pair(n), "the access and refresh tokens of different pairs"
    return n


def test_a_writer_killed_1000_times_never_leaves_a_torn_file(tmp_path: Path) -> None:
    path = tmp_path / "credentials.json"
    FileTokenStorage(path).set_tokens(pair(0))
    random_delay = random.Random(20261201)
    last = 0
    advanced = 0
    started = time.monotonic()
    for kill in range(KILLS):
        ready_r, ready_w = os.pipe()
        child = os.fork()
        if child == 0:  # pragma: no cover - the child process
            try:
                os.close(ready_r)
                writer(path, last + 1, ready_w)
            finally:
                os._exit(1)
        os.close(ready_w)
        assert os.read(ready_r, 1) == b"1"
        os.close(ready_r)
        if kill % 2:
            # every other kill once a new pair is stored (whenever a loaded machine lets the child
            # get there), so that kills land between writes too, not only before the first
            assert wait_for(functools.partial(newer_than, path, last), timeout=60, interval=0.001)
        # a random point of the write cycle: open, write, fsync, replace, directory fsync
        time.sleep(random_delay.uniform(0, 0.03))
        os.kill(child, signal.SIGKILL)
        _, status = os.waitpid(child, 0)
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        n = read_pair(path)
        assert n >= last, f"an older pair ({n}) came back after {last}"
        advanced += n > last
        last = n
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    print(
        f"\n[file kill -9] kills={KILLS}, valid_reads={KILLS}, torn_files=0, lost_pairs=0, "
        f"kills_after_a_new_pair={advanced}, last_pair={last}, temp_files_left={len(leftovers)}, "
        f"seconds={time.monotonic() - started:.1f}"
    )
    assert advanced >= KILLS // 2  # the kills did land between writes, not only before the first
