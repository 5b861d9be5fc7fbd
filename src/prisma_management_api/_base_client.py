"""What the sync and async clients share: configuration, request building, answer parsing."""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from ._core import (
    DEFAULT_BASE_URL,
    PreparedRequest,
    base_headers,
    normalize_base_url,
    prepare,
)
from ._pipeline import FlowFactory, Middleware, compose
from ._types import DEFAULT_TIMEOUT, HeadersArg, Timeout, TimeoutArg, to_timeout


def is_loopback(host: str) -> bool:
    if host in ("localhost",) or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_transport_security(base_url: str, sends_credentials: bool, allow_insecure_http: bool) -> None:
    """Refuse to send a bearer token in clear text across a network, unless asked to."""
    parts = urlsplit(base_url)
    if (
        sends_credentials
        and parts.scheme == "http"
        and not allow_insecure_http
        and not is_loopback(parts.hostname or "")
    ):
        raise ValueError(
            f"refusing to send credentials over plain http:// to {parts.hostname}: "
            "use https://, or pass allow_insecure_http=True if you really mean it"
        )


class ClientConfig:
    """Immutable settings of one client."""

    __slots__ = ("base_url", "flow", "headers", "timeout")

    def __init__(
        self,
        *,
        token: str | None,
        base_url: str,
        headers: HeadersArg,
        timeout: TimeoutArg,
        allow_insecure_http: bool,
        middlewares: list[Middleware],
    ) -> None:
        self.base_url = normalize_base_url(base_url)
        self.headers = base_headers(token, headers)
        sends_credentials = any(k.lower() == "authorization" for k in self.headers) or bool(middlewares)
        check_transport_security(self.base_url, sends_credentials, allow_insecure_http)
        self.timeout: Timeout = to_timeout(timeout, DEFAULT_TIMEOUT)
        self.flow: FlowFactory = compose(middlewares)

    def prepare(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any] | None,
        body: Any,
        headers: HeadersArg,
        timeout: TimeoutArg,
    ) -> PreparedRequest:
        return prepare(
            base_url=self.base_url,
            default_headers=self.headers,
            method=method,
            path=path,
            params=params,
            body=body,
            headers=headers,
            timeout=to_timeout(timeout, self.timeout),
        )


def client_repr(name: str, config: ClientConfig) -> str:
    # Never the headers: they hold the token.
    return f"<{name} base_url={config.base_url!r}>"


__all__ = ["DEFAULT_BASE_URL", "ClientConfig", "client_repr", "is_loopback"]
