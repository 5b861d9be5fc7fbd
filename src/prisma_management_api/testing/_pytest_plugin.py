"""The ``prisma_fake`` pytest fixture (registered through the ``pytest11`` entry point).

Options go on a marker: ``@pytest.mark.prisma_fake(provisioning_delay=0, access_token_ttl=5)``
takes :class:`FakePrismaPlatform`'s keyword arguments. Each test gets its own platform (state,
faults and counters are never shared); the RSA signing key is generated once per process.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from ._platform import FakePrismaPlatform


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "prisma_fake(**options): keyword arguments for the prisma_fake fixture's FakePrismaPlatform",
    )


@pytest.fixture
def prisma_fake(request: pytest.FixtureRequest) -> Iterator[FakePrismaPlatform]:
    """A started :class:`~prisma_management_api.testing.FakePrismaPlatform`, closed after the test."""
    # Imported here so that merely having the plugin installed costs pytest nothing.
    from ._platform import FakePrismaPlatform

    marker = request.node.get_closest_marker("prisma_fake")
    options: dict[str, Any] = dict(marker.kwargs) if marker is not None else {}
    with FakePrismaPlatform(**options) as fake:
        yield fake
