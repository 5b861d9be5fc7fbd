from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from prisma_management_api.testing import FakePrismaPlatform

from .cli_support import Cli

# Variables that change what a client or the CLI does: each test starts without them.
_AMBIENT = (
    "PRISMA_SERVICE_TOKEN",
    "PRISMA_MANAGEMENT_API_URL",
    "PRISMA_AUTH_BASE_URL",
    "PRISMA_LOG",
    "ACTIONS_ID_TOKEN_REQUEST_URL",
    "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
    "GITHUB_OUTPUT",
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "NO_PROXY",
    "http_proxy",
    "https_proxy",
    "no_proxy",
    "ALL_PROXY",
    "all_proxy",
    "NO_COLOR",
)


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in _AMBIENT:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def fake() -> Iterator[FakePrismaPlatform]:
    with FakePrismaPlatform(provisioning_delay=0) as platform:
        yield platform


@pytest.fixture
def run_cli(fake: FakePrismaPlatform, tmp_path: Path) -> Cli:
    return Cli(fake, tmp_path / "home")
