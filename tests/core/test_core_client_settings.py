"""What a client refuses when it is created: bad base URLs, tokens and timeouts.

Each is refused in the constructor of both clients with a ``ValueError`` that says what to fix and
never shows a secret (the token, a password in a URL). The accepted forms are checked on the wire.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from support.clients import TOKEN, Api
from support.loopback import LoopbackServer

from prisma_management_api import (
    Timeout,
    create_async_management_api_client,
    create_management_api_client,
)

FACTORIES = [create_management_api_client, create_async_management_api_client]


@pytest.fixture(params=FACTORIES, ids=["sync", "async"])
def factory(request: pytest.FixtureRequest) -> Callable[..., Any]:
    made: Callable[..., Any] = request.param
    return made


# --- base URLs --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("base_url", "says"),
    [
        ("https://user:hunter2@api.prisma.io", "user info"),
        ("https://user:hunter2/x@api.prisma.io:1", "invalid port"),
        ("https://token@api.prisma.io", "user info"),
        ("https://api.prisma.io?x=1", "query or a fragment"),
        ("https://api.prisma.io/#top", "query or a fragment"),
        ("https://api.prisma.io?", "query or a fragment"),
        ("https://", "no host"),
        ("https:///v2", "no host"),
        ("https://:443", "no host"),
        ("https://api.prisma.io:99999", "invalid port"),
        ("https://api.prisma.io/v1", "must not end with /v1"),
        ("https://api.prisma.io/v1/", "must not end with /v1"),
        ("https://api.prisma.io/V1", "must not end with /v1"),
        ("ftp://api.prisma.io", "http:// or https://"),
        ("api.prisma.io", "http:// or https://"),
        ("https:api.prisma.io", "http:// or https://"),
        ("https://api.prisma.io /x", "spaces or control characters"),
        ("https://api.prisma.io\n", "spaces or control characters"),
    ],
)
def test_a_bad_base_url_is_refused_and_says_why(
    factory: Callable[..., Any], base_url: str, says: str
) -> None:
    with pytest.raises(ValueError, match=says) as caught:
        factory(token=TOKEN, base_url=base_url)
    assert "hunter2" not in str(caught.value) and TOKEN not in str(caught.value)


def test_the_v1_message_says_what_to_pass_instead(factory: Callable[..., Any]) -> None:
    with pytest.raises(ValueError, match=re.escape("use 'https://api.prisma.io'")):
        factory(token=TOKEN, base_url="https://api.prisma.io/v1")


async def test_the_scheme_and_host_are_case_insensitive(
    apis: Callable[..., Api], server: LoopbackServer
) -> None:
    upper = server.base_url.replace("http://", "HTTP://")
    api = apis(token=TOKEN, base_url=upper + "/Prefix")
    assert api.client.base_url == server.base_url + "/Prefix"
    await api.request("GET", "/v1/projects")
    assert server.last.target == "/Prefix/v1/projects"
    assert server.last.header("Authorization") == f"Bearer {TOKEN}"


@pytest.mark.parametrize(
    "base_url",
    [
        "http://localhost:4000",
        "http://LOCALHOST:4000",
        "http://127.0.0.1",
        "http://127.3.4.5:80",
        "http://[::1]:4000",
        "http://[::ffff:127.0.0.1]:4000",
        "http://[0:0:0:0:0:ffff:7f00:1]",
    ],
)
def test_loopback_hosts_may_take_a_token_over_plain_http(factory: Callable[..., Any], base_url: str) -> None:
    factory(token=TOKEN, base_url=base_url)


@pytest.mark.parametrize(
    "base_url",
    [
        "http://app.localhost:4000",
        "http://localhost.evil.com",
        "http://[::ffff:10.0.0.1]",
        "http://127.0.0.1.nip.io",
    ],
)
def test_other_hosts_are_not_loopback(factory: Callable[..., Any], base_url: str) -> None:
    with pytest.raises(ValueError, match="allow_insecure_http"):
        factory(token=TOKEN, base_url=base_url)


# --- tokens -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "token",
    [TOKEN + "\n", TOKEN + "\r\n", "a\nb" + TOKEN, TOKEN + "\x00", TOKEN + "☃", TOKEN + "\x7f"],
    ids=repr,
)
def test_a_token_that_cannot_be_a_header_is_refused_without_being_shown(
    factory: Callable[..., Any], token: str
) -> None:
    with pytest.raises(ValueError, match="token") as caught:
        factory(token=token, base_url="https://api.prisma.io")
    assert TOKEN not in str(caught.value) and TOKEN not in repr(caught.value)
    # Nor in a chained exception that a traceback would print.
    assert caught.value.__cause__ is None
    assert TOKEN not in str(caught.value.__context__ or "")


def test_a_bad_client_header_is_refused_at_creation(factory: Callable[..., Any]) -> None:
    with pytest.raises(ValueError, match="'X-Key'") as caught:
        factory(token=TOKEN, base_url="https://api.prisma.io", headers={"X-Key": "secret-value\n"})
    assert "secret-value" not in str(caught.value)


def test_with_options_checks_headers_too() -> None:
    client = create_management_api_client(token=TOKEN, base_url="https://api.prisma.io")
    with pytest.raises(ValueError, match="'Authorization'") as caught:
        client.with_options(headers={"Authorization": "Bearer " + TOKEN + "\r\n"})
    assert TOKEN not in str(caught.value)


# --- timeouts ---------------------------------------------------------------------------------


@pytest.mark.parametrize("value", [-1, 0, float("nan"), float("inf"), -float("inf"), True, "10"], ids=repr)
def test_a_timeout_that_is_not_a_positive_finite_number_is_refused(
    factory: Callable[..., Any], value: Any
) -> None:
    with pytest.raises(ValueError, match="timeout"):
        factory(token=TOKEN, timeout=value)
    with pytest.raises(ValueError, match="timeout"):
        Timeout(connect=value)
    with pytest.raises(ValueError, match="timeout"):
        Timeout(10, read=value)


def test_a_per_call_timeout_is_checked_too(server: LoopbackServer) -> None:
    with (
        create_management_api_client(token=TOKEN, base_url=server.base_url) as client,
        pytest.raises(ValueError, match="timeout"),
    ):
        client.request("GET", "/v1/projects", timeout=float("nan"))
    assert server.requests == []


def test_none_waits_forever_and_numbers_are_seconds() -> None:
    assert (Timeout(None).connect, Timeout(None).read) == (None, None)
    assert (Timeout(5, read=None).connect, Timeout(5, read=None).read) == (5.0, None)
