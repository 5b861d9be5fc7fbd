"""Redirects, followed as fetch follows them (and so as the TypeScript SDK does), as a flow.

This is the innermost flow of a call: retries and token refresh wrap it, so each of their
attempts follows redirects on its own, exactly as each ``fetch()`` does. The rules:

* 301, 302, 303, 307 and 308 with a ``Location`` are followed, at most :data:`MAX_REDIRECTS`
  times (fetch allows 20; an API has no reason for long chains), then a :class:`FetchError`;
* 303 (for anything but GET/HEAD), and 301/302 after a POST, become a GET without a body;
  307 and 308 re-send the same method and body;
* a redirect to another origin (scheme, host or port) drops ``Authorization`` and every other
  credential header first: the token is never sent where the caller did not point the client;
* https -> http is never followed (the next request would leave in clear text): a FetchError.

A redirect answer without ``Location``, or of another 3xx status, is the answer.
"""

from __future__ import annotations

import re
from urllib.parse import quote, urljoin, urlsplit

from ._core import PreparedRequest
from ._exceptions import FetchError
from ._lazy_re import LazyPattern
from ._pipeline import Call, Flow, Send

MAX_REDIRECTS = 5
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
# Headers describing a body: dropped with the body when a redirect turns a request into a GET.
_BODY_HEADERS = frozenset(
    {"content-type", "content-length", "content-encoding", "content-language", "content-location"}
)
# Never sent to another origin: HTTP's credential headers, and any header whose name says it
# carries a secret (an API key, a lease id that the spec calls a capability token).
_CREDENTIAL_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie"})
_SECRET_NAME = LazyPattern(r"token|secret|key|credential|password|session|lease|auth", re.IGNORECASE)
# What may stand in a URL as it is; anything else in a Location (spaces, non-ASCII) is escaped.
_URL_SAFE = "!#$%&'()*+,/:;=?@[]~"


def follow_redirects(request: PreparedRequest) -> Flow:
    """Send ``request``; follow the redirects it gets; return the final answer."""
    current = request
    redirects = 0
    while True:
        response = yield Send(current)
        assert response is not None
        location = response.headers.get("location") if response.status in REDIRECT_STATUSES else None
        if location is None:
            return response if current is request else response._replace(url=current.url)
        if response.close is not None:
            yield Call(response.close)  # a streamed redirect answer: free its connection
        if redirects == MAX_REDIRECTS:
            raise FetchError(
                f"more than {MAX_REDIRECTS} redirects for {request.method} {_without_query(request.url)}",
                method=request.method,
                url=request.url,
            )
        redirects += 1
        try:
            target = _resolve(current.url, location)
            current = redirected(current, response.status, target)
        except ValueError:  # urllib.parse's: a port out of range, a broken IPv6 literal
            raise FetchError(
                f"a redirect of {request.method} {_without_query(request.url)} points to a Location "
                "that is not a valid URL",
                method=request.method,
                url=request.url,
            ) from None


def redirected(request: PreparedRequest, status: int, url: str) -> PreparedRequest:
    """The request that a ``status`` redirect of ``request`` to ``url`` sends next."""
    scheme = urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchError(
            f"refusing to follow a redirect of {request.method} {_without_query(request.url)} "
            f"to a {scheme or 'schemeless'} URL",
            method=request.method,
            url=request.url,
        )
    if urlsplit(request.url).scheme.lower() == "https" and scheme == "http":
        raise FetchError(
            f"refusing to follow a redirect from https:// to http:// ({_without_query(url)}): "
            "the request would leave in clear text",
            method=request.method,
            url=request.url,
        )
    method, body, headers = request.method, request.body, request.headers
    if (status == 303 and method not in ("GET", "HEAD")) or (status in (301, 302) and method == "POST"):
        method, body = "GET", None
        headers = {k: v for k, v in headers.items() if k.lower() not in _BODY_HEADERS}
    if _origin(url) != _origin(request.url):
        headers = {k: v for k, v in headers.items() if not _is_credential(k)}
    return request._replace(method=method, url=url, headers=headers, body=body)


def _is_credential(name: str) -> bool:
    lower = name.lower()
    return lower in _CREDENTIAL_HEADERS or bool(_SECRET_NAME.search(lower))


def _resolve(base: str, location: str) -> str:
    target = urljoin(base, quote(location.strip(), safe=_URL_SAFE))
    return target.split("#", 1)[0]  # a fragment is never sent


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    return scheme, (parts.hostname or "").lower(), parts.port or (443 if scheme == "https" else 80)


def _without_query(url: str) -> str:
    return url.split("?", 1)[0]
