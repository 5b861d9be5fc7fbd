"""One worker of a fleet, run as its own process by the fleet and chaos tests.

    python fleet_worker.py '<json settings>'

Makes the async SDK over a shared token storage (Redis or PostgreSQL), prints ``ready``, waits
for a line on stdin (so every worker starts together), then keeps ``concurrency`` requests in
flight for ``duration`` seconds (``None``: until a second line on stdin, so that the test ends the
run on an event it saw rather than on a guess of how fast a loaded machine goes) and prints one
JSON line: outcomes by status or error type. A 401 the SDK explained (its warning that the token
expired in flight after its bounded refreshes: the machine too slow for 1 s tokens) counts as
``"401 expired in flight"``; any other 401 as ``"401"``.
``hold`` makes it a worker that takes the refresh lock and then stops dead (``"before-send"``:
before the token request; ``"before-store"``: after the answer, before storing the new pair),
printing ``holding`` so the test can ``kill -9`` it there.
"""

from __future__ import annotations

import asyncio
import collections
import json
import logging
import sys
from typing import Any

from prisma_management_api import (
    AsyncRedisTokenStorage,
    AsyncSQLTokenStorage,
    TokenStorageError,
    create_async_management_api_sdk,
)
from prisma_management_api._auth._middleware import EXPIRED_IN_FLIGHT


class _ExpiredInFlight(logging.Handler):
    """Counts the SDK's warnings that a 401 was left because the token expired in flight."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        if record.msg == EXPIRED_IN_FLIGHT:
            self.count += 1


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def make_storage(settings: dict[str, Any]) -> Any:
    if settings["storage"] == "redis":
        import redis.asyncio

        pool = redis.asyncio.BlockingConnectionPool.from_url(
            settings["url"], max_connections=20, timeout=60, socket_timeout=60
        )
        storage: Any = AsyncRedisTokenStorage(
            redis.asyncio.Redis(connection_pool=pool),
            key=settings["key"],
            encryption=settings.get("encryption"),
            lock_lease=settings.get("lock_lease", 15.0),
            command_timeout=60,  # as long as a burst may wait for a pooled connection
        )
    else:
        from sqlalchemy.ext.asyncio import create_async_engine

        engine = create_async_engine(settings["url"], pool_size=20, max_overflow=0, pool_timeout=60)
        storage = AsyncSQLTokenStorage(engine, key=settings["key"], encryption=settings.get("encryption"))
    hold = settings.get("hold")
    if hold is not None:
        storage = _frozen(storage, hold)
    return storage


def _frozen(storage: Any, where: str) -> Any:
    """The storage of a worker that stops dead inside the refresh lock, as a hung or killed one."""
    original_lock = storage.with_refresh_lock
    original_set = storage.set_tokens

    class Frozen:
        def __getattr__(self, name: str) -> Any:
            return getattr(storage, name)

        def with_refresh_lock(self) -> Any:
            manager = original_lock()

            class Hold:
                async def __aenter__(self) -> None:
                    await manager.__aenter__()
                    if where == "before-send":
                        _say("holding")
                        await asyncio.sleep(3600)

                async def __aexit__(self, *exc: object) -> None:
                    await manager.__aexit__(*exc)

            return Hold()

        async def set_tokens(self, tokens: Any) -> None:
            if where == "before-store":
                _say("holding")
                await asyncio.sleep(3600)
            await original_set(tokens)

    frozen = Frozen()
    for name in ("get_tokens", "clear_tokens", "clear_tokens_if_current"):
        setattr(frozen, name, getattr(storage, name))
    return frozen


async def main(settings: dict[str, Any]) -> None:
    storage = make_storage(settings)
    sdk = create_async_management_api_sdk(
        settings["client_id"],
        "http://127.0.0.1:8765/callback",
        storage,
        api_base_url=settings["api_url"],
        auth_base_url=settings["auth_url"],
        refresh_leeway=0.0,
    )
    outcomes: collections.Counter[str] = collections.Counter()
    explained = _ExpiredInFlight()
    sdk_logger = logging.getLogger("prisma_management_api")
    sdk_logger.addHandler(explained)
    sdk_logger.propagate = False  # counted, not printed
    _say("ready")
    await asyncio.to_thread(sys.stdin.readline)
    stop = asyncio.Event()
    if settings["duration"] is None:
        stopper = asyncio.create_task(asyncio.to_thread(sys.stdin.readline))
        stopper.add_done_callback(lambda _: stop.set())
    else:
        asyncio.get_running_loop().call_later(settings["duration"], stop.set)

    async def keep_asking() -> None:
        while not stop.is_set():
            try:
                result = await sdk.client.GET("/v1/workspaces")
                outcomes[str(result.status)] += 1
            except TokenStorageError:
                outcomes["TokenStorageError"] += 1
                await asyncio.sleep(0.05)  # the storage is away: do not spin
            except Exception as error:
                outcomes[type(error).__name__] += 1
                await asyncio.sleep(0.05)

    await asyncio.gather(*(keep_asking() for _ in range(settings["concurrency"])))
    await sdk.aclose()
    if explained.count:
        outcomes["401"] -= explained.count  # a negative count says the warning lied
        outcomes["401 expired in flight"] = explained.count
    _say(json.dumps({name: count for name, count in outcomes.items() if count}))


if __name__ == "__main__":
    asyncio.run(main(json.loads(sys.argv[1])))
