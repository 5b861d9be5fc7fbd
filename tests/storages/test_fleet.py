"""Fleet and chaos tests: worker processes sharing one user's tokens, against the fake platform in
strict reuse mode (a rotated refresh token used twice revokes the grant) with 1 s access tokens.

Nothing here assumes how fast a process runs: the suite may share a 2-core machine with a second
copy of itself. A run ends on events the test sees (enough rotations, answers after an outage),
a 401 counts only if the SDK did not explain it (a token that expired in flight after its bounded
refreshes, which a slow enough machine makes of any 1 s token), and the bound on token requests
is derived from the measured run, one per second the run lasted (no two workers refresh the same
pair, and a token is refreshed only once it has expired).

Each test prints its figures (requests, token requests, revocations, lost pairs); run with
``-s`` to see them.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import redis
import sqlalchemy
import urllib3
from auth.conftest import log_in, make_sdk
from cryptography.fernet import Fernet
from support.servers import PostgresServer, RedisServer
from support.waiting import wait_for

from prisma_management_api import AuthError, MemoryTokenStorage, RedisTokenStorage, SQLTokenStorage, Tokens
from prisma_management_api.testing import FakePrismaPlatform

WORKER = Path(__file__).with_name("fleet_worker.py")
pytestmark = pytest.mark.slow


@pytest.fixture
def strict_platform() -> Iterator[FakePrismaPlatform]:
    with FakePrismaPlatform(provisioning_delay=0, access_token_ttl=1, refresh_reuse="strict") as fake:
        yield fake


def first_login(platform: FakePrismaPlatform, http: urllib3.PoolManager) -> Tokens:
    sdk = make_sdk(platform, MemoryTokenStorage())
    tokens = log_in(sdk, http)
    sdk.close()
    return tokens


class Fleet:
    """Worker processes started together (each says ``ready``, all get ``go`` at once)."""

    def __init__(self, platform: FakePrismaPlatform, storage: dict[str, Any], count: int, **settings: Any):
        base = {
            "client_id": platform.client_id,
            "api_url": platform.api_url,
            "auth_url": platform.auth_url,
            "concurrency": 50,
            "duration": 30.0,
            **storage,
            **settings,
        }
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
        self.processes = [
            subprocess.Popen(
                [sys.executable, str(WORKER), json.dumps(base)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
                env=env,
            )
            for _ in range(count)
        ]
        for process in self.processes:
            assert process.stdout is not None
            line = process.stdout.readline().strip()
            assert line == "ready", f"worker did not start: {line!r}"

    def go(self) -> None:
        self._tell_all("go")

    def stop(self) -> None:
        """End a run started with ``duration=None``."""
        self._tell_all("stop")

    def _tell_all(self, line: str) -> None:
        for process in self.processes:
            assert process.stdin is not None
            process.stdin.write(line + "\n")
            process.stdin.flush()

    def outcomes(self, timeout: float) -> Counter[str]:
        total: Counter[str] = Counter()
        for process in self.processes:
            out, _ = process.communicate(timeout=timeout)
            assert process.returncode == 0, out
            total.update(json.loads(out.strip().splitlines()[-1]))
        return total

    def kill(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                process.kill()
                process.wait(30)


def report(name: str, **figures: object) -> None:
    print(f"\n[{name}] " + ", ".join(f"{key}={value}" for key, value in figures.items()))


# An answer the SDK gives on purpose: the token expired in flight again after its bounded refreshes.
EXPLAINED_401 = "401 expired in flight"


def run_fleet(
    platform: FakePrismaPlatform, storage: dict[str, Any], read_back: Any, tokens: Tokens, name: str
) -> None:
    fleet = Fleet(platform, storage, count=8, duration=None)
    before = platform.counters.token_requests("refresh_token")

    def refreshes_so_far() -> int:
        return platform.counters.token_requests("refresh_token") - before

    try:
        started = time.monotonic()
        fleet.go()
        # 30 s at least, and 10 rotations at least: a loaded machine takes longer to make them
        ran_enough = wait_for(
            lambda: time.monotonic() - started >= 30 and refreshes_so_far() >= 10, timeout=300, interval=0.1
        )
        fleet.stop()
        outcomes = fleet.outcomes(timeout=180)
        elapsed = time.monotonic() - started
    finally:
        fleet.kill()
    refreshes = refreshes_so_far()
    requests = sum(outcomes.values())
    final = read_back()
    report(
        name,
        processes=8,
        concurrency=50,
        seconds=round(elapsed, 1),
        requests=requests,
        outcomes=dict(outcomes),
        token_requests=refreshes,
        revocations=platform.oauth.grants_revoked,
        lost_pairs=int(final is None),
    )
    assert ran_enough, f"{refreshes} token requests in {elapsed:.0f} s"
    # Every request answered, none lost to an exception. A 401 is left only when the request
    # waited so long (400 in flight on a shared 2-core box) that the token expired in flight, and
    # again after each of its refreshes; the SDK says so (see _middleware), and no other 401 is.
    assert set(outcomes) <= {"200", EXPLAINED_401}, outcomes
    assert outcomes["200"] >= 8 * 50, outcomes
    assert platform.oauth.grants_revoked == 0
    # one token request per expiry, and an access token expires at a whole second (exp is whole
    # seconds, 1 s after it was issued): at most one per second of the run, plus its two ends
    assert 10 <= refreshes <= elapsed + 2
    # the last rotated pair is stored and still works
    assert final is not None and final != tokens
    check = make_sdk(platform, MemoryTokenStorage(final), refresh_leeway=0.0)
    assert check.client.GET("/v1/workspaces").status == 200
    check.close()


def test_8_processes_share_one_redis_key(
    strict_platform: FakePrismaPlatform, http: urllib3.PoolManager, redis_server: RedisServer, key: str
) -> None:
    encryption = Fernet.generate_key().decode()
    client = redis.Redis.from_url(redis_server.url, socket_timeout=30)
    storage = RedisTokenStorage(client, key=key, encryption=encryption)
    tokens = first_login(strict_platform, http)
    storage.set_tokens(tokens)
    settings = {"storage": "redis", "url": redis_server.url, "key": key, "encryption": encryption}
    run_fleet(strict_platform, settings, storage.get_tokens, tokens, "fleet redis")
    client.close()


def test_8_processes_share_one_postgres_row(
    strict_platform: FakePrismaPlatform, http: urllib3.PoolManager, postgres_server: PostgresServer, key: str
) -> None:
    from prisma_management_api import create_token_table

    engine = sqlalchemy.create_engine(postgres_server.url("psycopg"))
    create_token_table(engine)
    storage = SQLTokenStorage(engine, key=key)
    tokens = first_login(strict_platform, http)
    storage.set_tokens(tokens)
    settings = {"storage": "sql", "url": postgres_server.url("asyncpg"), "key": key}
    run_fleet(strict_platform, settings, storage.get_tokens, tokens, "fleet postgresql")
    engine.dispose()


# --- the lock holder killed ---------------------------------------------------------------------


def start_holder(platform: FakePrismaPlatform, settings: dict[str, Any], hold: str) -> Fleet:
    holder = Fleet(platform, settings, count=1, concurrency=1, duration=600.0, hold=hold)
    holder.go()
    process = holder.processes[0]
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "holding"
    return holder


@pytest.mark.parametrize("storage_kind", ["redis", "postgresql"])
def test_a_lock_holder_killed_before_its_token_request(
    strict_platform: FakePrismaPlatform,
    http: urllib3.PoolManager,
    request: pytest.FixtureRequest,
    key: str,
    storage_kind: str,
) -> None:
    if storage_kind == "redis":
        server: Any = request.getfixturevalue("redis_server")
        storage: Any = RedisTokenStorage(redis.Redis.from_url(server.url, socket_timeout=30), key=key)
        settings = {"storage": "redis", "url": server.url, "key": key, "lock_lease": 2.0}
    else:
        server = request.getfixturevalue("postgres_server")
        from prisma_management_api import create_token_table

        engine = sqlalchemy.create_engine(server.url("psycopg"))
        create_token_table(engine)
        storage = SQLTokenStorage(engine, key=key)
        settings = {"storage": "sql", "url": server.url("asyncpg"), "key": key}
    tokens = first_login(strict_platform, http)
    storage.set_tokens(tokens)
    time.sleep(1.1)  # the access token has expired: the next request refreshes

    holder = start_holder(strict_platform, settings, "before-send")
    killed_at = time.monotonic()
    os.kill(holder.processes[0].pid, signal.SIGKILL)
    holder.kill()

    fleet = Fleet(strict_platform, settings, count=2, concurrency=10, duration=3.0)
    fleet.go()
    outcomes = fleet.outcomes(timeout=120)
    waited = time.monotonic() - killed_at
    report(
        f"holder killed before sending ({storage_kind})",
        requests=sum(outcomes.values()),
        outcomes=dict(outcomes),
        token_requests=strict_platform.counters.token_requests("refresh_token"),
        revocations=strict_platform.oauth.grants_revoked,
        lost_pairs=int(storage.get_tokens() is None),
        seconds_until_done=round(waited, 1),
    )
    assert "200" in outcomes and set(outcomes) <= {"200", EXPLAINED_401}, outcomes
    assert strict_platform.oauth.grants_revoked == 0
    # the dead holder sent none; then one per expiry, at most one per second until all were done
    assert 1 <= strict_platform.counters.token_requests("refresh_token") <= waited + 2
    assert storage.get_tokens() not in (None, tokens)


@pytest.mark.parametrize("reuse", ["grace", "strict"])
def test_a_lock_holder_killed_after_the_server_rotated_the_pair(
    http: urllib3.PoolManager, redis_server: RedisServer, key: str, reuse: str
) -> None:
    """The one loss no storage can prevent: the holder got the new pair and died before storing
    it. The stored refresh token is then the rotated one. A server with a reuse grace period (as
    most, Prisma's included, offer) hands the same new pair to the next refresh; a strict one
    revokes the grant, and the user must log in again: a clear AuthError, never a hang."""
    with FakePrismaPlatform(
        provisioning_delay=0, access_token_ttl=1, refresh_reuse=reuse, refresh_grace_period=30
    ) as platform:
        storage = RedisTokenStorage(redis.Redis.from_url(redis_server.url, socket_timeout=30), key=key)
        settings = {"storage": "redis", "url": redis_server.url, "key": key, "lock_lease": 2.0}
        tokens = first_login(platform, http)
        storage.set_tokens(tokens)
        time.sleep(1.1)
        holder = start_holder(platform, settings, "before-store")
        assert platform.counters.token_requests("refresh_token") == 1
        holder.kill()  # kill -9

        survivor = make_sdk(platform, storage, refresh_leeway=0.0)
        if reuse == "grace":
            assert survivor.client.GET("/v1/workspaces").status == 200
            assert platform.oauth.grants_revoked == 0
            assert storage.get_tokens() not in (None, tokens)
        else:
            with pytest.raises(AuthError) as info:
                survivor.client.GET("/v1/workspaces")
            assert info.value.refresh_token_invalid
            assert platform.oauth.grants_revoked == 1
            assert storage.get_tokens() is None  # cleared: the app sends the user to log in
        report(
            f"holder killed after the rotation ({reuse})",
            token_requests=platform.counters.token_requests("refresh_token"),
            revocations=platform.oauth.grants_revoked,
        )
        survivor.close()


# --- Redis restarted mid-run ----------------------------------------------------------------------


def test_redis_restarted_mid_run(
    strict_platform: FakePrismaPlatform, http: urllib3.PoolManager, redis_server: RedisServer, key: str
) -> None:
    client = redis.Redis.from_url(redis_server.url, socket_timeout=30)
    storage = RedisTokenStorage(client, key=key)
    tokens = first_login(strict_platform, http)
    storage.set_tokens(tokens)
    settings = {"storage": "redis", "url": redis_server.url, "key": key}
    fleet = Fleet(strict_platform, settings, count=4, concurrency=20, duration=None)

    def answered() -> int:
        return strict_platform.counters.hits("GET /v1/workspaces")

    try:
        fleet.go()
        assert wait_for(lambda: answered() >= 500, timeout=120), "the fleet never got going"
        redis_server.stop()  # SIGTERM: Redis goes away for 3 s
        time.sleep(3)  # not a guess at a speed: how long the outage lasts, whatever the machine
        after_outage = answered()
        redis_server.start()
        # answers again once Redis is back (each request reads the pair from Redis first)
        assert wait_for(lambda: answered() >= after_outage + 500, timeout=120), "no answers after the restart"
        fleet.stop()
        outcomes = fleet.outcomes(timeout=120)
    finally:
        fleet.kill()
        if redis_server.process is None:
            redis_server.start()
    final = storage.get_tokens()
    report(
        "redis restarted",
        requests=sum(outcomes.values()),
        outcomes=dict(outcomes),
        token_requests=strict_platform.counters.token_requests("refresh_token"),
        revocations=strict_platform.oauth.grants_revoked,
        lost_pairs=int(final is None),
    )
    # during the outage: typed errors only; before and after it: answers
    assert set(outcomes) <= {"200", "TokenStorageError", EXPLAINED_401}, outcomes
    assert outcomes["TokenStorageError"] > 0 and outcomes["200"] >= 500
    assert strict_platform.oauth.grants_revoked == 0
    assert final is not None
    check = make_sdk(strict_platform, storage, refresh_leeway=0.0)
    assert check.client.GET("/v1/workspaces").status == 200
    check.close()
    client.close()
