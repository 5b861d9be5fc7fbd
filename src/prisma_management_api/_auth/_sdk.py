"""The full SDK: a typed client that logs in with OAuth 2.0 + PKCE and refreshes its own tokens.

``create_management_api_sdk(...)`` (sync) and ``create_async_management_api_sdk(...)`` mirror the
TypeScript SDK's ``createManagementApiSdk``: ``client`` is the same typed client as the simple
one, with the auth middleware in its pipeline; ``get_login_url``, ``handle_callback`` and
``logout`` drive the login. Token requests go through the client's own transport.
"""

from __future__ import annotations

import copy
import inspect
import logging
from collections.abc import Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING

from .._base_client import check_transport_security
from .._base_url import normalize_base_url
from .._env import auth_url_or_env
from .._types import DEFAULT_TIMEOUT, TimeoutArg, to_timeout
from ._middleware import auth_middleware
from ._oauth_flow import (
    OAuthConfig,
    code_exchange_request,
    code_from_callback,
    login,
    tokens_from_response,
)
from ._refresh import AsyncStore, AsyncTokenManager, SyncTokenManager
from ._storage import AsyncTokenStorage, TokenStorage
from ._tokens import LoginResult, Tokens

if TYPE_CHECKING:
    import aiohttp
    import httpx
    import urllib3

    from .._async_client import AsyncManagementApiClient
    from .._client import ManagementApiClient
    from .._middleware import AsyncMiddleware, Middleware
    from .._transports._base import AsyncTransport, SyncTransport

logger = logging.getLogger("prisma_management_api")

DEFAULT_AUTH_BASE_URL = "https://auth.prisma.io"
_STORAGE_METHODS = ("get_tokens", "set_tokens", "clear_tokens")


def _oauth_config(
    client_id: str,
    redirect_uri: str,
    auth_base_url: str | None,
    client_secret: str | None,
    timeout: TimeoutArg,
    allow_insecure_http: bool,
    refresh_leeway: float,
) -> OAuthConfig:
    if not isinstance(client_id, str) or not client_id:
        raise ValueError("client_id must be a non-empty string")
    if not isinstance(redirect_uri, str) or not redirect_uri:
        raise ValueError("redirect_uri must be a non-empty string")
    if client_secret is not None and (not isinstance(client_secret, str) or not client_secret):
        raise ValueError("client_secret must be a non-empty string or None")
    if isinstance(refresh_leeway, bool) or not isinstance(refresh_leeway, (int, float)) or refresh_leeway < 0:
        raise ValueError(f"refresh_leeway must be a number of seconds >= 0, got {refresh_leeway!r}")
    auth_url = normalize_base_url(auth_url_or_env(auth_base_url, DEFAULT_AUTH_BASE_URL))
    # The token endpoint receives codes, verifiers, refresh tokens and the client secret.
    check_transport_security(auth_url, True, allow_insecure_http)
    return OAuthConfig(client_id, redirect_uri, auth_url, to_timeout(timeout, DEFAULT_TIMEOUT), client_secret)


def _check_storage(storage: object, *, allow_async: bool) -> None:
    missing = [name for name in _STORAGE_METHODS if not callable(getattr(storage, name, None))]
    if missing:
        raise TypeError(f"token_storage lacks {', '.join(missing)}: see prisma_management_api.TokenStorage")
    if not allow_async and any(
        inspect.iscoroutinefunction(getattr(storage, name)) for name in _STORAGE_METHODS
    ):
        raise TypeError(
            "token_storage has async methods: use create_async_management_api_sdk, or give this SDK "
            "a storage with plain methods"
        )


class _SdkBase:
    """What the sync and async SDKs share: the OAuth settings, the login URL and a safe repr."""

    _config: OAuthConfig
    _api_base_url: str

    def get_login_url(
        self, scope: str | Sequence[str], additional_params: Mapping[str, str] | None = None
    ) -> LoginResult:
        """The authorize URL to send the user to, with its ``state`` and PKCE ``verifier``.

        ``scope``: e.g. ``"workspace:admin offline_access"`` or a list of scopes (ask for
        ``offline_access`` to get a refresh token). Keep ``state`` and ``verifier`` for
        ``handle_callback``. No I/O: not a coroutine on the async SDK either.
        """
        return login(self._config, scope, additional_params)

    def __repr__(self) -> str:
        # Never the client secret nor anything of the tokens.
        config = self._config
        return (
            f"<{type(self).__name__} client_id={config.client_id!r} api={self._api_base_url!r} "
            f"auth={config.auth_base_url!r}>"
        )


