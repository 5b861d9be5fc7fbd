"""HTTP(S)_PROXY and NO_PROXY, honoured by the default transports (urllib3, aiohttp): checked
through a real forward proxy (pproxy) that must see the request."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest

from prisma_management_api import create_async_management_api_client, create_management_api_client
from prisma_management_api.testing import FakePrismaPlatform

from .proxy_server import ForwardProxy


@pytest.fixture(scope="module")
def proxy_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ForwardProxy]:
    # One proxy for the module (it takes seconds to start on a loaded machine); each test has its
    # own fake, on its own port, so it looks in the log for its own destination only.
    server = ForwardProxy(tmp_path_factory.mktemp("proxy") / "proxy.log")
    try:
        server.wait_listening()
        yield server
    finally:
        server.close()


@pytest.fixture
def proxy(proxy_server: ForwardProxy) -> ForwardProxy:
    proxy_server.begin()
    return proxy_server


def _target(fake: FakePrismaPlatform) -> str:
    return urlsplit(fake.api_url).netloc  # 127.0.0.1:PORT, as the proxy logs its destination


@pytest.mark.parametrize("variable", ["HTTP_PROXY", "http_proxy"])
def test_sync_client_goes_through_the_proxy(
    fake: FakePrismaPlatform, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch, variable: str
) -> None:
    monkeypatch.setenv(variable, proxy.url)
    with create_management_api_client(token=fake.service_token, base_url=fake.api_url) as client:
        assert client.GET("/v1/me").response.status == 200
    assert proxy.wait_for(f"-> {_target(fake)}"), proxy.log()


async def test_async_client_goes_through_the_proxy(
    fake: FakePrismaPlatform, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    async with create_async_management_api_client(token=fake.service_token, base_url=fake.api_url) as client:
        assert (await client.GET("/v1/me")).response.status == 200
    assert proxy.wait_for(f"-> {_target(fake)}"), proxy.log()


@pytest.mark.parametrize("no_proxy", ["127.0.0.1", "*", "localhost,127.0.0.1"])
def test_no_proxy_bypasses_it(
    fake: FakePrismaPlatform, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch, no_proxy: str
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    monkeypatch.setenv("NO_PROXY", no_proxy)
    with create_management_api_client(token=fake.service_token, base_url=fake.api_url) as client:
        assert client.GET("/v1/me").response.status == 200
    # A request that does go through the proxy is logged: send one to compare with.
    monkeypatch.delenv("NO_PROXY")
    with create_management_api_client(token=fake.service_token, base_url=fake.api_url) as client:
        assert client.GET("/v1/me").response.status == 200
    assert proxy.wait_for(f"-> {_target(fake)}")
    assert proxy.log().count(f"-> {_target(fake)}") == 1, proxy.log()


async def test_async_no_proxy_bypasses_it(
    fake: FakePrismaPlatform, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    async with create_async_management_api_client(token=fake.service_token, base_url=fake.api_url) as client:
        assert (await client.GET("/v1/me")).response.status == 200
    assert fake.counters.hits("GET /v1/me") == 1
    assert f"-> {_target(fake)}" not in proxy.log()


def test_https_proxy_alone_does_not_proxy_http(
    fake: FakePrismaPlatform, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    with create_management_api_client(token=fake.service_token, base_url=fake.api_url) as client:
        assert client.GET("/v1/me").response.status == 200
    assert f"-> {_target(fake)}" not in proxy.log()


def test_an_unreachable_proxy_is_a_connection_error(
    fake: FakePrismaPlatform, monkeypatch: pytest.MonkeyPatch
) -> None:
    from prisma_management_api import APIConnectionError

    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")
    with (
        create_management_api_client(
            token=fake.service_token, base_url=fake.api_url, max_retries=0
        ) as client,
        pytest.raises(APIConnectionError),
    ):
        client.GET("/v1/me")
    assert fake.counters.hits("GET /v1/me") == 0


def test_your_own_pool_is_used_as_you_made_it(
    fake: FakePrismaPlatform, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    import urllib3

    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    pool = urllib3.PoolManager()
    with create_management_api_client(token=fake.service_token, base_url=fake.api_url, http_client=pool) as c:
        assert c.GET("/v1/me").response.status == 200
    assert f"-> {_target(fake)}" not in proxy.log()
