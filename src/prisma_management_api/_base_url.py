"""Base URLs: what a client may be pointed at, and where a bearer token may go in clear text.

A base URL is a scheme (http or https, any case), a host, an optional port and an optional path
prefix. User info, a query or a fragment would be silently mangled by joining paths onto it, and
user info would put a password in every log line that shows the URL: all are refused. Messages
never show user info.
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import urlsplit

_CONTROL_OR_SPACE = re.compile(r"[\x00-\x20\x7f]")


def _shown(url: str) -> str:
    """``url`` for a message: whatever may be user info (up to the last ``@``) is masked."""
    start, at = url.find("://"), url.rfind("@")
    if start != -1 and at > start:
        url = url[: start + 3] + "***" + url[at:]
    return repr(url)


def normalize_base_url(base_url: str) -> str:
    """``base_url`` checked and normalized (scheme and host lower case, no trailing slash)."""
    if not isinstance(base_url, str):
        raise TypeError(f"base_url must be a string, got {type(base_url).__name__}")
    if _CONTROL_OR_SPACE.search(base_url):
        raise ValueError(f"base_url must not contain spaces or control characters, got {_shown(base_url)}")
    parts = urlsplit(base_url)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not base_url[len(scheme) :].startswith("://"):
        raise ValueError(f"base_url must be an http:// or https:// URL, got {_shown(base_url)}")
    if "@" in parts.netloc:
        raise ValueError(
            f"base_url must not contain user info (user:password@), got {_shown(base_url)}: "
            "pass credentials as token= or headers="
        )
    if "?" in base_url or "#" in base_url:
        raise ValueError(f"base_url must not have a query or a fragment, got {_shown(base_url)}")
    if not parts.hostname:
        raise ValueError(f"base_url has no host, got {_shown(base_url)}")
    try:
        parts.port  # noqa: B018 - urlsplit checks the port only when asked
    except ValueError:
        raise ValueError(f"base_url has an invalid port, got {_shown(base_url)}") from None
    return f"{scheme}://{parts.netloc.lower()}{parts.path.rstrip('/')}"


def check_api_base_url(base_url: str) -> None:
    """Refuse a base URL ending in ``/v1``: every path already starts with ``/v1``, so requests
    would go to ``/v1/v1/...`` and get 404s (some docs show ``https://api.prisma.io/v1``)."""
    if base_url.lower().endswith("/v1"):
        raise ValueError(
            f"base_url must not end with /v1, got {_shown(base_url)}: the paths already start with "
            f"/v1 (client.GET('/v1/projects')); use {_shown(base_url[:-3])}"
        )


def is_loopback(host: str) -> bool:
    """``localhost`` and literal loopback addresses (127.0.0.0/8, ::1, ::ffff:127.x.y.z) only:
    a name like ``app.localhost`` may resolve anywhere, depending on the resolver."""
    host = host.strip("[]").lower()
    if host in ("localhost", "localhost."):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped.is_loopback
    return address.is_loopback


def check_transport_security(base_url: str, sends_credentials: bool, allow_insecure_http: bool) -> None:
    """Refuse to send a bearer token in clear text across a network, unless asked to."""
    parts = urlsplit(base_url)
    if (
        sends_credentials
        and parts.scheme.lower() == "http"
        and not allow_insecure_http
        and not is_loopback(parts.hostname or "")
    ):
        raise ValueError(
            f"refusing to send credentials over plain http:// to {parts.hostname}: "
            "use https://, or pass allow_insecure_http=True if you really mean it"
        )