class ManagementApiSdk(_SdkBase):
    """The sync SDK. Use :func:`create_management_api_sdk` to make one."""

    def __init__(
        self,
        *,
        client_id: str,
        redirect_uri: str,
        token_storage: TokenStorage,
        api_base_url: str | None = None,
        auth_base_url: str | None = None,
        client_secret: str | None = None,
        timeout: TimeoutArg = DEFAULT_TIMEOUT,
        http_client: urllib3.PoolManager | httpx.Client | SyncTransport | None = None,
        refresh_leeway: float = 60.0,
        allow_insecure_http: bool = False,
        middleware: Sequence[Middleware] | None = None,
    ) -> None:
        # Imported here: a sync program need not load asyncio and aiohttp, nor an async one urllib3.
        from .._client import ManagementApiClient, make_sync_transport

        _check_storage(token_storage, allow_async=False)
        self._config = _oauth_config(
            client_id,
            redirect_uri,
            auth_base_url,
            client_secret,
            timeout,
            allow_insecure_http,
            refresh_leeway,
        )
        self.token_storage = token_storage
        self._transport = make_sync_transport(http_client)
        self._tokens = SyncTokenManager(token_storage, self._config, self._transport, float(refresh_leeway))
        self.client: ManagementApiClient = ManagementApiClient(
            base_url=api_base_url,
            timeout=timeout,
            http_client=self._transport,
            allow_insecure_http=allow_insecure_http,
            middlewares=[auth_middleware(self._tokens)],
            middleware=middleware,
        )
        self._api_base_url = self.client.base_url
        self._owns_transport = True

    def for_storage(self, token_storage: TokenStorage) -> ManagementApiSdk:
        """This SDK for another user: the same settings and connection pool, another storage.

        Cheap (no I/O, no new pool), so a web app makes one per request:
        ``sdk.for_storage(RedisTokenStorage(redis, key=f"prisma:{user_id}")).client``. Closing
        it closes nothing: close the SDK it came from when the app stops.
        """
        _check_storage(token_storage, allow_async=False)
        clone = copy.copy(self)
        clone.token_storage = token_storage
        clone._tokens = SyncTokenManager(token_storage, self._config, self._transport, self._tokens._leeway)
        clone.client = self.client._with_middlewares([auth_middleware(clone._tokens)])
        clone._owns_transport = False
        return clone

    def handle_callback(self, callback_url: str, verifier: str, expected_state: str) -> Tokens:
        """Check the callback URL, exchange its code for tokens, store them and return them.

        Raises :class:`AuthError` for an error in the callback, a state mismatch or a refused
        exchange, :class:`FetchError` when the token endpoint cannot be reached.
        """
        code = code_from_callback(callback_url, expected_state)
        raw = self._transport.send(code_exchange_request(self._config, code, verifier))
        tokens = tokens_from_response(raw, refreshing=False)
        self.token_storage.set_tokens(tokens)
        self._tokens.forget_unsaved()
        logger.debug("logged in (workspace %s)", tokens.workspace_id)
        return tokens

    def logout(self) -> None:
        """Forget the stored tokens."""
        self._tokens.forget_unsaved()
        self.token_storage.clear_tokens()
        logger.debug("logged out")

    def close(self) -> None:
        """Close the connection pool (not on a :meth:`for_storage` copy). A refreshed pair the
        storage could not take is first tried once more (for at most 10 s)."""
        self._tokens.store_unsaved()
        if self._owns_transport:
            self.client.close()

    def __enter__(self) -> ManagementApiSdk:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncManagementApiSdk(_SdkBase):
    """The async SDK. Use :func:`create_async_management_api_sdk` to make one.

    ``token_storage`` may be a :class:`TokenStorage` (its methods run in a thread) or an
    :class:`AsyncTokenStorage`.
    """

    def __init__(
        self,
        *,
        client_id: str,
        redirect_uri: str,
        token_storage: TokenStorage | AsyncTokenStorage,
        api_base_url: str | None = None,
        auth_base_url: str | None = None,
        client_secret: str | None = None,
        timeout: TimeoutArg = DEFAULT_TIMEOUT,
        http_client: aiohttp.ClientSession | httpx.AsyncClient | AsyncTransport | None = None,
        refresh_leeway: float = 60.0,
        allow_insecure_http: bool = False,
        middleware: Sequence[Middleware | AsyncMiddleware] | None = None,
    ) -> None:
        from .._async_client import AsyncManagementApiClient, make_async_transport

        _check_storage(token_storage, allow_async=True)
        self._config = _oauth_config(
            client_id,
            redirect_uri,
            auth_base_url,
            client_secret,
            timeout,
            allow_insecure_http,
            refresh_leeway,
        )
        self.token_storage = token_storage
        self._store = AsyncStore(token_storage)
        self._transport = make_async_transport(http_client)
        # Refreshes go through a blocking transport in a thread of their own, which loop shutdown
        # cannot interrupt (see AsyncTokenManager); with your own http_client, through it.
        self._refresh_transport: SyncTransport | None = None
        if http_client is None:
            from .._transports._urllib3 import Urllib3Transport

            self._refresh_transport = Urllib3Transport(max_connections=2)
        self._tokens = AsyncTokenManager(
            token_storage, self._config, self._transport, float(refresh_leeway), self._refresh_transport
        )
        self.client: AsyncManagementApiClient = AsyncManagementApiClient(
            base_url=api_base_url,
            timeout=timeout,
            http_client=self._transport,
            allow_insecure_http=allow_insecure_http,
            middlewares=[auth_middleware(self._tokens)],
            middleware=middleware,
        )
        self._api_base_url = self.client.base_url
        self._owns_transport = True

    def for_storage(self, token_storage: TokenStorage | AsyncTokenStorage) -> AsyncManagementApiSdk:
        """As :meth:`ManagementApiSdk.for_storage`: this SDK for another user, sharing the
        connection pool (``aclose`` on the copy closes nothing). Not a coroutine: no I/O."""
        _check_storage(token_storage, allow_async=True)
        clone = copy.copy(self)
        clone.token_storage = token_storage
        clone._store = AsyncStore(token_storage)
        clone._tokens = AsyncTokenManager(
            token_storage, self._config, self._transport, self._tokens._leeway, self._refresh_transport
        )
        clone.client = self.client._with_middlewares([auth_middleware(clone._tokens)])
        clone._owns_transport = False
        return clone

    async def handle_callback(self, callback_url: str, verifier: str, expected_state: str) -> Tokens:
        """As :meth:`ManagementApiSdk.handle_callback`."""
        code = code_from_callback(callback_url, expected_state)
        raw = await self._transport.send(code_exchange_request(self._config, code, verifier))
        tokens = tokens_from_response(raw, refreshing=False)
        await self._store.set_tokens(tokens)
        self._tokens.forget_unsaved()
        logger.debug("logged in (workspace %s)", tokens.workspace_id)
        return tokens

    async def logout(self) -> None:
        self._tokens.forget_unsaved()
        await self._store.clear_tokens()
        logger.debug("logged out")

    async def aclose(self) -> None:
        """As :meth:`ManagementApiSdk.close`: the loop may end next, and with it the background
        writer of a pair the storage could not take, so one last attempt is awaited here."""
        await self._tokens.store_unsaved()
        if self._owns_transport:
            await self.client.aclose()
            if self._refresh_transport is not None:
                self._refresh_transport.close()

    async def __aenter__(self) -> AsyncManagementApiSdk:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


