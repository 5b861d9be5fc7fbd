"""The auth middleware: bearer token on every request, one refresh and one resend on a 401.

Written once for both clients as a flow (see ``_pipeline``): what differs, the locking and the
I/O of a refresh, is behind the token manager's two methods, run through ``Call`` effects. The
sync manager's methods block; the async manager's return coroutines, which the async driver
awaits.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Generator
from typing import Any, Protocol
from urllib.parse import urlsplit

from .._core import PreparedRequest
from .._deadline import DeadlineReached, deadline_error
from .._headers import merge_headers
from .._pipeline import Call, Flow, FlowFactory, Middleware
from ._oauth_flow import has_expired
from ._tokens import Tokens

logger = logging.getLogger("prisma_management_api")


class TokenSource(Protocol):
    def tokens_for_request(self, deadline: float | None) -> Any:
        """Tokens to send (refreshed first when about to expire), or an awaitable of them.

        ``deadline``: the call's (``PreparedRequest.deadline``); waiting for a refresh past it
        raises :class:`DeadlineReached`, the refresh itself going on to its end."""
        ...

    def refresh_after_401(self, rejected: Tokens, deadline: float | None) -> Any:
        """Fresh tokens after ``rejected`` got a 401, or an awaitable of them (``deadline``: as
        above)."""
        ...


# A 401 gets one refresh and one resend; a further 401 is the answer (the new token lacks the
# permission), unless the token sent had expired by then: a short-lived token can expire in
# flight on a slow path, and is then refreshed again, this many times at most.
MAX_EXPIRED_RESENDS = 3

# Logged when the resends run out: the 401 is then the machine's latency, not the credentials,
# and whoever sees it needs to know which (the request's method and path only: never a token).
EXPIRED_IN_FLIGHT = "%s %s: the access token expired in flight again after %d refreshes; answering the 401"


def auth_middleware(source: TokenSource) -> Middleware:
    def middleware(request: PreparedRequest, inner: FlowFactory) -> Flow:
        tokens = yield from _within_deadline(
            Call(functools.partial(source.tokens_for_request, request.deadline)), request
        )
        resends = 0
        while True:
            response = yield from inner(with_bearer(request, tokens.access_token))
            if response.status != 401:
                return response
            if resends and not has_expired(tokens.access_token):
                return response  # a fresh token refused: the answer (e.g. a revoked grant)
            if resends > MAX_EXPIRED_RESENDS:
                logger.warning(EXPIRED_IN_FLIGHT, request.method, urlsplit(request.url).path, resends)
                return response
            if response.close is not None:  # a streamed 401: free its connection before resending
                yield Call(response.close)
            refresh = functools.partial(source.refresh_after_401, tokens, request.deadline)
            tokens = yield from _within_deadline(Call(refresh), request)
            resends += 1

    return middleware


def _within_deadline(call: Call, request: PreparedRequest) -> Generator[Call, Any, Tokens]:
    try:
        yield call
    except DeadlineReached:
        raise deadline_error(request) from None
    tokens: Tokens = call.result
    return tokens


def with_bearer(request: PreparedRequest, access_token: str) -> PreparedRequest:
    """``request`` carrying ``Authorization: Bearer <access_token>`` (replacing any in another case)."""
    headers = dict(request.headers)
    merge_headers(headers, {"Authorization": f"Bearer {access_token}"})
    return request._replace(headers=headers)
