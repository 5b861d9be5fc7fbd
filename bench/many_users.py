"""Many users per process: 10,000 distinct users, one request each, against the same 10,000
requests made by a single user.

One command, one run::

    .venv/bin/python bench/many_users.py                    # memory and Redis storages
    .venv/bin/python bench/many_users.py --quick            # fewer requests, a smoke run
    .venv/bin/python bench/many_users.py --redis-url redis://127.0.0.1:6379/0

The server is ``client_overhead.py``'s: a bare asyncio HTTP/1.1 server in a separate process,
answering ``GET /v1/projects`` with a 20-item page (so each request is parsed into models, as a
real one is). Per request, the "many users" side does what a web app does: it makes that user's
storage (``RedisTokenStorage(pool, key=f"prisma:{user}")``, or a ``MemoryTokenStorage`` holding
the user's pair) and ``sdk.for_storage(storage)``, then sends the request with that user's token.
The "single user" side sends the same requests through ``sdk.client`` with one stored pair. Both
read the tokens from their storage on every request, as the SDK always does.

Sync: one request after another (one keep-alive connection). Async: 100 in flight. Each round
runs both sides in turn (which goes first alternates), so load from elsewhere hits them alike;
the ratio is the median of the rounds' ratios (many / single), on this process's CPU time (what
the users cost the app, which other processes' load does not inflate), with the wall-clock ratio
printed beside it. Target: <= 1.2. Redis runs when
``redis-server`` is on PATH (a throwaway one on a free port) or ``--redis-url`` names one.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from client_overhead import PATH, ServerProcess  # noqa: E402 - after the path set-up

from prisma_management_api import (  # noqa: E402
    AsyncRedisTokenStorage,
    MemoryTokenStorage,
    RedisTokenStorage,
    Tokens,
    create_async_management_api_sdk,
    create_management_api_sdk,
)

TARGET = 1.2
T = TypeVar("T")


def access_token(user: int) -> str:
    """An unsigned JWT-shaped token with a far ``exp``: the SDK reads it, the server ignores it."""

    def part(value: object) -> str:
        return base64.urlsafe_b64encode(json.dumps(value).encode()).rstrip(b"=").decode()

    claims = {"workspace_id": f"wksp_{user}", "exp": int(time.time()) + 86400, "sub": f"user-{user}"}
    return f"{part({'alg': 'RS256', 'typ': 'JWT'})}.{part(claims)}.c2ln"


def pair(user: int) -> Tokens:
    return Tokens(f"wksp_{user}", access_token(user), f"refresh-{user}")


class RedisServer:
    def __init__(self) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            raise RuntimeError("redis-server is not installed")
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        self.directory = tempfile.mkdtemp(prefix="bench-redis-")
        self.process = subprocess.Popen(
            [binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--dir", self.directory],
            stdout=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        self.url = f"redis://127.0.0.1:{self.port}/0"

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(30)
        shutil.rmtree(self.directory, ignore_errors=True)


# --- sync -----------------------------------------------------------------------------------------


def sync_sides(base_url: str, kind: str, users: int, redis_url: str | None) -> dict[str, Callable[[], None]]:
    if kind == "redis":
        import redis

        pool = redis.Redis(
            connection_pool=redis.BlockingConnectionPool.from_url(redis_url, max_connections=8)
        )
        for user in range(users):
            RedisTokenStorage(pool, key=f"prisma:bench:{user}").set_tokens(pair(user))

        def storage_of(user: int) -> Any:
            return RedisTokenStorage(pool, key=f"prisma:bench:{user}")

        single_storage: Any = storage_of(0)
    else:
        pairs = [pair(user) for user in range(users)]

        def storage_of(user: int) -> Any:
            return MemoryTokenStorage(pairs[user])

        single_storage = storage_of(0)

    sdk = create_management_api_sdk(
        "bench-client", "http://127.0.0.1/cb", single_storage, api_base_url=base_url
    )

    def single() -> None:
        client = sdk.client
        for _ in range(users):
            result = client.GET(PATH)
            assert result.status == 200

    def many() -> None:
        for user in range(users):
            result = sdk.for_storage(storage_of(user)).client.GET(PATH)
            assert result.status == 200

    return {"single user": single, "10,000 users": many}


# --- async ----------------------------------------------------------------------------------------


async def async_sides(
    base_url: str, kind: str, users: int, redis_url: str | None, in_flight: int
) -> tuple[dict[str, Callable[[], Awaitable[None]]], Callable[[], Awaitable[None]]]:
    """The two sides, and what closes the SDK."""
    if kind == "redis":
        import redis.asyncio

        pool = redis.asyncio.Redis(
            connection_pool=redis.asyncio.BlockingConnectionPool.from_url(
                redis_url, max_connections=in_flight
            )
        )
        for user in range(users):
            await AsyncRedisTokenStorage(pool, key=f"prisma:bench:{user}").set_tokens(pair(user))

        def storage_of(user: int) -> Any:
            return AsyncRedisTokenStorage(pool, key=f"prisma:bench:{user}")

    else:
        pairs = [pair(user) for user in range(users)]

        def storage_of(user: int) -> Any:
            return MemoryTokenStorage(pairs[user])

    sdk = create_async_management_api_sdk(
        "bench-client", "http://127.0.0.1/cb", storage_of(0), api_base_url=base_url
    )

    async def run(call: Callable[[int], Awaitable[Any]]) -> None:
        next_user = 0

        async def worker() -> None:
            nonlocal next_user
            while next_user < users:
                user = next_user
                next_user += 1
                result = await call(user)
                assert result.status == 200

        await asyncio.gather(*(worker() for _ in range(in_flight)))

    async def single() -> None:
        await run(lambda user: sdk.client.GET(PATH))

    async def many() -> None:
        await run(lambda user: sdk.for_storage(storage_of(user)).client.GET(PATH))

    return {"single user": single, "10,000 users": many}, sdk.aclose


# --- timing ---------------------------------------------------------------------------------------


def ordered(sides: dict[str, T], round_: int) -> list[tuple[str, T]]:
    """Each round swaps which side runs first, so neither always gets the warmer (or the busier)
    moment."""
    items = list(sides.items())
    return items if round_ % 2 == 0 else items[::-1]


def report(label: str, seconds: dict[str, list[float]], users: int) -> float:
    """Print the wall-clock and the CPU figures; return the CPU ratio.

    The verdict is on this process's CPU time: what serving the users costs the app, which load
    from other processes on the machine does not inflate. Wall-clock ratios are printed beside it.
    """

    def median_ratio(many: str, single: str) -> tuple[float, list[float]]:
        ratios = [m / s for m, s in zip(seconds[many], seconds[single], strict=True)]
        return statistics.median(ratios), ratios

    wall, wall_rounds = median_ratio("10,000 users", "single user")
    cpu, _ = median_ratio("cpu 10,000 users", "cpu single user")
    single = users / statistics.median(seconds["single user"])
    many = users / statistics.median(seconds["10,000 users"])
    single_cpu = statistics.median(seconds["cpu single user"]) / users * 1e6
    many_cpu = statistics.median(seconds["cpu 10,000 users"]) / users * 1e6
    verdict = "OK" if cpu <= TARGET else "OVER TARGET"
    print(
        f"{label:<13} CPU per request: single {single_cpu:6.0f} us, {users:,} users {many_cpu:6.0f} us, "
        f"ratio {cpu:.3f} [{verdict} <= {TARGET}] | wall: {single:6,.0f} vs {many:6,.0f} req/s, "
        f"ratio {wall:.3f} (rounds {', '.join(f'{r:.2f}' for r in wall_rounds)})",
        flush=True,
    )
    return cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1,000 users, 2 rounds")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--redis-url", help="an existing Redis to use (default: a throwaway redis-server)")
    args = parser.parse_args()
    users = 1000 if args.quick else 10_000
    rounds = 2 if args.quick else args.rounds

    server = ServerProcess()
    redis_server: RedisServer | None = None
    redis_url = args.redis_url
    if redis_url is None and shutil.which("redis-server") is not None:
        redis_server = RedisServer()
        redis_url = redis_server.url
    kinds = ["memory"] + (["redis"] if redis_url else [])
    base_url = f"http://127.0.0.1:{server.port}"
    print(f"{users:,} distinct users, one request each, vs {users:,} requests of one user; {rounds} rounds")
    ratios: list[float] = []
    try:
        for kind in kinds:
            sides = sync_sides(base_url, kind, users, redis_url)
            seconds: dict[str, list[float]] = {name: [] for name in [*sides, *(f"cpu {n}" for n in sides)]}
            for round_ in range(rounds):
                for name, side in ordered(sides, round_):
                    started, cpu = time.perf_counter(), time.process_time()
                    side()
                    seconds[name].append(time.perf_counter() - started)
                    seconds[f"cpu {name}"].append(time.process_time() - cpu)
            ratios.append(report(f"sync  {kind}", seconds, users))

            async def timed_async(kind: str = kind) -> dict[str, list[float]]:
                sides, close = await async_sides(base_url, kind, users, redis_url, in_flight=100)
                seconds: dict[str, list[float]] = {
                    name: [] for name in [*sides, *(f"cpu {n}" for n in sides)]
                }
                for round_ in range(rounds):
                    for name, side in ordered(sides, round_):
                        started, cpu = time.perf_counter(), time.process_time()
                        await side()
                        seconds[name].append(time.perf_counter() - started)
                        seconds[f"cpu {name}"].append(time.process_time() - cpu)
                await close()
                return seconds

            ratios.append(report(f"async {kind}", asyncio.run(timed_async()), users))
    finally:
        server.stop()
        if redis_server is not None:
            redis_server.stop()
    sys.exit(0 if max(ratios) <= TARGET else 1)


if __name__ == "__main__":
    main()