def create_management_api_sdk(
    client_id: str,
    redirect_uri: str,
    token_storage: TokenStorage,
    *,
    api_base_url: str | None = None,
    auth_base_url: str | None = None,
    client_secret: str | None = None,
    timeout: TimeoutArg = DEFAULT_TIMEOUT,
    http_client: urllib3.PoolManager | httpx.Client | SyncTransport | None = None,
    refresh_leeway: float = 60.0,
    allow_insecure_http: bool = False,
    middleware: Sequence[Middleware] | None = None,
) -> ManagementApiSdk:
    """The sync SDK with OAuth login and automatic token refresh.

    - ``token_storage``: where tokens live (:class:`MemoryTokenStorage`,
      :class:`FileTokenStorage`, :class:`KeyringTokenStorage` or your own :class:`TokenStorage`).
    - ``client_secret``: for confidential clients only; sent to the token endpoint.
    - ``refresh_leeway``: refresh an access token this many seconds before its ``exp``.
    - ``allow_insecure_http``: allow plain ``http://`` to a non-loopback API or auth server.
    - ``middleware``: your :class:`Middleware` for ``sdk.client`` (run under the token refresh:
      they see each request with the access token it is sent with).

    Every request of ``sdk.client`` carries the stored access token; on a 401 the tokens are
    refreshed once (whatever the number of threads or processes asking) and the request resent.
    """
    return ManagementApiSdk(
        client_id=client_id,
        redirect_uri=redirect_uri,
        token_storage=token_storage,
        api_base_url=api_base_url,
        auth_base_url=auth_base_url,
        client_secret=client_secret,
        timeout=timeout,
        http_client=http_client,
        refresh_leeway=refresh_leeway,
        allow_insecure_http=allow_insecure_http,
        middleware=middleware,
    )


def create_async_management_api_sdk(
    client_id: str,
    redirect_uri: str,
    token_storage: TokenStorage | AsyncTokenStorage,
    *,
    api_base_url: str | None = None,
    auth_base_url: str | None = None,
    client_secret: str | None = None,
    timeout: TimeoutArg = DEFAULT_TIMEOUT,
    http_client: aiohttp.ClientSession | httpx.AsyncClient | AsyncTransport | None = None,
    refresh_leeway: float = 60.0,
    allow_insecure_http: bool = False,
    middleware: Sequence[Middleware | AsyncMiddleware] | None = None,
) -> AsyncManagementApiSdk:
    """The async SDK; same arguments as :func:`create_management_api_sdk`. ``token_storage`` may
    also be an :class:`AsyncTokenStorage`."""
    return AsyncManagementApiSdk(
        client_id=client_id,
        redirect_uri=redirect_uri,
        token_storage=token_storage,
        api_base_url=api_base_url,
        auth_base_url=auth_base_url,
        client_secret=client_secret,
        timeout=timeout,
        http_client=http_client,
        refresh_leeway=refresh_leeway,
        allow_insecure_http=allow_insecure_http,
        middleware=middleware,
    )


__all__ = [
    "AsyncManagementApiSdk",
    "LoginResult",
    "ManagementApiSdk",
    "Tokens",
    "create_async_management_api_sdk",
    "create_management_api_sdk",
]
