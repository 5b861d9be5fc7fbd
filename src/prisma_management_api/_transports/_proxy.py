"""``HTTP_PROXY`` / ``HTTPS_PROXY`` / ``NO_PROXY`` for the default transports, as curl reads them.

urllib3 never reads the environment and aiohttp only with ``trust_env`` (which also reads
``.netrc``), so both default transports ask this one helper instead: the same rules either way.
The environment is read once, when the transport is made.
"""

from __future__ import annotations

import os
from urllib.parse import urlsplit


class ProxySettings:
    """Which proxy, if any, a URL goes through."""

    __slots__ = ("_proxies",)

    def __init__(self, proxies: dict[str, str]) -> None:
        self._proxies = proxies

    @classmethod
    def from_env(cls) -> ProxySettings:
        if not any(name.lower().endswith("_proxy") for name in os.environ):
            return cls({})  # the common case, without importing urllib.request (a client's start-up)
        import urllib.request

        # getproxies_environment: lower case wins over upper case, and HTTP_PROXY is ignored in a
        # CGI process (REQUEST_METHOD set), as the httpoxy advisory asks.
        return cls(urllib.request.getproxies_environment())

    def __bool__(self) -> bool:
        return any(scheme in self._proxies for scheme in ("http", "https"))

    def proxy_for(self, url: str) -> str | None:
        parts = urlsplit(url)
        proxy = self._proxies.get(parts.scheme)
        if proxy is None:
            return None
        host = parts.netloc.rsplit("@", 1)[-1]
        import urllib.request  # imported by from_env already: there are proxies

        # Not in typeshed, but public and documented since Python 3.0.
        if urllib.request.proxy_bypass_environment(host, self._proxies):  # type: ignore[attr-defined]  # pyright: ignore
            return None
        return proxy if "://" in proxy else f"http://{proxy}"
