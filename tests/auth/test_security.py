"""Secrets stay out of logs, reprs and messages; no bearer over plain http; callbacks are fuzzed."""

from __future__ import annotations

import logging
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
import urllib3
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from prisma_management_api import (
    AuthError,
    FileTokenStorage,
    MemoryTokenStorage,
    create_async_management_api_sdk,
    create_management_api_sdk,
)
from prisma_management_api.testing import FakePrismaPlatform, OAuthClient

from .conftest import REDIRECT_URI, SCOPE, follow_authorize, make_sdk, stale


def test_nothing_secret_is_logged_at_debug(
    platform: FakePrismaPlatform,
    http: urllib3.PoolManager,
    caplog: pytest.LogCaptureFixture,
    tmp_path: object,
) -> None:
    platform.oauth.register_client(OAuthClient("confidential", (REDIRECT_URI,), secret="client-secret-value"))
    caplog.set_level(logging.DEBUG)
    storage = MemoryTokenStorage()
    secrets: list[str] = ["client-secret-value"]
    errors: list[str] = []
    sdk = create_management_api_sdk(
        "confidential",
        REDIRECT_URI,
        storage,
        api_base_url=platform.api_url,
        auth_base_url=platform.auth_url,
        client_secret="client-secret-value",
    )
    with sdk:
        login = sdk.get_login_url(SCOPE)
        callback = follow_authorize(http, login.url)
        code = parse_qs(urlsplit(callback).query)["code"][0]
        tokens = sdk.handle_callback(callback, login.verifier, login.state)
        secrets += [login.verifier, code, tokens.access_token, tokens.refresh_token or "?"]
        # a refresh, a rotated pair
        storage.set_tokens(stale(tokens))
        assert sdk.client.GET("/v1/workspaces").status == 200
        refreshed = storage.get_tokens()
        assert refreshed is not None
        secrets += [refreshed.access_token, refreshed.refresh_token or "?"]
        # the error paths: a replayed code, a refused refresh token
        try:
            sdk.handle_callback(callback, login.verifier, login.state)
        except AuthError as error:
            errors.append(str(error))
        assert refreshed.refresh_token is not None
        platform.oauth.revoke_grant_of(refreshed.refresh_token)
        storage.set_tokens(stale(refreshed))
        try:
            sdk.client.GET("/v1/workspaces")
        except AuthError as error:
            errors.append(str(error))
        reprs = [repr(sdk), repr(sdk.client), repr(storage), repr(login), repr(tokens), repr(refreshed)]
    assert len(errors) == 2
    assert any(
        record.levelno == logging.DEBUG and record.name == "prisma_management_api"
        for record in caplog.records
    )
    shown = caplog.text + "\n".join(errors) + "\n".join(reprs)
    for secret in secrets:
        assert secret not in shown


@pytest.mark.parametrize("which", ["api_base_url", "auth_base_url"])
def test_no_bearer_over_plain_http_to_another_host(which: str) -> None:
    api, auth = "https://api.example.com", "https://auth.example.com"
    if which == "api_base_url":
        api = "http://api.example.com"
    else:
        auth = "http://auth.example.com"
    with pytest.raises(ValueError, match="plain http"):
        create_management_api_sdk(
            "c", REDIRECT_URI, MemoryTokenStorage(), api_base_url=api, auth_base_url=auth
        )
    with pytest.raises(ValueError, match="plain http"):
        create_async_management_api_sdk(
            "c", REDIRECT_URI, MemoryTokenStorage(), api_base_url=api, auth_base_url=auth
        )
    allowed = {"api_base_url": api, "auth_base_url": auth, "allow_insecure_http": True}
    create_management_api_sdk("c", REDIRECT_URI, MemoryTokenStorage(), **allowed)  # type: ignore[arg-type]
    create_async_management_api_sdk("c", REDIRECT_URI, MemoryTokenStorage(), **allowed)  # type: ignore[arg-type]
    # loopback is fine: that is where local fakes and dev servers live
    create_management_api_sdk(
        "c",
        REDIRECT_URI,
        MemoryTokenStorage(),
        api_base_url="http://localhost:1",
        auth_base_url="http://[::1]:2",
    )


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"client_id": ""}, "client_id"),
        ({"redirect_uri": ""}, "redirect_uri"),
        ({"refresh_leeway": -1}, "refresh_leeway"),
        ({"client_secret": ""}, "client_secret"),
        ({"auth_base_url": "auth.example.com"}, "base_url"),
    ],
)
def test_bad_settings_are_named(kwargs: dict[str, object], message: str) -> None:
    settings_ = {
        "client_id": "c",
        "redirect_uri": REDIRECT_URI,
        "token_storage": MemoryTokenStorage(),
        **kwargs,
    }
    with pytest.raises(ValueError, match=message):
        create_management_api_sdk(**settings_)  # type: ignore[arg-type]


def test_the_credentials_file_never_shows_in_reprs(tmp_path: object) -> None:
    storage = FileTokenStorage(f"{tmp_path}/credentials.json")
    assert repr(storage) == f"FileTokenStorage('{tmp_path}/credentials.json')"


# --- fuzzing the callback -------------------------------------------------------------------------

STATE = "expected-state-value"
params = st.dictionaries(
    st.sampled_from(["code", "state", "error", "error_description", "x", ""]),
    st.one_of(st.text(max_size=30), st.just(STATE)),
    max_size=5,
)


@pytest.fixture(scope="module")
def fuzz_platform() -> object:
    with FakePrismaPlatform(provisioning_delay=0) as fake:
        yield fake


def callback_url(query: dict[str, str]) -> str:
    return f"{REDIRECT_URI}?{urlencode(query)}"


def odd_host_url(query: dict[str, str], host: str) -> str:
    return f"http://{host}/cb?{urlencode(query)}"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    url=st.one_of(
        st.text(max_size=80),
        st.builds(callback_url, params),
        st.builds(odd_host_url, params, st.text(max_size=10)),
    ),
    verifier=st.text(max_size=60),
)
def test_handle_callback_only_ever_raises_auth_error(
    fuzz_platform: FakePrismaPlatform, url: str, verifier: str
) -> None:
    storage = MemoryTokenStorage()
    # Any other exception type escaping fails the test; so does a login (no issued code is guessable).
    with make_sdk(fuzz_platform, storage, timeout=5) as sdk, pytest.raises(AuthError):
        sdk.handle_callback(url, verifier, STATE)
    assert storage.get_tokens() is None
