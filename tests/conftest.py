"""Settings for the whole suite."""

from __future__ import annotations

import signal
from collections.abc import Iterator

import pytest
from support.loopback import LoopbackServer

# Tests that stop a child process with Ctrl-C (SIGINT: `serve`, `login`) need the child to get the
# default disposition. A shell starting the suite in the background (`cmd &` without job control,
# nohup-like CI wrappers) makes SIGINT *ignored*, which children inherit across exec and Python
# then leaves ignored: their Ctrl-C would do nothing. A handler, unlike "ignored", is reset to the
# default in the child.
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)


@pytest.fixture(scope="session")
def loopback() -> Iterator[LoopbackServer]:
    """One scripted loopback server for the session (core and resources tests); each test
    scripts it afresh through ``server``."""
    with LoopbackServer() as server:
        yield server


@pytest.fixture
def server(loopback: LoopbackServer) -> LoopbackServer:
    """A scripted loopback server, for answers the fake would never give (malformed pages...)."""
    loopback.reset()
    return loopback
