"""HTTPS through a proxy: the default transports open a CONNECT tunnel and speak TLS inside it.

The fake is served over TLS (a certificate from a private CA, trusted through ``SSL_CERT_FILE``,
the OpenSSL variable both default transports honour); ``HTTPS_PROXY`` points at a recording relay
in front of a real forward proxy (pproxy). The relay keeps every byte the client sent toward the
proxy: a CONNECT to the API's host and port, then only ciphertext, so the token never crosses in
clear. The TLS server keeps what it decrypted, where the token must arrive.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from prisma_management_api import (
    APIConnectionError,
    create_async_management_api_client,
    create_management_api_client,
)
from prisma_management_api.testing import FakePrismaPlatform

from .proxy_server import ForwardProxy
from .test_proxy import proxy, proxy_server
from .tls_relay import PrivateCA, Relay

__all__ = ["proxy", "proxy_server"]


@pytest.fixture(scope="module")
def private_ca(tmp_path_factory: pytest.TempPathFactory) -> PrivateCA:
    return PrivateCA(tmp_path_factory.mktemp("ca"))


class Tunnel:
    """The client -> recorder -> pproxy -> TLS front -> fake path of one test."""

    def __init__(self, fake: FakePrismaPlatform, proxy: ForwardProxy, ca: PrivateCA) -> None:
        api = urlsplit(fake.api_url)
        assert api.hostname is not None and api.port is not None
        self.tls_front = Relay((api.hostname, api.port), tls=ca.server_context())
        self.base_url = f"https://127.0.0.1:{self.tls_front.port}"
        self.recorder = Relay(("127.0.0.1", proxy.port))
        self.proxy_url = f"http://127.0.0.1:{self.recorder.port}"

    def close(self) -> None:
        self.tls_front.close()
        self.recorder.close()


@pytest.fixture
def tunnel(
    fake: FakePrismaPlatform, proxy: ForwardProxy, private_ca: PrivateCA, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Tunnel]:
    path = Tunnel(fake, proxy, private_ca)
    monkeypatch.setenv("HTTPS_PROXY", path.proxy_url)
    monkeypatch.setenv("SSL_CERT_FILE", str(private_ca.ca_file))
    for name in ("NO_PROXY", "no_proxy", "https_proxy", "HTTP_PROXY", "http_proxy", "SSL_CERT_DIR"):
        monkeypatch.delenv(name, raising=False)
    yield path
    path.close()


def check_tunnel(path: Tunnel, proxy: ForwardProxy, token: str) -> None:
    target = f"127.0.0.1:{path.tls_front.port}"
    sent_to_proxy = path.recorder.seen()
    assert sent_to_proxy.startswith(f"CONNECT {target} HTTP/1.".encode()), sent_to_proxy[:200]
    assert token.encode() not in sent_to_proxy
    assert b"/v1/me" not in sent_to_proxy and b"Authorization" not in sent_to_proxy
    assert proxy.wait_for(f"-> {target}"), proxy.log()
    # The TLS end did get the request and its token: the tunnel carried them, encrypted.
    decrypted = path.tls_front.seen()
    assert b"GET /v1/me HTTP/1.1" in decrypted and f"Bearer {token}".encode() in decrypted


def test_sync_client_tunnels_https_through_the_proxy(
    fake: FakePrismaPlatform, proxy: ForwardProxy, tunnel: Tunnel
) -> None:
    with create_management_api_client(token=fake.service_token, base_url=tunnel.base_url) as client:
        assert client.GET("/v1/me").response.status == 200
    check_tunnel(tunnel, proxy, fake.service_token)


async def test_async_client_tunnels_https_through_the_proxy(
    fake: FakePrismaPlatform, proxy: ForwardProxy, tunnel: Tunnel
) -> None:
    async with create_async_management_api_client(
        token=fake.service_token, base_url=tunnel.base_url
    ) as client:
        assert (await client.GET("/v1/me")).response.status == 200
    check_tunnel(tunnel, proxy, fake.service_token)


def test_an_untrusted_certificate_fails_through_the_tunnel_too(
    fake: FakePrismaPlatform,
    proxy: ForwardProxy,
    tunnel: Tunnel,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Another CA: the fake's certificate is not trusted, and nothing is sent to it.
    monkeypatch.setenv("SSL_CERT_FILE", str(PrivateCA(tmp_path).ca_file))
    with (
        create_management_api_client(
            token=fake.service_token, base_url=tunnel.base_url, max_retries=0
        ) as client,
        pytest.raises(APIConnectionError),
    ):
        client.GET("/v1/me")
    assert fake.service_token.encode() not in tunnel.tls_front.seen()


async def test_async_an_untrusted_certificate_fails_through_the_tunnel_too(
    fake: FakePrismaPlatform,
    proxy: ForwardProxy,
    tunnel: Tunnel,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(PrivateCA(tmp_path).ca_file))
    async with create_async_management_api_client(
        token=fake.service_token, base_url=tunnel.base_url, max_retries=0
    ) as client:
        with pytest.raises(APIConnectionError):
            await client.GET("/v1/me")
    assert fake.service_token.encode() not in tunnel.tls_front.seen()
