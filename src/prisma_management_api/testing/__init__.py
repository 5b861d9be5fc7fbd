"""A faithful local fake of the Prisma platform, for tests: the Management API and its OAuth server.

>>> from prisma_management_api.testing import FakePrismaPlatform       # doctest: +SKIP
>>> with FakePrismaPlatform(provisioning_delay=0) as fake:
...     client = create_management_api_client(token=fake.service_token, base_url=fake.api_url)

Every operation of the spec is served from in-memory state, validated against the spec, behind a
bearer check. With pytest, the ``prisma_fake`` fixture yields a started platform (configure it
with ``@pytest.mark.prisma_fake(provisioning_delay=0, ...)``). From a shell:
``python -m prisma_management_api.testing serve`` (or ``prisma-fake serve``).

Needs the ``testing`` extra: ``pip install "prisma-management-api[testing]"``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._faults import Counters as Counters
    from ._faults import Fault as Fault
    from ._faults import Faults as Faults
    from ._jwt import SigningKey as SigningKey
    from ._jwt import pkce_s256 as pkce_s256
    from ._oauth import DEFAULT_CLIENT_ID as DEFAULT_CLIENT_ID
    from ._oauth import AccessTokenClaims as AccessTokenClaims
    from ._oauth import OAuthClient as OAuthClient
    from ._oauth import OAuthConfig as OAuthConfig
    from ._oauth import OAuthServer as OAuthServer
    from ._platform import FakePrismaPlatform as FakePrismaPlatform
    from ._store import Principal as Principal
    from ._store import Store as Store

# Loaded on first use: the pytest plugin lives in this package and is imported by every pytest run
# of every project that installs the SDK, with or without the `testing` extra.
_LAZY = {
    "Counters": "._faults",
    "Fault": "._faults",
    "Faults": "._faults",
    "SigningKey": "._jwt",
    "pkce_s256": "._jwt",
    "DEFAULT_CLIENT_ID": "._oauth",
    "AccessTokenClaims": "._oauth",
    "OAuthClient": "._oauth",
    "OAuthConfig": "._oauth",
    "OAuthServer": "._oauth",
    "FakePrismaPlatform": "._platform",
    "Principal": "._store",
    "Store": "._store",
}

__all__ = [
    "DEFAULT_CLIENT_ID",
    "AccessTokenClaims",
    "Counters",
    "FakePrismaPlatform",
    "Fault",
    "Faults",
    "OAuthClient",
    "OAuthConfig",
    "OAuthServer",
    "Principal",
    "SigningKey",
    "Store",
    "pkce_s256",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'prisma_management_api.testing' has no attribute {name!r}")
    try:
        loaded = importlib.import_module(module, __name__)
    except ImportError as exc:
        raise ImportError(
            f"prisma_management_api.testing needs the 'testing' extra ({exc.name} is missing): "
            'pip install "prisma-management-api[testing]"'
        ) from exc
    value = getattr(loaded, name)
    globals()[name] = value
    return value
