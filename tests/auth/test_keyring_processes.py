"""KeyringTokenStorage across processes, with no ``lock_path`` given: real processes sharing one
keyring entry refresh once against the fake's strict reuse policy (a rotated refresh token used
twice revokes the whole grant)."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import urllib3

from prisma_management_api import KeyringTokenStorage, MemoryTokenStorage
from prisma_management_api._auth._keyring_storage import default_lock_path
from prisma_management_api.testing import FakePrismaPlatform

from .conftest import REDIRECT_URI, log_in, make_sdk, stale
from .keyring_backend import DictKeyring, FileKeyring

HERE = Path(__file__).parent

WORKER = textwrap.dedent(
    """
    import os, sys, time
    sys.path.insert(0, sys.argv[1])
    from keyring_backend import FileKeyring
    from prisma_management_api import KeyringTokenStorage, create_management_api_sdk

    keyring_dir, go, client_id, redirect, api, auth = sys.argv[2:8]
    storage = KeyringTokenStorage("prisma-test", "alice", backend=FileKeyring(keyring_dir))
    sdk = create_management_api_sdk(client_id, redirect, storage, api_base_url=api, auth_base_url=auth)
    print("ready", flush=True)
    while not os.path.exists(go):
        time.sleep(0.001)
    print(sdk.client.GET("/v1/workspaces").status, flush=True)
    """
)


def test_4_processes_sharing_a_keyring_entry_refresh_once_without_a_lock_path(
    platform: FakePrismaPlatform, http: urllib3.PoolManager, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    keyring_dir = tmp_path / "keyring"
    storage = KeyringTokenStorage("prisma-test", "alice", backend=FileKeyring(keyring_dir))
    with make_sdk(platform, MemoryTokenStorage()) as sdk:
        first = stale(log_in(sdk, http))  # every process gets a 401 and must refresh
    storage.set_tokens(first)
    # A slow token endpoint: every process is inside its refresh at the same time.
    platform.faults.inject_latency(0.3, "POST /token")
    go = tmp_path / "go"
    args = [str(HERE), str(keyring_dir), str(go), platform.client_id, REDIRECT_URI, platform.api_url]
    environment = {**os.environ, "HOME": str(home)}  # the default lock file lands in this home
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, *args, platform.auth_url],
            stdout=subprocess.PIPE,
            text=True,
            env=environment,
        )
        for _ in range(4)
    ]
    try:
        for worker in workers:  # all imported and built: now release them together
            assert worker.stdout is not None and worker.stdout.readline().strip() == "ready"
        go.touch()
        statuses = [worker.communicate(timeout=120)[0].strip() for worker in workers]
    finally:
        for worker in workers:
            if worker.poll() is None:
                worker.kill()
                worker.wait()
    assert statuses == ["200"] * 4
    assert platform.counters.token_requests("refresh_token") == 1
    now = storage.get_tokens()
    assert now is not None and now.refresh_token != first.refresh_token
    locks = list((home / ".prisma").glob("keyring-*.lock"))
    assert len(locks) == 1 and locks[0].name.startswith("keyring-prisma-test-alice-")
    assert stat.S_IMODE((home / ".prisma").stat().st_mode) == 0o700


def test_the_default_lock_file_is_one_per_entry_beside_the_credentials(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    alice = KeyringTokenStorage("svc", "alice", backend=DictKeyring())
    assert alice.lock_path == default_lock_path("svc", "alice")
    assert alice.lock_path.parent == tmp_path / ".prisma"
    others = {
        default_lock_path("svc", "bob"),
        default_lock_path("svc/x", "alice"),
        default_lock_path("svc_x", "alice"),  # the same readable part, told apart by the hash
        default_lock_path("svc", "alice/../../etc"),
    }
    assert len(others) == 4 and alice.lock_path not in others
    assert all(path.parent == tmp_path / ".prisma" for path in others)
    with pytest.raises(ValueError, match="lock_timeout"):
        KeyringTokenStorage(backend=DictKeyring(), lock_timeout=0)


def test_a_home_without_room_for_the_lock_still_refreshes_within_the_process(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    home = tmp_path / "home"
    home.write_text("")  # a home where ~/.prisma cannot be made (as a read-only one, even for root)
    monkeypatch.setenv("HOME", str(home))
    storage = KeyringTokenStorage("svc", "alice", backend=DictKeyring())
    with caplog.at_level(logging.WARNING, "prisma_management_api"), storage.with_refresh_lock():
        pass
    assert "cannot create the refresh lock file" in caplog.text
    assert "pass lock_path=" in caplog.text


def test_an_unusable_explicit_lock_path_is_an_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    storage = KeyringTokenStorage(backend=DictKeyring(), lock_path=blocker / "x.lock")
    with pytest.raises(OSError), storage.with_refresh_lock():
        pass
