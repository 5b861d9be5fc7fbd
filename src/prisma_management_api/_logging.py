"""``PRISMA_LOG=debug|info``: one line per call (method, path, status, elapsed, retries) on the
``prisma_management_api`` logger, and at ``debug`` one line per attempt.

Only the method and the path are logged: never headers (tokens), bodies (connection strings) or
the query string (which may carry a secret). The call line is a wrapper around the whole flow,
so it sees the retries; the attempt lines are a middleware, so they see each send.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from urllib.parse import urlsplit

from ._core import PreparedRequest
from ._env import LOG_VAR, from_env
from ._exceptions import FetchError
from ._pipeline import Flow, FlowFactory
from ._retries import RetryCounter

logger = logging.getLogger("prisma_management_api")

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_configured = False
_configure_lock = threading.Lock()


def configure_from_env() -> None:
    """Turn the package's logger on as ``PRISMA_LOG`` says, once per process.

    A handler to stderr is added only when the logger has none and nothing was configured above
    it, so an application's own logging setup is left alone (it just gets the level).
    """
    global _configured
    if _configured:
        return
    with _configure_lock:
        if _configured:
            return
        value = from_env(LOG_VAR)
        if value is not None:
            level = _LEVELS.get(value.lower())
            if level is None:
                raise ValueError(f"{LOG_VAR} must be 'debug' or 'info', got {value!r}")
            logger.setLevel(level)
            if not logger.handlers and not logging.getLogger().handlers:
                handler = logging.StreamHandler(sys.stderr)
                handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
                logger.addHandler(handler)
        _configured = True


def _where(request: PreparedRequest) -> str:
    return f"{request.method} {urlsplit(request.url).path}"


def logged_call(request: PreparedRequest, flow: Flow, counter: RetryCounter) -> Flow:
    """``flow`` with one log line when it ends: status (or failure), elapsed time, retries taken."""
    started = time.perf_counter()
    try:
        response = yield from flow
    except FetchError as exc:
        elapsed = (time.perf_counter() - started) * 1000
        logger.warning(
            "%s failed: %s after %.1f ms (retries: %d)",
            _where(request),
            type(exc).__name__,
            elapsed,
            counter.retries,
        )
        raise
    elapsed = (time.perf_counter() - started) * 1000
    level = logging.INFO if response.status < 500 else logging.WARNING
    logger.log(
        level, "%s -> %d in %.1f ms (retries: %d)", _where(request), response.status, elapsed, counter.retries
    )
    return response


def log_attempts(request: PreparedRequest, inner: FlowFactory) -> Flow:
    """A middleware: at debug level, one line per attempt sent."""
    if not logger.isEnabledFor(logging.DEBUG):
        return (yield from inner(request))
    started = time.perf_counter()
    try:
        response = yield from inner(request)
    except FetchError as exc:
        logger.debug("attempt %s: %s", _where(request), type(exc).__name__)
        raise
    logger.debug(
        "attempt %s -> %d in %.1f ms",
        _where(request),
        response.status,
        (time.perf_counter() - started) * 1000,
    )
    return response
